/** The results page's period and scope, kept in the address so a view can be bookmarked or shared. */

/** `organization`, `program:<id>` or `network:<id>`. */
export type ResultsSearch = { from?: string; to?: string; scope?: string };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function validateResultsSearch(search: Record<string, unknown>): ResultsSearch {
  const dateOf = (value: unknown) => (typeof value === "string" && isoDate.test(value) ? value : undefined);
  const scope =
    typeof search.scope === "string" && /^(program|network):[\w-]+$/.test(search.scope) ? search.scope : undefined;
  return { from: dateOf(search.from), to: dateOf(search.to), scope };
}

/** The API query for a search: the period (the server's default when absent) and a program or network. */
export function resultsQuery(search: ResultsSearch) {
  const [kind, id] = (search.scope ?? "").split(":");
  return {
    ...(search.from && { from: search.from }),
    ...(search.to && { to: search.to }),
    ...(kind === "program" && { programId: id }),
    ...(kind === "network" && { networkId: id }),
  };
}
