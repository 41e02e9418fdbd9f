/** The organization's overview page. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { OverviewPage } from "./overview-page.tsx";

export function homeRoutes(parent: AnyRoute) {
  return [createRoute({ getParentRoute: () => parent, path: "/", component: OverviewPage })];
}
