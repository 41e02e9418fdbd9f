/** Interview slots through the API: a stage's slots, creating and changing them, booking applications into them. */
import type { z } from "@hono/zod-openapi";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SlotInput } from "../../../server/modules/calls/calls.slots.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

export type SlotValues = z.input<typeof SlotInput>;

const org = () => api.api.orgs[":orgId"];
const slotsKey = (orgId: string, stageId: string) => ["slots", orgId, stageId] as const;

export function useStageSlots(orgId: string, stageId: string) {
  return useQuery({
    queryKey: slotsKey(orgId, stageId),
    queryFn: async () => unwrap(await org()["review-stages"][":stageId"].slots.$get({ param: { orgId, stageId } })),
  });
}

export type StageSlots = NonNullable<ReturnType<typeof useStageSlots>["data"]>;
export type InterviewSlot = StageSlots["slots"][number];

/** Every change to slots or bookings reloads the stage's slots; the server's view is the truth. */
function useSlotMutation<Input, Output>(orgId: string, stageId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: slotsKey(orgId, stageId) }),
  });
}

export function useCreateSlot(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async (json: SlotValues) =>
    unwrap(await org()["review-stages"][":stageId"].slots.$post({ param: { orgId, stageId }, json })),
  );
}

export function useEditSlot(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async ({ slotId, json }: { slotId: string; json: SlotValues }) =>
    unwrap(await org()["interview-slots"][":slotId"].$put({ param: { orgId, slotId }, json })),
  );
}

export function useDeleteSlot(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async (slotId: string) =>
    unwrap(await org()["interview-slots"][":slotId"].$delete({ param: { orgId, slotId } })),
  );
}

export function useBookInterview(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async (json: { applicationId: string; slotId: string }) =>
    unwrap(await org()["review-stages"][":stageId"].bookings.$post({ param: { orgId, stageId }, json })),
  );
}

export function useFillSlots(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async () =>
    unwrap(await org()["review-stages"][":stageId"].bookings.fill.$post({ param: { orgId, stageId } })),
  );
}

export function useRebookInterview(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async ({ bookingId, slotId }: { bookingId: string; slotId: string }) =>
    unwrap(await org()["interview-bookings"][":bookingId"].$put({ param: { orgId, bookingId }, json: { slotId } })),
  );
}

export function useCancelInterview(orgId: string, stageId: string) {
  return useSlotMutation(orgId, stageId, async (bookingId: string) =>
    unwrap(await org()["interview-bookings"][":bookingId"].$delete({ param: { orgId, bookingId } })),
  );
}

/** When the signed-in reviewer's assigned applications are interviewed, by assignment. */
export function useMyReviewInterviews(orgId: string) {
  return useQuery({
    queryKey: ["slots", orgId, "mine"],
    queryFn: async () => unwrap(await org()["review-interviews"].$get({ param: { orgId } })),
  });
}
