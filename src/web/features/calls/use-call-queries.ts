/** Staff reading and changing calls, their applications and decisions through the API, with the caches they touch. */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApplicationStatus, CallInput, DecisionInput } from "../../../server/modules/calls/calls.schemas.ts";
import { api, unwrap } from "../../api-client.ts";
import { usePrograms } from "../programs/use-program-queries.ts";

export type CallValues = z.input<typeof CallInput>;
export type Decision = z.input<typeof DecisionInput>["decision"];

const orgCalls = () => api.api.orgs[":orgId"].calls;

const keys = {
  calls: (orgId: string) => ["calls", orgId] as const,
  call: (orgId: string, callId: string) => ["calls", orgId, callId] as const,
  applications: (orgId: string, callId: string) => ["calls", orgId, callId, "applications"] as const,
  application: (orgId: string, applicationId: string) => ["applications", orgId, applicationId] as const,
};

export function useCalls(orgId: string) {
  return useQuery({
    queryKey: keys.calls(orgId),
    queryFn: async () => unwrap(await orgCalls().$get({ param: { orgId } })),
  });
}

export type CallSummary = NonNullable<ReturnType<typeof useCalls>["data"]>[number];

export function useCall(orgId: string, callId: string) {
  return useQuery({
    queryKey: keys.call(orgId, callId),
    queryFn: async () => unwrap(await orgCalls()[":callId"].$get({ param: { orgId, callId } })),
  });
}

export type CallDetail = NonNullable<ReturnType<typeof useCall>["data"]>;
export type CallField = CallDetail["fields"][number];

/** Every cohort of every program, to choose the one a call fills (the API has no list of cohorts of its own). */
export function useCohortOptions(orgId: string) {
  const programs = usePrograms(orgId);
  const details = useQueries({
    queries: (programs.data ?? [])
      .filter((program) => program.cohortCount > 0)
      .map((program) => ({
        queryKey: ["programs", orgId, program.id],
        queryFn: async () =>
          unwrap(await api.api.orgs[":orgId"].programs[":programId"].$get({ param: { orgId, programId: program.id } })),
      })),
  });
  return {
    isPending: programs.isPending || details.some((detail) => detail.isPending),
    error: programs.error ?? details.find((detail) => detail.error)?.error,
    programs: details.flatMap((detail) => (detail.data ? [detail.data] : [])),
  };
}

/** Drafts a call, or saves it (its form replaced) when `callId` is given. */
export function useSaveCall(orgId: string, callId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: CallValues) =>
      callId
        ? unwrap(await orgCalls()[":callId"].$put({ param: { orgId, callId }, json }))
        : unwrap(await orgCalls().$post({ param: { orgId }, json })),
    onSuccess: (call) => {
      queryClient.setQueryData(keys.call(orgId, call.id), call);
      return queryClient.invalidateQueries({ queryKey: keys.calls(orgId), exact: true });
    },
  });
}

/** Publishes (or reopens) a call, or closes it before its deadline. */
export function useCallStatusChange(orgId: string, callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: "publish" | "close") => {
      const call = orgCalls()[":callId"];
      const param = { orgId, callId };
      return action === "publish"
        ? unwrap(await call.publish.$post({ param }))
        : unwrap(await call.close.$post({ param }));
    },
    onSuccess: (call) => {
      queryClient.setQueryData(keys.call(orgId, call.id), call);
      return queryClient.invalidateQueries({ queryKey: keys.calls(orgId), exact: true });
    },
  });
}

export type ApplicationStatusFilter = z.infer<typeof ApplicationStatus>;

export function useApplications(
  orgId: string,
  callId: string,
  { status, page }: { status?: ApplicationStatusFilter; page: number },
) {
  return useQuery({
    queryKey: [...keys.applications(orgId, callId), status ?? "all", page],
    queryFn: async () =>
      unwrap(
        await orgCalls()[":callId"].applications.$get({
          param: { orgId, callId },
          query: { status, page: String(page), pageSize: "20" },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type ApplicationRow = NonNullable<ReturnType<typeof useApplications>["data"]>["items"][number];

export function useApplication(orgId: string, applicationId: string) {
  return useQuery({
    queryKey: keys.application(orgId, applicationId),
    queryFn: async () =>
      unwrap(await api.api.orgs[":orgId"].applications[":applicationId"].$get({ param: { orgId, applicationId } })),
  });
}

export type ApplicationDetail = NonNullable<ReturnType<typeof useApplication>["data"]>;

/** A decision changes the application, the call's counts and (on acceptance) the cohort's roster. */
export function useDecide(orgId: string, applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (decision: Decision) =>
      unwrap(
        await api.api.orgs[":orgId"].applications[":applicationId"].decision.$post({
          param: { orgId, applicationId },
          json: { decision },
        }),
      ),
    onSuccess: (application) => {
      queryClient.setQueryData(keys.application(orgId, applicationId), application);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.calls(orgId) }),
        queryClient.invalidateQueries({ queryKey: ["cohorts", orgId] }),
      ]);
    },
  });
}
