import type { AnyRoute } from "@tanstack/react-router";

export function programRoutes(_parent: AnyRoute) {
  return [];
}
