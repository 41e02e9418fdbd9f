/** The filters of the people and groups lists, kept in the address so a filtered page can be shared or reloaded. */
import type { GroupKind } from "../../../server/modules/people/people.tables.ts";

export type { GroupKind };

export type PeopleSearch = { q?: string; country?: string; groupId?: string; page?: number };
export type GroupsSearch = { q?: string; kind?: GroupKind; page?: number };

// Spelled out with `satisfies` so a kind added on the server fails the typecheck here until it is listed.
const kindsListed = { cso: true, informal_group: true, team: true } satisfies Record<GroupKind, true>;
export const groupKinds = Object.keys(kindsListed) as GroupKind[];

function text(value: unknown) {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function pageNumber(value: unknown) {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : undefined;
}

export function validatePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  const country = text(search.country)?.toUpperCase();
  return {
    q: text(search.q),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    groupId: text(search.groupId),
    page: pageNumber(search.page),
  };
}

export function validateGroupsSearch(search: Record<string, unknown>): GroupsSearch {
  const kind = groupKinds.find((known) => known === search.kind);
  return { q: text(search.q), kind, page: pageNumber(search.page) };
}
