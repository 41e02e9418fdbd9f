/** Builds the demo workspace from the five reference programs, one module part after another. */
import { count } from "drizzle-orm";
import { user } from "../auth/auth.tables.ts";
import type { Db } from "../db/client.ts";
import type { AppServices } from "../http/context.ts";
import { buildCallsDemo } from "../modules/calls/calls.demo.ts";
import { buildEventsDemo } from "../modules/events/events.demo.ts";
import { buildLearningDemo } from "../modules/learning/learning.demo.ts";
import { buildOrganizationsDemo } from "../modules/organizations/organizations.demo.ts";
import { organizations } from "../modules/organizations/organizations.tables.ts";
import { buildPeopleDemo } from "../modules/people/people.demo.ts";
import { buildProgramsDemo } from "../modules/programs/programs.demo.ts";
import type { DemoWorkspace } from "./demo-context.ts";

/** In dependency order: later parts find the organizations, people and cohorts that earlier parts made. */
const demoParts = [
  buildOrganizationsDemo,
  buildPeopleDemo,
  buildProgramsDemo,
  buildCallsDemo,
  buildLearningDemo,
  buildEventsDemo,
];

export async function isDatabaseEmpty(db: Db) {
  const [users] = await db.select({ total: count() }).from(user);
  const [orgs] = await db.select({ total: count() }).from(organizations);
  return users.total === 0 && orgs.total === 0;
}

export async function buildDemoWorkspace(services: AppServices) {
  const workspace: DemoWorkspace = {
    services,
    organizations: new Map(),
    people: new Map(),
    groups: new Map(),
    signIns: [],
  };
  for (const buildPart of demoParts) await buildPart(workspace);
  return workspace.signIns;
}

export function printDemoSignIns(signIns: DemoWorkspace["signIns"]) {
  console.log("\nDemo sign-ins (password for all: %s)", signIns[0]?.password);
  for (const signIn of signIns)
    console.log(`  ${signIn.email.padEnd(36)} ${signIn.role.padEnd(28)} ${signIn.organizations}`);
  console.log("");
}
