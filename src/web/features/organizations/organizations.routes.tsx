import type { AnyRoute } from "@tanstack/react-router";

export function organizationRoutes(_parent: AnyRoute) {
  return [];
}
