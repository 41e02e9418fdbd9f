import type { AnyRoute } from "@tanstack/react-router";

export function peopleRoutes(_parent: AnyRoute) {
  return [];
}
