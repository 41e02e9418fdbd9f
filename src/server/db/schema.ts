/** Every table of every module, for drizzle-kit and the typed query builder. */
export * from "../auth/auth.tables.ts";
export * from "../mail/mail.tables.ts";
export * from "../modules/calls/calls.files.tables.ts";
export * from "../modules/calls/calls.reviews.tables.ts";
export * from "../modules/calls/calls.slots.tables.ts";
export * from "../modules/calls/calls.tables.ts";
export * from "../modules/events/events.ical.tables.ts";
export * from "../modules/events/events.reminders.tables.ts";
export * from "../modules/events/events.tables.ts";
export * from "../modules/learning/learning.tables.ts";
export * from "../modules/organizations/organizations.tables.ts";
export * from "../modules/people/people.tables.ts";
export * from "../modules/programs/programs.tables.ts";
