/** Pages for attendance and commitment hours: the door on a phone, attendance tools, CSV lists, hours for staff and participants. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { AttendanceImportPage } from "./attendance-import-page.tsx";
import { AttendancePage } from "./attendance-page.tsx";
import { CheckInPage } from "./check-in-page.tsx";
import { HoursCohortPage } from "./hours-cohort-page.tsx";
import { HoursEnrollmentPage } from "./hours-enrollment-page.tsx";
import { HoursMinePage } from "./hours-mine-page.tsx";

// Generic in the parent so the paths join the typed route tree.
export function attendanceRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/events/$eventId/check-in", component: CheckInPage }),
    createRoute({ getParentRoute: () => parent, path: "/events/$eventId/attendance", component: AttendancePage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/events/$eventId/attendance/import",
      component: AttendanceImportPage,
    }),
    createRoute({ getParentRoute: () => parent, path: "/cohorts/$cohortId/hours", component: HoursCohortPage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/enrollments/$enrollmentId/hours",
      component: HoursEnrollmentPage,
    }),
  ];
}

/** The participant's own hours, outside any organization: an accepted applicant need not be a member. */
export function myHoursRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: "/my/hours", component: HoursMinePage })];
}
