import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { readConfig } from "../../config.ts";
import { eventRegistrations, events, outboxMessages, people } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { createEventReminderSweep, queueDueEventReminders, reminderLeadMs } from "./events.reminders.service.ts";

let t: TestApp;
let orgId: string;
let now = new Date("2026-11-23T10:00:00Z");
const registeredAt = new Date("2026-11-20T09:00:00Z");
const minutes = (count: number) => count * 60_000;
const days = (count: number) => count * 24 * 3_600_000;

const config = { ...readConfig({}), baseUrl: "https://hub.example.org" };

function sweep() {
  return queueDueEventReminders({ db: t.database.db, clock: () => now, config });
}

async function person(fullName: string, email: string | null) {
  const [row] = await t.database.db
    .insert(people)
    .values({ organizationId: orgId, fullName, email, searchKey: fullName.toLowerCase() })
    .returning();
  return row.id;
}

async function event(startsAt: Date, values: Partial<typeof events.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(events)
    .values({
      organizationId: orgId,
      kind: "seminar",
      title: { en: "Civic leadership seminar", he: "סמינר מנהיגות אזרחית", ka: "სამოქალაქო ლიდერობის სემინარი" },
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes(120)),
      timeZone: "Asia/Jerusalem",
      venueName: "Community centre",
      city: "Ashdod",
      country: "IL",
      registration: "open",
      isPublic: true,
      ...values,
    })
    .returning();
  return row;
}

async function register(
  eventId: string,
  personId: string,
  values: Partial<typeof eventRegistrations.$inferInsert> = {},
) {
  const [row] = await t.database.db
    .insert(eventRegistrations)
    .values({ organizationId: orgId, eventId, personId, status: "registered", locale: "en", registeredAt, ...values })
    .returning();
  return row.id;
}

async function remindersTo(recipient: string) {
  return t.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.kind, "event.reminder"), eq(outboxMessages.recipient, recipient)));
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("reminders-org")).id;
});

describe("reminders about 24 hours before an event", () => {
  test("each registered person gets exactly one, in their language, when 24 hours remain", async () => {
    const start = new Date("2026-12-10T16:00:00Z");
    const { id } = await event(start);
    const dana = await register(id, await person("Dana Levi", "dana@example.org"), { locale: "he" });
    const nino = await register(id, await person("Nino Beridze", "nino@example.org"), { locale: "ka" });
    await register(id, await person("Waiting Person", "waiting@example.org"), { status: "waitlisted" });
    await register(id, await person("Gone Person", "gone@example.org"), { status: "cancelled" });
    await register(id, await person("No Email", null));
    // Registered after the reminder moment: the confirmation has just told them everything.
    await register(id, await person("Late Comer", "late@example.org"), {
      registeredAt: new Date(start.getTime() - reminderLeadMs + minutes(30)),
    });

    now = new Date(start.getTime() - reminderLeadMs - minutes(1));
    expect(await sweep()).toEqual([]);

    now = new Date(start.getTime() - reminderLeadMs);
    expect((await sweep()).sort()).toEqual([dana, nino].sort());
    now = new Date(start.getTime() - minutes(30));
    expect(await sweep()).toEqual([]);

    const [hebrew] = await remindersTo("dana@example.org");
    expect(hebrew.locale).toBe("he");
    expect(hebrew.subject).toContain("תזכורת: סמינר מנהיגות אזרחית");
    expect(hebrew.body).toContain("Community centre, Ashdod, ישראל");
    expect(hebrew.body).toContain(`https://hub.example.org/api/public/events/${id}.ics?lang=he`);
    const [georgian] = await remindersTo("nino@example.org");
    expect(georgian.subject).toContain("სამოქალაქო ლიდერობის სემინარი");
    expect(georgian.body).toContain("18:00");
    for (const nobody of ["waiting@example.org", "gone@example.org", "late@example.org"])
      expect(await remindersTo(nobody)).toEqual([]);

    // After the start nothing more is sent.
    now = new Date(start.getTime() + minutes(1));
    expect(await sweep()).toEqual([]);
    expect(await remindersTo("dana@example.org")).toHaveLength(1);
  });

  test("two sweeps at once queue each reminder once", async () => {
    const start = new Date("2026-12-12T08:00:00Z");
    const { id } = await event(start);
    const registrations: string[] = [];
    for (let index = 0; index < 5; index++)
      registrations.push(await register(id, await person(`Parallel ${index}`, `parallel${index}@example.org`)));
    now = new Date(start.getTime() - days(1) + minutes(5));
    const [one, two] = await Promise.all([sweep(), sweep()]);
    expect([...one, ...two].sort()).toEqual(registrations.sort());
    for (let index = 0; index < 5; index++) expect(await remindersTo(`parallel${index}@example.org`)).toHaveLength(1);
  });

  test("none for a cancelled event", async () => {
    const start = new Date("2026-12-14T08:00:00Z");
    const { id } = await event(start, { status: "cancelled" });
    await register(id, await person("Cancelled Event Guest", "cancelled-event@example.org"));
    now = new Date(start.getTime() - minutes(60));
    expect(await sweep()).toEqual([]);
    expect(await remindersTo("cancelled-event@example.org")).toEqual([]);
  });

  test("a registration cancelled before the reminder gets none; one promoted from the waitlist gets it", async () => {
    const start = new Date("2026-12-16T08:00:00Z");
    const { id } = await event(start);
    const leaving = await register(id, await person("Leaving Guest", "leaving@example.org"));
    const promoted = await register(id, await person("Promoted Guest", "promoted@example.org"), {
      status: "waitlisted",
    });
    await t.database.db
      .update(eventRegistrations)
      .set({ status: "cancelled", cancelledAt: now })
      .where(eq(eventRegistrations.id, leaving));
    await t.database.db
      .update(eventRegistrations)
      .set({ status: "registered" })
      .where(eq(eventRegistrations.id, promoted));
    now = new Date(start.getTime() - days(1));
    expect(await sweep()).toEqual([promoted]);
    expect(await remindersTo("leaving@example.org")).toEqual([]);
  });

  test("a moved event: the reminder follows the new time, and a move after it was sent brings a new one", async () => {
    const start = new Date("2026-12-18T08:00:00Z");
    const { id } = await event(start);
    const guest = await register(id, await person("Moving Guest", "moving@example.org"));
    const moveTo = async (startsAt: Date) =>
      t.database.db
        .update(events)
        .set({ startsAt, endsAt: new Date(startsAt.getTime() + minutes(120)) })
        .where(eq(events.id, id));

    const later = new Date(start.getTime() + days(2));
    now = new Date(start.getTime() - days(3));
    await moveTo(later);
    now = new Date(start.getTime() - days(1) + minutes(1));
    expect(await sweep()).toEqual([]);
    now = new Date(later.getTime() - days(1));
    expect(await sweep()).toEqual([guest]);
    expect(await sweep()).toEqual([]);

    // Moved again once the reminder had gone: the guest is told the new time, once.
    const evenLater = new Date(later.getTime() + days(1));
    await moveTo(evenLater);
    now = new Date(evenLater.getTime() - days(1) + minutes(10));
    expect(await sweep()).toEqual([guest]);
    expect(await sweep()).toEqual([]);
    const sent = await remindersTo("moving@example.org");
    expect(sent).toHaveLength(2);
  });

  test("the running sweep queues what falls due without anyone calling it", async () => {
    const start = new Date("2026-12-24T08:00:00Z");
    const { id } = await event(start);
    await register(id, await person("Background Guest", "background@example.org"));
    now = new Date(start.getTime() - days(1) + minutes(1));
    const running = createEventReminderSweep({ db: t.database.db, clock: () => now, config, intervalMs: 20 });
    running.start();
    await expect.poll(async () => (await remindersTo("background@example.org")).length).toBe(1);
    await running.stop();
  });
});
