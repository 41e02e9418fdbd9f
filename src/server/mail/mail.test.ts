import { eq, inArray } from "drizzle-orm";
import { createTransport } from "nodemailer";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { enqueueMail } from "./mail.service.ts";
import { outboxMessages } from "./mail.tables.ts";
import { createMailWorker, type MailTransport, retryDelayMs } from "./mail.worker.ts";

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let owner: { cookie: string };
let otherOwner: { cookie: string };
let participant: { cookie: string };
// Ahead of the wall clock, so that rows queued with the database default (now()) are already due.
let now = new Date("2030-01-01T10:00:00Z");
const clock = () => now;
const from = "Civic Hub <no-reply@example.org>";

/** nodemailer's own JSON transport, with a record of every message it produced. */
function jsonTransport() {
  const transport = createTransport({ jsonTransport: true });
  const sent: { to: string; subject: string; text: string; from: string }[] = [];
  const recording: MailTransport = {
    sendMail: async (mail: Parameters<MailTransport["sendMail"]>[0]) => {
      const info = await transport.sendMail(mail);
      const message = JSON.parse(info.message as string);
      sent.push({
        to: message.to[0].address,
        subject: message.subject,
        text: message.text,
        from: message.from.address,
      });
      return info;
    },
  } as MailTransport;
  return { transport: recording, sent };
}

/** A real SMTP transport aimed at a closed port: every send fails with a connection error. */
function refusingTransport() {
  return createTransport({ url: "smtp://127.0.0.1:1", connectionTimeout: 2_000 });
}

async function queue(organizationId: string, count: number, kind = "test") {
  const tag = `${kind}-${Math.random().toString(36).slice(2)}`;
  for (let i = 0; i < count; i++) {
    await enqueueMail(t.database.db, {
      organizationId,
      recipient: `person${i}@example.org`,
      locale: "he",
      kind,
      subject: `${tag} ${i}`,
      body: `שלום ${i}`,
    });
  }
  const rows = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.kind, kind));
  return rows.filter((row) => row.subject.startsWith(tag));
}

async function rowsOf(ids: string[]) {
  return t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.id, ids));
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("mail-org")).id;
  otherOrgId = (await t.createOrganization("mail-other")).id;
  owner = await t.memberOf(orgId, "owner");
  otherOwner = await t.memberOf(otherOrgId, "owner");
  participant = await t.memberOf(orgId, "participant");
});

describe("mail worker", () => {
  test("sends pending messages through the JSON transport and marks them sent", async () => {
    const rows = await queue(orgId, 3, "send");
    const { transport, sent } = jsonTransport();
    const worker = createMailWorker({ db: t.database.db, transport, from, clock });
    const result = await worker.runOnce();
    expect(result.sent.sort()).toEqual(rows.map((row) => row.id).sort());
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatchObject({ from: "no-reply@example.org", text: expect.stringContaining("שלום") });
    for (const row of await rowsOf(rows.map((row) => row.id))) {
      expect(row.status).toBe("sent");
      expect(row.sentAt?.toISOString()).toBe(now.toISOString());
      expect(row.attempts).toBe(1);
    }
    // Nothing is due any more: a second pass sends nothing.
    expect((await worker.runOnce()).sent).toEqual([]);
    expect(sent).toHaveLength(3);
  });

  test("a failing transport records the error, retries with backoff, then marks the message failed", async () => {
    const [row] = await queue(orgId, 1, "fail");
    const worker = createMailWorker({ db: t.database.db, transport: refusingTransport(), from, clock, maxAttempts: 3 });

    expect((await worker.runOnce()).retrying).toEqual([row.id]);
    let [stored] = await rowsOf([row.id]);
    expect(stored).toMatchObject({ status: "pending", attempts: 1 });
    expect(stored.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(stored.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelayMs(1));

    // Not due before the backoff has passed.
    expect(await worker.runOnce()).toEqual({ sent: [], retrying: [], failed: [] });
    now = new Date(now.getTime() + retryDelayMs(1));
    expect((await worker.runOnce()).retrying).toEqual([row.id]);
    now = new Date(now.getTime() + retryDelayMs(2));
    expect((await worker.runOnce()).failed).toEqual([row.id]);
    [stored] = await rowsOf([row.id]);
    expect(stored).toMatchObject({ status: "failed", attempts: 3 });
    expect(stored.lastError).toBeTruthy();

    now = new Date(now.getTime() + 24 * 3_600_000);
    expect((await worker.runOnce()).failed).toEqual([]);
  });

  test("a crash mid-send leaves the message pending; it goes again after the lease", async () => {
    const [row] = await queue(orgId, 1, "crash");
    const dying = createMailWorker({
      db: t.database.db,
      transport: {
        sendMail: () => new Promise(() => {}), // the process "dies" here: the send never returns
      } as unknown as MailTransport,
      from,
      clock,
      leaseMs: 60_000,
    });
    void dying.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 200));
    let [stored] = await rowsOf([row.id]);
    expect(stored.status).toBe("pending");

    const { transport, sent } = jsonTransport();
    const survivor = createMailWorker({ db: t.database.db, transport, from, clock });
    expect((await survivor.runOnce()).sent).toEqual([]); // still leased to the dead worker
    now = new Date(now.getTime() + 60_000);
    expect((await survivor.runOnce()).sent).toEqual([row.id]);
    [stored] = await rowsOf([row.id]);
    expect(stored).toMatchObject({ status: "sent", attempts: 2 });
    expect(sent).toHaveLength(1);
  });

  test("two workers running at once never send the same message twice", async () => {
    const rows = await queue(orgId, 40, "race");
    const one = jsonTransport();
    const two = jsonTransport();
    const options = { db: t.database.db, from, clock, batchSize: 3 };
    const [a, b] = await Promise.all([
      createMailWorker({ ...options, transport: one.transport }).runOnce(),
      createMailWorker({ ...options, transport: two.transport }).runOnce(),
    ]);
    const sentIds = [...a.sent, ...b.sent];
    expect(new Set(sentIds).size).toBe(sentIds.length);
    expect(sentIds.sort()).toEqual(rows.map((row) => row.id).sort());
    const subjects = [...one.sent, ...two.sent].map((mail) => mail.subject);
    expect(new Set(subjects).size).toBe(40);
    expect(subjects).toHaveLength(40);
    for (const row of await rowsOf(rows.map((row) => row.id)))
      expect(row).toMatchObject({ status: "sent", attempts: 1 });
  });
});

describe("resend from the outbox", () => {
  test("staff put a failed or sent message back to pending, keeping the last error", async () => {
    const [failed] = await queue(orgId, 1, "resend");
    const worker = createMailWorker({ db: t.database.db, transport: refusingTransport(), from, clock, maxAttempts: 1 });
    expect((await worker.runOnce()).failed).toEqual([failed.id]);

    const response = await t.call("POST", `/api/orgs/${orgId}/outbox/${failed.id}/resend`, { cookie: owner.cookie });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; attempts: number; lastError: string | null };
    expect(body).toMatchObject({ status: "pending", attempts: 0 });
    expect(body.lastError).toBeTruthy();

    const { transport, sent } = jsonTransport();
    expect((await createMailWorker({ db: t.database.db, transport, from, clock }).runOnce()).sent).toEqual([failed.id]);
    expect(sent).toHaveLength(1);

    // A sent message can be sent again too.
    const again = await t.call("POST", `/api/orgs/${orgId}/outbox/${failed.id}/resend`, { cookie: owner.cookie });
    expect(again.status).toBe(200);
    const outbox = (await (await t.call("GET", `/api/orgs/${orgId}/outbox`, { cookie: owner.cookie })).json()) as {
      id: string;
      status: string;
      lastError: string | null;
    }[];
    expect(outbox.find((message) => message.id === failed.id)).toMatchObject({ status: "pending" });
  });

  test("a message already pending is a 409", async () => {
    const [pending] = await queue(orgId, 1, "pending");
    const response = await t.call("POST", `/api/orgs/${orgId}/outbox/${pending.id}/resend`, { cookie: owner.cookie });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { code: string }).code).toBe("errors.outboxAlreadyPending");
  });

  test("another organization's message is a 404; a participant is refused with 403", async () => {
    const [theirs] = await queue(otherOrgId, 1, "theirs");
    await t.database.db.update(outboxMessages).set({ status: "failed" }).where(eq(outboxMessages.id, theirs.id));
    const across = await t.call("POST", `/api/orgs/${orgId}/outbox/${theirs.id}/resend`, { cookie: owner.cookie });
    expect(across.status).toBe(404);
    const [stored] = await rowsOf([theirs.id]);
    expect(stored.status).toBe("failed");

    const ownResponse = await t.call("POST", `/api/orgs/${otherOrgId}/outbox/${theirs.id}/resend`, {
      cookie: otherOwner.cookie,
    });
    expect(ownResponse.status).toBe(200);

    const [mine] = await queue(orgId, 1, "mine");
    const refused = await t.call("POST", `/api/orgs/${orgId}/outbox/${mine.id}/resend`, { cookie: participant.cookie });
    expect(refused.status).toBe(403);
  });
});
