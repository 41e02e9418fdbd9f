/** Pages for programs and their cohorts: the list, one program with its cohorts, and one cohort. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { CohortPage } from "./cohort-page.tsx";
import { ProgramPage } from "./program-page.tsx";
import { ProgramsPage } from "./programs-page.tsx";

// Generic in the parent so the paths join the typed route tree (`useParams({ from: "/orgs/$orgId/cohorts/$cohortId" })`).
export function programRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/programs", component: ProgramsPage }),
    createRoute({ getParentRoute: () => parent, path: "/programs/$programId", component: ProgramPage }),
    createRoute({ getParentRoute: () => parent, path: "/cohorts/$cohortId", component: CohortPage }),
  ];
}
