/** Queues email in the outbox inside the caller's transaction, so a message exists exactly when its cause does. */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import type { OrgContext } from "../http/context.ts";
import { Conflict, NotFound } from "../http/errors.ts";
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
  return rows.map(toOutboxMessage);
}

/**
 * Staff send a sent or failed message again: back to pending with a fresh count of attempts, due now.
 * last_error and sent_at stay as a record of what happened before. A pending message is refused (409): a worker
 * may be sending it right now, and making it due again could send it twice.
 */
export async function resendMail(ctx: OrgContext, messageId: string) {
  const [row] = await ctx.db
    .update(outboxMessages)
    .set({ status: "pending", attempts: 0, nextAttemptAt: ctx.clock() })
    .where(
      and(
        eq(outboxMessages.organizationId, ctx.organizationId),
        eq(outboxMessages.id, messageId),
        inArray(outboxMessages.status, ["sent", "failed"]),
      ),
    )
    .returning();
  if (row) return toOutboxMessage(row);
  const [existing] = await ctx.db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, ctx.organizationId), eq(outboxMessages.id, messageId)));
  if (!existing) throw new NotFound("message");
  throw new Conflict("errors.outboxAlreadyPending", "This message is already waiting to be sent");
}

function toOutboxMessage(row: typeof outboxMessages.$inferSelect) {
  return {
    id: row.id,
    recipient: row.recipient,
    locale: row.locale,
    kind: row.kind,
    subject: row.subject,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
