/** The module manifest: every module's routes, chained so the web client sees their types. */
import { healthRouter } from "../http/health.routes.ts";
import { createRouter } from "../http/router.ts";
import { callsRouter } from "./calls/calls.routes.ts";
import { attendanceRouter } from "./events/events.attendance.routes.ts";
import { hoursRouter } from "./events/events.hours.routes.ts";
import { eventsIcalRouter } from "./events/events.ical.routes.ts";
import { eventsRouter } from "./events/events.routes.ts";
import { learningRouter } from "./learning/learning.routes.ts";
import { organizationsRouter } from "./organizations/organizations.routes.ts";
import { peopleRouter } from "./people/people.routes.ts";
import { programsRouter } from "./programs/programs.routes.ts";
import { reportsRouter } from "./reports/reports.routes.ts";

export const apiRouter = createRouter()
  .route("/", healthRouter)
  .route("/", organizationsRouter)
  .route("/", peopleRouter)
  .route("/", programsRouter)
  .route("/", callsRouter)
  .route("/", learningRouter)
  // Before eventsRouter: its /public/events/{eventId} would take the .ics file names too.
  .route("/", eventsIcalRouter)
  .route("/", eventsRouter)
  .route("/", attendanceRouter)
  .route("/", hoursRouter)
  .route("/", reportsRouter);
