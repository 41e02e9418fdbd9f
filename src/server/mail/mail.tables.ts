/** The transactional outbox: every email is a row first, written in the same transaction as its cause. */
import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt, id } from "../db/columns.ts";
import { organizationRef } from "../modules/organizations/organizations.tables.ts";

export const outboxMessages = pgTable(
  "outbox_messages",
  {
    id: id(),
    organizationId: organizationRef(),
    recipient: text("recipient").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    kind: text("kind").notNull(),
    status: text("status").$type<"pending" | "sent" | "failed">().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /**
     * When the worker may take a pending message (next): now for a new one, later after a failure (backoff),
     * and a lease ahead while a worker is sending it, so a crash mid-send leaves it pending to be retried.
     */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (table) => [
    index("outbox_messages_organization_idx").on(table.organizationId, table.createdAt),
    index("outbox_messages_due_idx").on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
  ],
);
