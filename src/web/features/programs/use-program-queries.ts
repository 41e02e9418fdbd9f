/** Reading and changing programs, cohorts and rosters through the API, with the caches they touch. */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ChangeEnrollmentInput,
  CohortInput,
  EnrollInput,
  ProgramInput,
} from "../../../server/modules/programs/programs.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

type ProgramValues = z.input<typeof ProgramInput>;
export type CohortValues = z.input<typeof CohortInput>;
type EnrollValues = z.input<typeof EnrollInput>;

const orgApi = (orgId: string) => ({ client: api.api.orgs[":orgId"], param: { orgId } });

/** The list key is shared with the overview page; program details sit under it, so one invalidation refreshes both. */
const keys = {
  programs: (orgId: string) => ["programs", orgId] as const,
  program: (orgId: string, programId: string) => ["programs", orgId, programId] as const,
  cohort: (orgId: string, cohortId: string) => ["cohorts", orgId, cohortId] as const,
  roster: (orgId: string, cohortId: string) => ["cohorts", orgId, cohortId, "roster"] as const,
};

export function usePrograms(orgId: string) {
  return useQuery({
    queryKey: keys.programs(orgId),
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].programs.$get({ param: { orgId } })),
  });
}

export function useProgram(orgId: string, programId: string) {
  return useQuery({
    queryKey: keys.program(orgId, programId),
    queryFn: async () =>
      unwrap(await api.api.orgs[":orgId"].programs[":programId"].$get({ param: { orgId, programId } })),
  });
}

export type ProgramDetail = NonNullable<ReturnType<typeof useProgram>["data"]>;

export function useCohort(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: keys.cohort(orgId, cohortId),
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].cohorts[":cohortId"].$get({ param: { orgId, cohortId } })),
  });
}

export type Cohort = NonNullable<ReturnType<typeof useCohort>["data"]>;

export function useRoster(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: keys.roster(orgId, cohortId),
    queryFn: async () =>
      unwrap(await api.api.orgs[":orgId"].cohorts[":cohortId"].enrollments.$get({ param: { orgId, cohortId } })),
  });
}

export type Enrollment = NonNullable<ReturnType<typeof useRoster>["data"]>[number];

/** Creates the program, or saves it when `programId` is given. */
export function useSaveProgram(orgId: string, programId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: ProgramValues) => {
      const { client, param } = orgApi(orgId);
      return programId
        ? unwrap(await client.programs[":programId"].$put({ param: { ...param, programId }, json }))
        : unwrap(await client.programs.$post({ param, json }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.programs(orgId) }),
  });
}

/** Opens a cohort, or saves it (phases and budget lines replaced) when `cohortId` is given. */
export function useSaveCohort(orgId: string, cohortId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: CohortValues) => {
      const { client, param } = orgApi(orgId);
      return cohortId
        ? unwrap(await client.cohorts[":cohortId"].$put({ param: { ...param, cohortId }, json }))
        : unwrap(await client.cohorts.$post({ param, json }));
    },
    onSuccess: (cohort) => {
      queryClient.setQueryData(keys.cohort(orgId, cohort.id), cohort);
      return queryClient.invalidateQueries({ queryKey: keys.programs(orgId) });
    },
  });
}

/** Enrollments change the roster, the seats taken on the cohort and the program's cohort list. */
function useRosterChanged(orgId: string, cohortId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.cohort(orgId, cohortId) }),
      queryClient.invalidateQueries({ queryKey: keys.programs(orgId) }),
    ]);
}

export function useEnroll(orgId: string, cohortId: string) {
  const rosterChanged = useRosterChanged(orgId, cohortId);
  return useMutation({
    mutationFn: async (json: EnrollValues) =>
      unwrap(await api.api.orgs[":orgId"].cohorts[":cohortId"].enrollments.$post({ param: { orgId, cohortId }, json })),
    onSuccess: rosterChanged,
  });
}

export function useChangeEnrollment(orgId: string, cohortId: string) {
  const rosterChanged = useRosterChanged(orgId, cohortId);
  return useMutation({
    mutationFn: async ({ enrollmentId, ...json }: z.input<typeof ChangeEnrollmentInput> & { enrollmentId: string }) =>
      unwrap(await api.api.orgs[":orgId"].enrollments[":enrollmentId"].$put({ param: { orgId, enrollmentId }, json })),
    onSuccess: rosterChanged,
  });
}

export type EnrolleeKind = "person" | "group";

/** People or groups matching what is typed, for choosing whom to enroll. */
export function useEnrolleeSearch(orgId: string, kind: EnrolleeKind, text: string) {
  return useQuery({
    queryKey: ["enrollee-search", orgId, kind, text],
    queryFn: async () => {
      const { client, param } = orgApi(orgId);
      const query = { q: text || undefined, pageSize: "10" };
      if (kind === "person") {
        const page = await unwrap(await client.people.$get({ param, query }));
        return page.items.map((person) => ({
          id: person.id,
          name: person.fullName,
          detail: person.email ?? person.city,
        }));
      }
      const page = await unwrap(await client.groups.$get({ param, query }));
      return page.items.map((group) => ({ id: group.id, name: group.name, detail: group.city }));
    },
    placeholderData: keepPreviousData,
  });
}
