/** Staged review through the API: a call's stages and rubrics, the stage ranking and moves, reviewer assignments and scores. */
import type { z } from "@hono/zod-openapi";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BalanceInput,
  MoveInput,
  ReviewSetupInput,
  ScoresInput,
} from "../../../server/modules/calls/calls.reviews.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

export type ReviewSetupValues = z.input<typeof ReviewSetupInput>;
export type MoveAction = MoveInput["action"];

const org = () => api.api.orgs[":orgId"];

const keys = {
  setup: (orgId: string, callId: string) => ["reviews", orgId, "setup", callId] as const,
  stage: (orgId: string, stageId: string) => ["reviews", orgId, "stage", stageId] as const,
  mine: (orgId: string) => ["reviews", orgId, "mine"] as const,
  assignment: (orgId: string, assignmentId: string) => ["reviews", orgId, "mine", assignmentId] as const,
};

export function useReviewSetup(orgId: string, callId: string) {
  return useQuery({
    queryKey: keys.setup(orgId, callId),
    queryFn: async () => unwrap(await org().calls[":callId"]["review-stages"].$get({ param: { orgId, callId } })),
  });
}

export type ReviewSetup = NonNullable<ReturnType<typeof useReviewSetup>["data"]>;
export type ReviewStage = ReviewSetup["stages"][number];
export type ReviewCriterion = ReviewStage["criteria"][number];

export function useSaveReviewSetup(orgId: string, callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: ReviewSetupValues) =>
      unwrap(await org().calls[":callId"]["review-stages"].$put({ param: { orgId, callId }, json })),
    onSuccess: (setup) => queryClient.setQueryData(keys.setup(orgId, callId), setup),
  });
}

export function useStageRanking(orgId: string, stageId: string) {
  return useQuery({
    queryKey: keys.stage(orgId, stageId),
    queryFn: async () => unwrap(await org()["review-stages"][":stageId"].$get({ param: { orgId, stageId } })),
  });
}

export type StageRanking = NonNullable<ReturnType<typeof useStageRanking>["data"]>;
export type RankedApplication = StageRanking["applications"][number];

/** Every stage's ranking at once, to tell which submitted applications are in review already. */
export function useStageRankings(orgId: string, stageIds: string[]) {
  return useQueries({
    queries: stageIds.map((stageId) => ({
      queryKey: keys.stage(orgId, stageId),
      queryFn: async () => unwrap(await org()["review-stages"][":stageId"].$get({ param: { orgId, stageId } })),
    })),
  });
}

/** All submitted applications of a call, page after page (the list has no filter for "not yet in a stage"). */
export function useSubmittedApplications(orgId: string, callId: string) {
  return useQuery({
    queryKey: ["calls", orgId, callId, "applications", "submitted", "all"],
    queryFn: async () => {
      const items = [];
      for (let page = 1; ; page++) {
        const result = await unwrap(
          await org().calls[":callId"].applications.$get({
            param: { orgId, callId },
            query: { status: "submitted", page: String(page), pageSize: "200" },
          }),
        );
        items.push(...result.items);
        if (items.length >= result.total || result.items.length === 0) return items;
      }
    },
  });
}

/** Moving applications changes every stage's ranking, the call's counts and the reviewers' lists. */
export function useMoveApplications(orgId: string, callId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: MoveInput) =>
      unwrap(await org().calls[":callId"]["review-moves"].$post({ param: { orgId, callId }, json })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["reviews", orgId] }),
        queryClient.invalidateQueries({ queryKey: ["calls", orgId] }),
      ]),
  });
}

export type AssignValues =
  | { mode: "manual"; applicationIds: string[]; reviewerUserIds: string[] }
  | ({ mode: "balanced" } & BalanceInput);

export function useAssignReviewers(orgId: string, stageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: AssignValues) => {
      const stage = org()["review-stages"][":stageId"];
      const param = { orgId, stageId };
      return values.mode === "manual"
        ? unwrap(
            await stage.assignments.$post({
              param,
              json: { applicationIds: values.applicationIds, reviewerUserIds: values.reviewerUserIds },
            }),
          )
        : unwrap(
            await stage.assignments.balance.$post({
              param,
              json: {
                reviewerUserIds: values.reviewerUserIds,
                reviewsPerApplication: values.reviewsPerApplication,
              },
            }),
          );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reviews", orgId] }),
  });
}

/** Members who may review: staff and mentors. */
export function useReviewerCandidates(orgId: string) {
  return useQuery({
    queryKey: ["reviews", orgId, "reviewers"],
    queryFn: async () => unwrap(await org().reviewers.$get({ param: { orgId } })),
  });
}

/** Taking a reviewer off changes the stage's ranking and that reviewer's list. */
export function useUnassignReviewer(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (assignmentId: string) =>
      unwrap(await org()["review-assignments"][":assignmentId"].$delete({ param: { orgId, assignmentId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reviews", orgId] }),
  });
}

export function useMyAssignments(orgId: string) {
  return useQuery({
    queryKey: keys.mine(orgId),
    queryFn: async () => unwrap(await org()["review-assignments"].$get({ param: { orgId } })),
  });
}

export type AssignmentSummary = NonNullable<ReturnType<typeof useMyAssignments>["data"]>[number];

export function useMyAssignment(orgId: string, assignmentId: string) {
  return useQuery({
    queryKey: keys.assignment(orgId, assignmentId),
    queryFn: async () =>
      unwrap(await org()["review-assignments"][":assignmentId"].$get({ param: { orgId, assignmentId } })),
  });
}

export type AssignmentDetail = NonNullable<ReturnType<typeof useMyAssignment>["data"]>;

export function useSaveScores(orgId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: ScoresInput) =>
      unwrap(await org()["review-assignments"][":assignmentId"].scores.$put({ param: { orgId, assignmentId }, json })),
    onSuccess: (detail) => {
      queryClient.setQueryData(keys.assignment(orgId, assignmentId), detail);
      return queryClient.invalidateQueries({ queryKey: keys.mine(orgId), exact: true });
    },
  });
}

export function useDeclareConflict(orgId: string, assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await org()["review-assignments"][":assignmentId"].conflict.$post({
          param: { orgId, assignmentId },
          json: { reason: reason.trim() || null },
        }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: keys.assignment(orgId, assignmentId) });
      return queryClient.invalidateQueries({ queryKey: keys.mine(orgId), exact: true });
    },
  });
}
