/** The module manifest: the app mounts, and the demo builds, every module in this list. */
import { organizationsRouter } from "./organizations/organizations.routes.ts";
import { peopleRouter } from "./people/people.routes.ts";
import { programsRouter } from "./programs/programs.routes.ts";

export const modules = [
  { name: "organizations", router: organizationsRouter },
  { name: "people", router: peopleRouter },
  { name: "programs", router: programsRouter },
] as const;
