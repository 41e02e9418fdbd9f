/** Groups on the server: the paged list, one group with its members, and the writes that change them. */
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import { api, unwrap } from "../../api-client.ts";
import type { GroupsSearch } from "./people-search.ts";
import { useRefreshPeopleAndGroups } from "./use-people-queries.ts";

const groupsApi = api.api.orgs[":orgId"].groups;
const groupApi = groupsApi[":groupId"];

export type Group = InferResponseType<typeof groupApi.$get, 200>;
export type GroupInput = InferRequestType<typeof groupsApi.$post>["json"];

const groupsPageSize = 25;

const groupKeys = {
  list: (orgId: string, search: GroupsSearch) => ["groups", orgId, "list", search] as const,
  group: (orgId: string, groupId: string) => ["groups", orgId, "group", groupId] as const,
};

export function useGroups(orgId: string, search: GroupsSearch, pageSize = groupsPageSize) {
  return useQuery({
    queryKey: [...groupKeys.list(orgId, search), pageSize],
    queryFn: async () =>
      unwrap(
        await groupsApi.$get({
          param: { orgId },
          query: { q: search.q, kind: search.kind, page: String(search.page ?? 1), pageSize: String(pageSize) },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useGroup(orgId: string, groupId: string | undefined) {
  return useQuery({
    queryKey: groupKeys.group(orgId, groupId ?? ""),
    queryFn: async () => unwrap(await groupApi.$get({ param: { orgId, groupId: groupId ?? "" } })),
    enabled: !!groupId,
  });
}

/** Forms a new group, or saves an existing one when `groupId` is given. */
export function useSaveGroup(orgId: string, groupId?: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useMutation({
    mutationFn: async (json: GroupInput) =>
      groupId
        ? unwrap(await groupApi.$put({ param: { orgId, groupId }, json }))
        : unwrap(await groupsApi.$post({ param: { orgId }, json })),
    onSuccess: refresh,
  });
}

export function useAddGroupMember(orgId: string, groupId: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useMutation({
    mutationFn: async (personId: string) =>
      unwrap(await groupApi.members.$post({ param: { orgId, groupId }, json: { personId } })),
    onSuccess: refresh,
  });
}

export function useRemoveGroupMember(orgId: string, groupId: string) {
  const refresh = useRefreshPeopleAndGroups(orgId);
  return useMutation({
    mutationFn: async (personId: string) =>
      unwrap(await groupApi.members[":personId"].$delete({ param: { orgId, groupId, personId } })),
    onSuccess: refresh,
  });
}
