/** Queues email in the outbox inside the caller's transaction, so a message exists exactly when its cause does. */
import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import type { OrgContext } from "../http/context.ts";
import { outboxMessages } from "./mail.tables.ts";

export type MailInput = {
  organizationId: string;
  recipient: string;
  locale: string;
  kind: string;
  subject: string;
  body: string;
};

export async function enqueueMail(db: Db, mail: MailInput) {
  await db.insert(outboxMessages).values(mail);
}

export async function listOutbox(ctx: OrgContext) {
  const rows = await ctx.db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.organizationId, ctx.organizationId))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(200);
  return rows.map((row) => ({
    id: row.id,
    recipient: row.recipient,
    locale: row.locale,
    kind: row.kind,
    subject: row.subject,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}
