/** Delivers the outbox: claims due messages with FOR UPDATE SKIP LOCKED, sends them over a transport, retries with backoff. */
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import type { Db } from "../db/client.ts";
import type { Clock } from "../http/context.ts";
import { periodicTask } from "../periodic-task.ts";
import { outboxMessages } from "./mail.tables.ts";

/** What the worker needs from nodemailer: `createTransport(SMTP_URL)` in production, `{ jsonTransport: true }` in tests. */
export type MailTransport = Pick<Transporter, "sendMail">;

export type MailWorkerOptions = {
  db: Db;
  transport: MailTransport;
  from: string;
  clock?: Clock;
  /** How many messages one claim takes. */
  batchSize?: number;
  intervalMs?: number;
  /** After this many failed attempts a message is marked failed (staff can resend it from the outbox). */
  maxAttempts?: number;
  /**
   * How long a claimed message is hidden from other workers while it is being sent. If the process dies
   * mid-send the message is still pending and becomes due again after the lease (at-least-once delivery).
   * Longer than the SMTP timeouts of a whole batch, so a live worker is never overtaken.
   */
  leaseMs?: number;
  log?: (message: string) => void;
};

export type MailRunResult = { sent: string[]; retrying: string[]; failed: string[] };

/** Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, 4 min … capped at one hour. */
export function retryDelayMs(attempts: number) {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

export function createMailWorker(options: MailWorkerOptions) {
  const {
    db,
    transport,
    from,
    clock = () => new Date(),
    batchSize = 10,
    intervalMs = 5_000,
    maxAttempts = 5,
    leaseMs = 15 * 60_000,
    log = console.error,
  } = options;

  /**
   * Takes up to `batchSize` due messages for this worker. The row locks (SKIP LOCKED: another worker's claim
   * is passed over, not waited for) last only as long as this short transaction; what keeps the claim is the
   * lease written into next_attempt_at, so no transaction stays open while SMTP talks.
   */
  async function claim() {
    const now = clock();
    return db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.status, "pending"), lte(outboxMessages.nextAttemptAt, now)))
        .orderBy(asc(outboxMessages.nextAttemptAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return [];
      await tx
        .update(outboxMessages)
        .set({ attempts: sql`${outboxMessages.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs) })
        .where(
          inArray(
            outboxMessages.id,
            due.map((row) => row.id),
          ),
        );
      return due.map((row) => ({ ...row, attempts: row.attempts + 1 }));
    });
  }

  async function deliver(message: Awaited<ReturnType<typeof claim>>[number], result: MailRunResult) {
    try {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        headers: { "Content-Language": message.locale },
      });
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const giveUp = message.attempts >= maxAttempts;
      await db
        .update(outboxMessages)
        .set(
          giveUp
            ? { status: "failed", lastError }
            : { lastError, nextAttemptAt: new Date(clock().getTime() + retryDelayMs(message.attempts)) },
        )
        .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "pending")));
      (giveUp ? result.failed : result.retrying).push(message.id);
      return;
    }
    // Sent: if the process dies before this update, the lease expires and the message goes once more (at-least-once).
    await db
      .update(outboxMessages)
      .set({ status: "sent", sentAt: clock() })
      .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.status, "pending")));
    result.sent.push(message.id);
  }

  /** One pass: claims and sends batches until nothing is due. */
  async function runOnce(): Promise<MailRunResult> {
    const result: MailRunResult = { sent: [], retrying: [], failed: [] };
    for (;;) {
      const batch = await claim();
      for (const message of batch) await deliver(message, result);
      if (batch.length < batchSize) return result;
    }
  }

  return {
    runOnce,
    /** Sends what is due now, then every `intervalMs` (a pass never overlaps the previous one); `stop` waits for it. */
    ...periodicTask("Mail worker", runOnce, intervalMs, log),
  };
}

export type MailWorker = ReturnType<typeof createMailWorker>;
