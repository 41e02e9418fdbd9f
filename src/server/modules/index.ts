/** The module manifest: every module's routes, chained so the web client sees their types. */
import { healthRouter } from "../http/health.routes.ts";
import { createRouter } from "../http/router.ts";
import { callsRouter } from "./calls/calls.routes.ts";
import { organizationsRouter } from "./organizations/organizations.routes.ts";
import { peopleRouter } from "./people/people.routes.ts";
import { programsRouter } from "./programs/programs.routes.ts";

export const apiRouter = createRouter()
  .route("/", healthRouter)
  .route("/", organizationsRouter)
  .route("/", peopleRouter)
  .route("/", programsRouter)
  .route("/", callsRouter);
