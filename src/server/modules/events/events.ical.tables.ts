/** Secret addresses of the private calendar feed of a cohort: whoever holds the token can subscribe. */
import { pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { cohorts } from "../programs/programs.tables.ts";

/**
 * One token per cohort, stored as it is (not hashed) because staff copy the feed address again later.
 * Rotating replaces it, so every old subscription stops at once.
 */
export const calendarFeedTokens = pgTable(
  "calendar_feed_tokens",
  {
    organizationId: organizationRef(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    rotatedAt: timestamp("rotated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ name: "calendar_feed_tokens_pk", columns: [table.organizationId, table.cohortId] }),
    unique("calendar_feed_tokens_one_per_cohort").on(table.cohortId),
  ],
);
