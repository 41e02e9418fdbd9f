/** Public pages: sign-in (the setup, invitation and welcome pages join here). */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { SignInPage } from "./sign-in-page.tsx";

export function authRoutes(parent: AnyRoute) {
  return [createRoute({ getParentRoute: () => parent, path: "/sign-in", component: SignInPage })];
}
