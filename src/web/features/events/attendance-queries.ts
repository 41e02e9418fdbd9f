/** Reading and recording attendance through the API: the door list, check-in and out, walk-ins, bulk entry, headcounts, CSV lists. */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type {
  AttendanceImportRow,
  HeadcountsInput,
  WalkInInput,
} from "../../../server/modules/events/events.attendance.schemas.ts";
import { api, unwrap } from "../../api-client.ts";
import { useChunkedImport } from "../../ui/use-chunked-import.ts";

const eventApi = api.api.orgs[":orgId"].events[":eventId"];

const keys = {
  attendance: (orgId: string, eventId: string) => ["events", orgId, eventId, "attendance"] as const,
  checkIn: (orgId: string, eventId: string, q: string) => ["events", orgId, eventId, "attendance", q] as const,
  headcounts: (orgId: string, eventId: string) => ["events", orgId, eventId, "headcounts"] as const,
};

export function useCheckInList(orgId: string, eventId: string, q: string) {
  return useQuery({
    queryKey: keys.checkIn(orgId, eventId, q),
    queryFn: async () => unwrap(await eventApi["check-in"].$get({ param: { orgId, eventId }, query: q ? { q } : {} })),
    placeholderData: keepPreviousData,
  });
}

export type CheckInList = NonNullable<ReturnType<typeof useCheckInList>["data"]>;
export type CheckInEntry = CheckInList["items"][number];

/** Every change at the door refreshes every search of the door list (and the counts on it). */
function useAttendanceMutation<Input, Output>(
  orgId: string,
  eventId: string,
  mutationFn: (input: Input) => Promise<Output>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.attendance(orgId, eventId) }),
  });
}

export function useCheckIn(orgId: string, eventId: string) {
  return useAttendanceMutation(orgId, eventId, async (personId: string) =>
    unwrap(await eventApi.attendance.$post({ param: { orgId, eventId }, json: { personId } })),
  );
}

export function useCheckOut(orgId: string, eventId: string) {
  return useAttendanceMutation(orgId, eventId, async (personId: string) =>
    unwrap(await eventApi.attendance[":personId"]["check-out"].$post({ param: { orgId, eventId, personId } })),
  );
}

export function useUndoCheckIn(orgId: string, eventId: string) {
  return useAttendanceMutation(orgId, eventId, async (personId: string) =>
    unwrap(await eventApi.attendance[":personId"].$delete({ param: { orgId, eventId, personId } })),
  );
}

export function useWalkIn(orgId: string, eventId: string) {
  return useAttendanceMutation(orgId, eventId, async (input: z.input<typeof WalkInInput>) =>
    unwrap(await eventApi["walk-ins"].$post({ param: { orgId, eventId }, json: input })),
  );
}

export function useBulkAttendance(orgId: string, eventId: string) {
  return useAttendanceMutation(orgId, eventId, async (personIds: string[]) =>
    unwrap(await eventApi.attendance.bulk.$post({ param: { orgId, eventId }, json: { personIds } })),
  );
}

export function useHeadcounts(orgId: string, eventId: string) {
  return useQuery({
    queryKey: keys.headcounts(orgId, eventId),
    queryFn: async () => unwrap(await eventApi.headcounts.$get({ param: { orgId, eventId } })),
  });
}

export function useRecordHeadcounts(orgId: string, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof HeadcountsInput>) =>
      unwrap(await eventApi.headcounts.$put({ param: { orgId, eventId }, json: input })),
    onSuccess: (data) => queryClient.setQueryData(keys.headcounts(orgId, eventId), data),
  });
}

export type UnknownPeople = "create" | "error";
export type AttendancePreview = InferResponseType<typeof eventApi.attendance.import.preview.$post, 200>;
export type AttendancePreviewRow = AttendancePreview["rows"][number];
export type FailedAttendanceLine = InferResponseType<typeof eventApi.attendance.import.$post, 200>["failed"][number];

/** The file goes up as it is (text/csv bytes): the server checks its encoding and size, not the browser. */
export function usePreviewAttendanceImport(orgId: string, eventId: string) {
  return useMutation({
    mutationFn: async ({ file, unknownPeople }: { file: Blob; unknownPeople: UnknownPeople }) =>
      unwrap(
        await eventApi.attendance.import.preview.$post(
          { param: { orgId, eventId }, query: { unknownPeople } },
          { init: { body: file, headers: { "content-type": "text/csv" }, credentials: "same-origin" } },
        ),
      ),
  });
}

export function useImportAttendance(orgId: string, eventId: string, unknownPeople: UnknownPeople) {
  const queryClient = useQueryClient();
  return useChunkedImport<AttendancePreviewRow, FailedAttendanceLine>({
    sendChunk: async (rows) => {
      const result = await unwrap(
        await eventApi.attendance.import.$post({
          param: { orgId, eventId },
          json: { unknownPeople, rows: rows.map(importRow) },
        }),
      );
      return { written: result.recorded, failed: result.failed };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.attendance(orgId, eventId) }),
  });
}

function importRow({ line, fullName, email, country, checkedInAt }: AttendancePreviewRow): AttendanceImportRow {
  return { line, fullName, email, country, checkedInAt };
}
