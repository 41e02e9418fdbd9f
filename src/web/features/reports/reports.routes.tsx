/** The results page of an organization: figures of a period for the organization, a program or a network. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { ResultsPage } from "./results-page.tsx";
import { validateResultsSearch } from "./results-search.ts";

// Generic in the parent so the router's types see this path and its search params.
export function reportRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/results",
      validateSearch: validateResultsSearch,
      component: ResultsPage,
    }),
  ];
}
