/** Which reminders were queued in the outbox: one per registration and event start, so a sweep sends each exactly once. */
import { pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { eventRegistrations } from "./events.tables.ts";

export const eventReminders = pgTable(
  "event_reminders",
  {
    id: id(),
    organizationId: organizationRef(),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: "cascade" }),
    /** The start the reminder announced: a moved event has a new start, so its registrants are reminded again. */
    eventStartsAt: timestamp("event_starts_at", { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique("event_reminders_one_per_start").on(table.registrationId, table.eventStartsAt)],
);
