/** What a request carries: the app's services, the signed-in user, and inside an organization its context. */
import { createMiddleware } from "hono/factory";
import type { Auth } from "../auth/auth.ts";
import type { Config } from "../config.ts";
import type { Database, Db } from "../db/client.ts";
import type { Role } from "../modules/organizations/organizations.tables.ts";
import { Forbidden, Unauthorized } from "./errors.ts";

export type Clock = () => Date;

export type AppServices = { database: Database; auth: Auth; config: Config; clock: Clock };

export type SessionUser = { id: string; email: string; name: string };

export type OrganizationSummary = {
  id: string;
  defaultLocale: string;
  timeZone: string;
  currency: string;
};

/** Passed to every organization-scoped service: queries filter on `organizationId`. */
export type OrgContext = {
  db: Db;
  organizationId: string;
  organization: OrganizationSummary;
  actor: { userId: string; role: Role };
  clock: Clock;
  config: Config;
};

export type AppEnv = {
  Variables: { services: AppServices; user: SessionUser | null; ctx: OrgContext };
};

export const permissions = {
  "organization.manage": ["owner", "admin"],
  "people.read": ["owner", "admin", "program_manager", "mentor"],
  "people.write": ["owner", "admin", "program_manager"],
  "programs.read": ["owner", "admin", "program_manager", "mentor", "participant", "partner_viewer"],
  "programs.write": ["owner", "admin", "program_manager"],
  "budget.read": ["owner", "admin", "program_manager", "partner_viewer"],
  "enrollments.read": ["owner", "admin", "program_manager", "mentor"],
  "enrollments.write": ["owner", "admin", "program_manager"],
  "calls.read": ["owner", "admin", "program_manager", "mentor"],
  "calls.write": ["owner", "admin", "program_manager"],
  "applications.read": ["owner", "admin", "program_manager"],
  "applications.decide": ["owner", "admin", "program_manager"],
  "reviews.manage": ["owner", "admin", "program_manager"],
  "reviews.score": ["owner", "admin", "program_manager", "mentor"],
  "learning.write": ["owner", "admin", "program_manager"],
  "events.read": ["owner", "admin", "program_manager", "mentor"],
  "events.write": ["owner", "admin", "program_manager"],
  "attendance.write": ["owner", "admin", "program_manager", "mentor"],
  "reports.read": ["owner", "admin", "program_manager", "partner_viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Route middleware: the signed-in member's role must grant `permission`. */
export function allow(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const ctx = c.get("ctx");
    if (!can(ctx.actor.role, permission)) throw new Forbidden();
    await next();
  });
}

/** Route middleware for routes outside an organization that still need a signed-in user. */
export const signedIn = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get("user")) throw new Unauthorized();
  await next();
});

export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new Unauthorized();
  return user;
}
