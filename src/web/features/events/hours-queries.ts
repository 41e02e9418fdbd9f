/** Commitment hours through the API: a cohort's roster, one enrollment with its logs, the participant's own. */
import type { z } from "@hono/zod-openapi";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { HourLogInput } from "../../../server/modules/events/events.hours.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

const orgApi = api.api.orgs[":orgId"];

const keys = {
  all: (orgId: string) => ["hours", orgId] as const,
  cohort: (orgId: string, cohortId: string) => ["hours", orgId, "cohort", cohortId] as const,
  enrollment: (orgId: string, enrollmentId: string) => ["hours", orgId, "enrollment", enrollmentId] as const,
  mine: ["hours", "mine"] as const,
};

export function useCohortHours(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: keys.cohort(orgId, cohortId),
    queryFn: async () => unwrap(await orgApi.cohorts[":cohortId"].hours.$get({ param: { orgId, cohortId } })),
  });
}

export function useEnrollmentHours(orgId: string, enrollmentId: string) {
  return useQuery({
    queryKey: keys.enrollment(orgId, enrollmentId),
    queryFn: async () =>
      unwrap(await orgApi.enrollments[":enrollmentId"].hours.$get({ param: { orgId, enrollmentId } })),
  });
}

export type EnrollmentHours = NonNullable<ReturnType<typeof useEnrollmentHours>["data"]>;

export function useMyHours() {
  return useQuery({
    queryKey: keys.mine,
    queryFn: async () => unwrap(await api.api.my.hours.$get()),
  });
}

/** Logged hours change the enrollment's total and the cohort's roster alike. */
function useRefreshHours(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
}

export function useLogHours(orgId: string, enrollmentId: string) {
  const refresh = useRefreshHours(orgId);
  return useMutation({
    mutationFn: async (input: z.input<typeof HourLogInput>) =>
      unwrap(
        await orgApi.enrollments[":enrollmentId"]["hour-logs"].$post({ param: { orgId, enrollmentId }, json: input }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveHourLog(orgId: string) {
  const refresh = useRefreshHours(orgId);
  return useMutation({
    mutationFn: async (logId: string) =>
      unwrap(await orgApi["hour-logs"][":logId"].$delete({ param: { orgId, logId } })),
    onSuccess: refresh,
  });
}
