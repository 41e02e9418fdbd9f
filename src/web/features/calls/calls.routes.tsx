/** Pages for open calls: staff's calls inside an organization; the public's open calls and the applicant's own applications. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { ApplicationPrintPage } from "./application-print-page.tsx";
import { CallPage } from "./call-page.tsx";
import { CallsPage } from "./calls-page.tsx";
import { MyApplicationsPage } from "./my-applications-page.tsx";
import { PublicCallPage } from "./public-call-page.tsx";
import { PublicCallsPage } from "./public-calls-page.tsx";
import { ReviewAssignmentPage } from "./review-assignment-page.tsx";
import { ReviewAssignmentsPage } from "./review-assignments-page.tsx";
import { ReviewSetupPage } from "./review-setup-page.tsx";
import { ReviewStagePage } from "./review-stage-page.tsx";

// Generic in the parent so the paths join the typed route tree.
export function callRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/calls", component: CallsPage }),
    createRoute({ getParentRoute: () => parent, path: "/calls/$callId", component: CallPage }),
    createRoute({ getParentRoute: () => parent, path: "/calls/$callId/review", component: ReviewSetupPage }),
    createRoute({ getParentRoute: () => parent, path: "/review-stages/$stageId", component: ReviewStagePage }),
    createRoute({ getParentRoute: () => parent, path: "/reviews", component: ReviewAssignmentsPage }),
    createRoute({ getParentRoute: () => parent, path: "/reviews/$assignmentId", component: ReviewAssignmentPage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/applications/$applicationId/print",
      component: ApplicationPrintPage,
    }),
  ];
}

/** Readable without signing in; applying asks for a sign-in first. */
export function publicCallRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/calls", component: PublicCallsPage }),
    createRoute({ getParentRoute: () => parent, path: "/calls/$callId", component: PublicCallPage }),
    createRoute({ getParentRoute: () => parent, path: "/my/applications", component: MyApplicationsPage }),
  ];
}
