/** The organization's overview page. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { OverviewPage } from "./overview-page.tsx";

// Generic in the parent so the router's types see these paths and search params, and check every link to them.
export function homeRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: "/", component: OverviewPage })];
}
