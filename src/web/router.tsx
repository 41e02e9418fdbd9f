/** The route tree: public pages (sign-in, setup, invitation) and everything inside an organization. */
import { createRootRoute, createRoute, createRouter, redirect } from "@tanstack/react-router";
import { api, unwrap } from "./api-client.ts";
import { AppShell, lastOrganizationKey, OrganizationLayout } from "./app-shell.tsx";
import { authRoutes } from "./features/auth/auth.routes.tsx";
import { callRoutes, publicCallRoutes } from "./features/calls/calls.routes.tsx";
import { attendanceRoutes, myHoursRoutes } from "./features/events/attendance.routes.tsx";
import { eventRoutes, publicEventRoutes } from "./features/events/events.routes.tsx";
import { homeRoutes } from "./features/home/home.routes.tsx";
import { learningRoutes, publicLearningRoutes } from "./features/learning/learning.routes.tsx";
import { organizationRoutes } from "./features/organizations/organizations.routes.tsx";
import { peopleRoutes } from "./features/people/people.routes.tsx";
import { programRoutes } from "./features/programs/programs.routes.tsx";
import { reportRoutes } from "./features/reports/reports.routes.tsx";
import { queryClient } from "./query-client.ts";

const rootRoute = createRootRoute({ component: AppShell });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  beforeLoad: async () => {
    const setup = await unwrap(await api.api.setup.$get());
    if (setup.needed) throw redirect({ to: "/setup" });
    const me = await queryClient.fetchQuery({
      queryKey: ["me"],
      queryFn: async () => {
        const response = await api.api.me.$get();
        return response.status === 401 ? null : unwrap(response);
      },
    });
    if (!me) throw redirect({ to: "/sign-in" });
    const last = localStorage.getItem(lastOrganizationKey);
    const landing = me.organizations.find((organization) => organization.id === last) ?? me.organizations[0];
    if (!landing) throw redirect({ to: "/welcome" });
    throw redirect({ to: "/orgs/$orgId", params: { orgId: landing.id } });
  },
});

const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/orgs/$orgId",
  component: OrganizationLayout,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  ...authRoutes(rootRoute),
  ...publicCallRoutes(rootRoute),
  ...myHoursRoutes(rootRoute),
  ...publicEventRoutes(rootRoute),
  ...publicLearningRoutes(rootRoute),
  orgRoute.addChildren([
    ...homeRoutes(orgRoute),
    ...peopleRoutes(orgRoute),
    ...programRoutes(orgRoute),
    ...callRoutes(orgRoute),
    ...eventRoutes(orgRoute),
    ...learningRoutes(orgRoute),
    ...attendanceRoutes(orgRoute),
    ...organizationRoutes(orgRoute),
    ...reportRoutes(orgRoute),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: "intent" });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
