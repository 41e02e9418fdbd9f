/** People on the server: the paged list, one person with their enrollments, and the writes that change them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import { api, unwrap } from "../../api-client.ts";
import type { PeopleSearch } from "./people-search.ts";

const peopleApi = api.api.orgs[":orgId"].people;
const personApi = peopleApi[":personId"];

export type Person = InferResponseType<typeof personApi.$get, 200>;
export type PersonInput = InferRequestType<typeof peopleApi.$post>["json"];
export type PersonField = keyof PersonInput;

const peoplePageSize = 25;

const peopleKeys = {
  all: (orgId: string) => ["people", orgId] as const,
  list: (orgId: string, search: PeopleSearch) => ["people", orgId, "list", search] as const,
  person: (orgId: string, personId: string) => ["people", orgId, "person", personId] as const,
  enrollments: (orgId: string, personId: string) => ["people", orgId, "person", personId, "enrollments"] as const,
};

export function usePeople(orgId: string, search: PeopleSearch, pageSize = peoplePageSize) {
  return useQuery({
    queryKey: [...peopleKeys.list(orgId, search), pageSize],
    queryFn: async () =>
      unwrap(
        await peopleApi.$get({
          param: { orgId },
          query: {
            q: search.q,
            country: search.country,
            groupId: search.groupId,
            page: String(search.page ?? 1),
            pageSize: String(pageSize),
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(orgId: string, personId: string) {
  return useQuery({
    queryKey: peopleKeys.person(orgId, personId),
    queryFn: async () => unwrap(await personApi.$get({ param: { orgId, personId } })),
  });
}

export function usePersonEnrollments(orgId: string, personId: string) {
  return useQuery({
    queryKey: peopleKeys.enrollments(orgId, personId),
    queryFn: async () => unwrap(await personApi.enrollments.$get({ param: { orgId, personId } })),
  });
}

/** People and groups show each other (a person's groups, a group's members), so a change to one refreshes both. */
export function useRefreshPeopleAndGroups(orgId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all(orgId) }),
      queryClient.invalidateQueries({ queryKey: ["groups", orgId] }),
    ]);
}

/** Records a new person, or saves an existing one when `personId` is given. */
export function useSavePerson(orgId: string, personId?: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useMutation({
    mutationFn: async (json: PersonInput) =>
      personId
        ? unwrap(await personApi.$put({ param: { orgId, personId }, json }))
        : unwrap(await peopleApi.$post({ param: { orgId }, json })),
    onSuccess: refresh,
  });
}

export function useDeletePerson(orgId: string, personId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useMutation({
    mutationFn: async () => unwrap(await personApi.$delete({ param: { orgId, personId } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: peopleKeys.person(orgId, personId) });
      await refresh();
    },
  });
}
