/** Every table of every module, for drizzle-kit and the typed query builder. */
export * from "../auth/auth.tables.ts";
export * from "../mail/mail.tables.ts";
export * from "../modules/calls/calls.reviews.tables.ts";
export * from "../modules/calls/calls.tables.ts";
export * from "../modules/organizations/organizations.tables.ts";
export * from "../modules/people/people.tables.ts";
export * from "../modules/programs/programs.tables.ts";
