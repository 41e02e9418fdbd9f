/** Pages outside any organization: sign-in and sign-up, first-run setup, invitation links and the welcome page. */
import { type AnyRoute, createRoute, redirect } from "@tanstack/react-router";
import { api, unwrap } from "../../api-client.ts";
import { InvitationPage } from "./invitation-page.tsx";
import { SetupPage } from "./setup-page.tsx";
import { SignInPage } from "./sign-in-page.tsx";
import { SignUpPage } from "./sign-up-page.tsx";
import { WelcomePage } from "./welcome-page.tsx";

/** Only a path inside this app may be a return address, so a crafted link cannot send someone elsewhere. */
function returnPath(value: unknown) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? { redirect: value } : {};
}

// Generic in the parent so the router's types see these paths and search params, and check every link to them.
export function authRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/sign-in",
      component: SignInPage,
      // better-auth sends a refused sign-in link back here with `error` set.
      validateSearch: (search: Record<string, unknown>): { redirect?: string; error?: string } => ({
        ...returnPath(search.redirect),
        ...(typeof search.error === "string" ? { error: search.error } : {}),
      }),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/sign-up",
      component: SignUpPage,
      validateSearch: (search: Record<string, unknown>): { redirect?: string } => returnPath(search.redirect),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: "/setup",
      component: SetupPage,
      beforeLoad: async () => {
        const setup = await unwrap(await api.api.setup.$get());
        if (!setup.needed) throw redirect({ to: "/" });
      },
    }),
    createRoute({ getParentRoute: () => parent, path: "/invite/$token", component: InvitationPage }),
    createRoute({ getParentRoute: () => parent, path: "/welcome", component: WelcomePage }),
  ];
}
