/** The results of a period and the scopes to choose from (programs, networks), through the API. */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api-client.ts";
import { type ResultsSearch, resultsQuery } from "./results-search.ts";

export function useResults(orgId: string, search: ResultsSearch) {
  const query = resultsQuery(search);
  return useQuery({
    queryKey: ["results", orgId, query],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].results.$get({ param: { orgId }, query })),
    placeholderData: keepPreviousData,
  });
}

/** Shares its cache with the settings page's network list. */
export function useNetworks(orgId: string) {
  return useQuery({
    queryKey: ["networks", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].networks.$get({ param: { orgId } })),
  });
}

/** Where the CSV and the charts of the same view are fetched, named in `locale`. */
export function resultsFileUrl(orgId: string, file: string, search: ResultsSearch, locale: string) {
  const parameters = new URLSearchParams({ ...resultsQuery(search), lang: locale });
  return `/api/orgs/${orgId}/results/${file}?${parameters}`;
}
