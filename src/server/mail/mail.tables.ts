/** The transactional outbox: every email is a row first, written in the same transaction as its cause. */
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
    createdAt: createdAt(),
  },
  (table) => [index("outbox_messages_organization_idx").on(table.organizationId, table.createdAt)],
);
