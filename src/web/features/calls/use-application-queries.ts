/** The public's open calls and the signed-in applicant's own applications: start a draft, save, submit, withdraw. */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnswersInput } from "../../../server/modules/calls/calls.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

export type Answers = z.input<typeof AnswersInput>;
export type AnswerValue = Answers[string];

const keys = {
  openCalls: (page: number) => ["public-calls", page] as const,
  publicCall: (callId: string) => ["public-calls", "call", callId] as const,
  mine: ["my-applications"] as const,
  myApplication: (applicationId: string) => ["my-applications", applicationId] as const,
};

export function useOpenCalls(page: number) {
  return useQuery({
    queryKey: keys.openCalls(page),
    queryFn: async () => unwrap(await api.api.public.calls.$get({ query: { page: String(page), pageSize: "20" } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicCall(callId: string) {
  return useQuery({
    queryKey: keys.publicCall(callId),
    queryFn: async () => unwrap(await api.api.public.calls[":callId"].$get({ param: { callId } })),
  });
}

export type PublicCall = NonNullable<ReturnType<typeof usePublicCall>["data"]>;
export type PublicField = PublicCall["fields"][number];

export function useMyApplications(enabled = true) {
  return useQuery({
    queryKey: keys.mine,
    queryFn: async () => unwrap(await api.api.my.applications.$get()),
    enabled,
  });
}

export type MyApplicationSummary = NonNullable<ReturnType<typeof useMyApplications>["data"]>[number];

export function useMyApplication(applicationId: string | undefined) {
  return useQuery({
    queryKey: keys.myApplication(applicationId ?? ""),
    queryFn: async () =>
      unwrap(await api.api.my.applications[":applicationId"].$get({ param: { applicationId: applicationId ?? "" } })),
    enabled: !!applicationId,
  });
}

export type MyApplication = NonNullable<ReturnType<typeof useMyApplication>["data"]>;

type SaveInput = {
  callId: string;
  applicationId?: string;
  answers: Answers;
  locale: string;
  group?: { name: string } | null;
};

function useMineChanged() {
  const queryClient = useQueryClient();
  return (application: MyApplication) => {
    queryClient.setQueryData(keys.myApplication(application.id), application);
    return queryClient.invalidateQueries({ queryKey: keys.mine, exact: true });
  };
}

/** The first save starts the draft (POST); later saves replace its answers (PUT). */
export function useSaveDraft() {
  const mineChanged = useMineChanged();
  return useMutation({
    mutationFn: async ({ callId, applicationId, answers, locale, group }: SaveInput) => {
      const localeCode = locale as "en";
      if (applicationId) {
        return unwrap(
          await api.api.my.applications[":applicationId"].$put({
            param: { applicationId },
            json: { answers, locale: localeCode },
          }),
        );
      }
      return unwrap(await api.api.my.applications.$post({ json: { callId, answers, locale: localeCode, group } }));
    },
    onSuccess: mineChanged,
  });
}

export function useSubmitApplication() {
  const mineChanged = useMineChanged();
  return useMutation({
    mutationFn: async (applicationId: string) =>
      unwrap(await api.api.my.applications[":applicationId"].submit.$post({ param: { applicationId } })),
    onSuccess: mineChanged,
  });
}

export function useWithdrawApplication() {
  const mineChanged = useMineChanged();
  return useMutation({
    mutationFn: async (applicationId: string) =>
      unwrap(await api.api.my.applications[":applicationId"].withdraw.$post({ param: { applicationId } })),
    onSuccess: mineChanged,
  });
}
