import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { courseModules, courses, eventRegistrations, outboxMessages } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let slug: string;
let manager: { cookie: string };

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: "seminar",
    title: { en: "Leading change", he: "להוביל שינוי" },
    description: { en: "An evening seminar" },
    startsAt: "2026-12-10T16:00:00Z",
    endsAt: "2026-12-10T18:00:00Z",
    timeZone: "Asia/Jerusalem",
    venueName: "Community centre",
    city: "Ashdod",
    country: "IL",
    sectors: ["civil_society", "government"],
    registration: "open",
    capacity: 30,
    isPublic: true,
    ...overrides,
  };
}

async function planEvent(overrides: Record<string, unknown> = {}, cookie = manager.cookie, organizationId = orgId) {
  const response = await t.call("POST", `/api/orgs/${organizationId}/events`, { cookie, body: eventBody(overrides) });
  expect(response.status).toBe(201);
  return json(response);
}

function registerPublicly(eventId: string, index: number, overrides: Record<string, unknown> = {}) {
  return t.call("POST", `/api/public/events/${eventId}/registrations`, {
    body: {
      fullName: `Visitor ${index}`,
      email: `visitor${index}@example.org`,
      locale: "en",
      consent: true,
      ...overrides,
    },
  });
}

async function mailsTo(recipient: string) {
  return t.database.db
    .select()
    .from(outboxMessages)
    .where(and(eq(outboxMessages.organizationId, orgId), eq(outboxMessages.recipient, recipient)));
}

function linkOf(body: string) {
  const match = body.match(/\/events\/registrations\/([0-9a-f-]+)\/cancel\?token=([\w%-]+)/);
  if (!match) throw new Error(`no cancellation link in ${body}`);
  return { registrationId: match[1], token: decodeURIComponent(match[2]) };
}

beforeAll(async () => {
  t = await createTestApp();
  slug = "ashdod-events";
  const organization = await t.createOrganization(slug);
  orgId = organization.id;
  manager = await t.memberOf(orgId, "program_manager");
});

describe("event kinds", () => {
  test("an organization adds its own kind, uses it, and cannot delete it while events use it", async () => {
    const added = await t.call("POST", `/api/orgs/${orgId}/event-kinds`, {
      cookie: manager.cookie,
      body: { key: "youth_parliament", name: { en: "Youth parliament", he: "פרלמנט נוער" } },
    });
    expect(added.status).toBe(201);
    const kind = await json(added);
    expect(kind).toMatchObject({ key: "youth_parliament", builtIn: false, eventCount: 0 });
    await planEvent({ kind: "youth_parliament" });
    const kinds = await json(await t.call("GET", `/api/orgs/${orgId}/event-kinds`, { cookie: manager.cookie }));
    expect(kinds.find((candidate: any) => candidate.key === "weekly_meeting")).toMatchObject({ builtIn: true });
    expect(kinds.find((candidate: any) => candidate.key === "youth_parliament").eventCount).toBe(1);
    const renamed = await t.call("PUT", `/api/orgs/${orgId}/event-kinds/${kind.id}`, {
      cookie: manager.cookie,
      body: { name: { en: "Youth assembly" } },
    });
    expect((await json(renamed)).name.en).toBe("Youth assembly");
    const removal = await t.call("DELETE", `/api/orgs/${orgId}/event-kinds/${kind.id}`, { cookie: manager.cookie });
    expect(removal.status).toBe(409);
    expect((await json(removal)).code).toBe("errors.eventKindInUse");
  });

  test("an unused kind can be deleted; a taken key is refused", async () => {
    const kind = await json(
      await t.call("POST", `/api/orgs/${orgId}/event-kinds`, {
        cookie: manager.cookie,
        body: { key: "hackathon", name: { en: "Hackathon" } },
      }),
    );
    const again = await t.call("POST", `/api/orgs/${orgId}/event-kinds`, {
      cookie: manager.cookie,
      body: { key: "hackathon", name: { en: "Hackathon" } },
    });
    expect(again.status).toBe(409);
    const builtIn = await t.call("POST", `/api/orgs/${orgId}/event-kinds`, {
      cookie: manager.cookie,
      body: { key: "seminar", name: { en: "Seminar" } },
    });
    expect(builtIn.status).toBe(409);
    const removal = await t.call("DELETE", `/api/orgs/${orgId}/event-kinds/${kind.id}`, { cookie: manager.cookie });
    expect(removal.status).toBe(200);
  });

  test("an event of a kind the organization does not have is refused at json.kind", async () => {
    const response = await t.call("POST", `/api/orgs/${orgId}/events`, {
      cookie: manager.cookie,
      body: eventBody({ kind: "rave" }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({ path: "json.kind", code: "errors.unknownEventKind" });
  });
});

describe("planning events", () => {
  test("a manager plans an event and reads it back with its counts", async () => {
    const event = await planEvent();
    expect(event).toMatchObject({
      kind: "seminar",
      timeZone: "Asia/Jerusalem",
      country: "IL",
      sectors: ["civil_society", "government"],
      registeredCount: 0,
      waitlistedCount: 0,
      status: "scheduled",
      seriesId: null,
    });
    const read = await json(await t.call("GET", `/api/orgs/${orgId}/events/${event.id}`, { cookie: manager.cookie }));
    expect(read.title.he).toBe("להוביל שינוי");
  });

  test.each([
    [{ endsAt: "2026-12-10T16:00:00Z" }, "json.endsAt", "errors.endsBeforeStart"],
    [{ timeZone: "Mars/Olympus_Mons" }, "json.timeZone", "errors.unknownTimeZone"],
    [{ country: "Israel" }, "json.country", "errors.invalid_format"],
    [{ onlineUrl: "ftp://example.org/room" }, "json.onlineUrl", "errors.invalid_format"],
    [{ capacity: 0 }, "json.capacity", "errors.too_small"],
    [{ sectors: ["church"] }, "json.sectors.0", "errors.invalid_value"],
  ])("bad input %j is refused at its field", async (overrides, path, code) => {
    const response = await t.call("POST", `/api/orgs/${orgId}/events`, {
      cookie: manager.cookie,
      body: eventBody(overrides),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  test("an online event takes an https link", async () => {
    const event = await planEvent({
      onlineUrl: "https://meet.example.org/leading-change",
      venueName: null,
      city: null,
    });
    expect(event.onlineUrl).toBe("https://meet.example.org/leading-change");
  });

  test("another organization's program or cohort is refused", async () => {
    const other = await t.createOrganization("other-programs");
    const owner = await t.memberOf(other.id, "owner");
    const program = await json(
      await t.call("POST", `/api/orgs/${other.id}/programs`, {
        cookie: owner.cookie,
        body: { type: "fellowship", name: { en: "Theirs" } },
      }),
    );
    const response = await t.call("POST", `/api/orgs/${orgId}/events`, {
      cookie: manager.cookie,
      body: eventBody({ programId: program.id }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.programId");
  });

  test("an event links to its program and cohort; the program follows from the cohort", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, {
        cookie: manager.cookie,
        body: { type: "fellowship", name: { en: "Fellowship" } },
      }),
    );
    const cohort = await json(
      await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
        cookie: manager.cookie,
        body: {
          programId: program.id,
          name: { en: "2027" },
          startsOn: "2026-11-01",
          endsOn: "2027-07-31",
          capacity: 20,
        },
      }),
    );
    const event = await planEvent({ cohortId: cohort.id });
    expect(event).toMatchObject({ programId: program.id, cohortId: cohort.id });
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events?cohortId=${cohort.id}`, { cookie: manager.cookie }),
    );
    expect(list.items.map((item: any) => item.id)).toEqual([event.id]);
  });

  test("a module of any organization's published course can be delivered; an unpublished one cannot", async () => {
    const lead = await t.createOrganization("academy-lead");
    const [published] = await t.database.db
      .insert(courses)
      .values({ organizationId: lead.id, title: { en: "Civic skills" }, isPublished: true })
      .returning();
    const [draft] = await t.database.db
      .insert(courses)
      .values({ organizationId: lead.id, title: { en: "Draft" }, isPublished: false })
      .returning();
    const [module] = await t.database.db
      .insert(courseModules)
      .values({ organizationId: lead.id, courseId: published.id, position: 1, title: { en: "Module 1" } })
      .returning();
    const [hidden] = await t.database.db
      .insert(courseModules)
      .values({ organizationId: lead.id, courseId: draft.id, position: 1, title: { en: "Hidden" } })
      .returning();
    const deliverable = await json(
      await t.call("GET", `/api/orgs/${orgId}/deliverable-course-modules`, { cookie: manager.cookie }),
    );
    expect(deliverable.map((row: any) => row.id)).toContain(module.id);
    expect(deliverable.map((row: any) => row.id)).not.toContain(hidden.id);
    const event = await planEvent({ kind: "field_workshop", courseModuleId: module.id });
    expect(event.courseModuleId).toBe(module.id);
    const refused = await t.call("POST", `/api/orgs/${orgId}/events`, {
      cookie: manager.cookie,
      body: eventBody({ courseModuleId: hidden.id }),
    });
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors[0].path).toBe("json.courseModuleId");
  });

  test("the list filters by time and kind and pages", async () => {
    const other = await t.createOrganization("list-org");
    const owner = await t.memberOf(other.id, "owner");
    for (const day of [1, 2, 3, 4, 5]) {
      await planEvent(
        {
          kind: day % 2 ? "workshop" : "webinar",
          startsAt: `2027-01-0${day}T10:00:00Z`,
          endsAt: `2027-01-0${day}T12:00:00Z`,
        },
        owner.cookie,
        other.id,
      );
    }
    const page = await json(
      await t.call("GET", `/api/orgs/${other.id}/events?from=2027-01-02T00:00:00Z&pageSize=2&page=2`, {
        cookie: owner.cookie,
      }),
    );
    expect(page.total).toBe(4);
    expect(page.items.map((item: any) => item.startsAt)).toEqual([
      "2027-01-04T10:00:00.000Z",
      "2027-01-05T10:00:00.000Z",
    ]);
    const webinars = await json(
      await t.call("GET", `/api/orgs/${other.id}/events?kind=webinar&order=desc`, { cookie: owner.cookie }),
    );
    expect(webinars.items.map((item: any) => item.startsAt)).toEqual([
      "2027-01-04T10:00:00.000Z",
      "2027-01-02T10:00:00.000Z",
    ]);
  });
});

describe("weekly series", () => {
  test("an 18:00 weekly meeting in Jerusalem stays at 18:00 local time across the change of daylight time", async () => {
    const response = await t.call("POST", `/api/orgs/${orgId}/event-series`, {
      cookie: manager.cookie,
      body: eventBody({
        kind: "weekly_meeting",
        startsAt: "2026-10-13T18:00:00+03:00",
        endsAt: "2026-10-13T20:00:00+03:00",
        rule: "FREQ=WEEKLY;UNTIL=20261110",
      }),
    });
    expect(response.status).toBe(201);
    const series = await json(response);
    expect(series.occurrences.map((event: any) => event.startsAt)).toEqual([
      "2026-10-13T15:00:00.000Z",
      "2026-10-20T15:00:00.000Z",
      "2026-10-27T16:00:00.000Z",
      "2026-11-03T16:00:00.000Z",
      "2026-11-10T16:00:00.000Z",
    ]);
    const local = series.occurrences.map((event: any) =>
      new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jerusalem", timeStyle: "short" }).format(
        new Date(event.startsAt),
      ),
    );
    expect(new Set(local)).toEqual(new Set(["18:00"]));
    expect(series.occurrences.every((event: any) => event.seriesId === series.id)).toBe(true);
  });

  test.each([
    ["FREQ=WEEKLY", "errors.ruleNeedsEnd"],
    ["FREQ=WEEKLY;UNTIL=20350101", "errors.tooManyOccurrences"],
    ["FREQ=YEARLY;COUNT=3", "errors.invalidRule"],
    ["FREQ=WEEKLY;COUNT=3;BYSETPOS=1", "errors.invalidRule"],
    ["not a rule", "errors.invalidRule"],
  ])("the rule %s is refused with %s", async (rule, code) => {
    const response = await t.call("POST", `/api/orgs/${orgId}/event-series`, {
      cookie: manager.cookie,
      body: eventBody({ rule }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({ path: "json.rule", code });
  });

  test("one occurrence is edited on its own, another cancelled; a series edit changes only future attached ones", async () => {
    t.setNow(new Date("2026-12-01T10:00:00Z"));
    const series = await json(
      await t.call("POST", `/api/orgs/${orgId}/event-series`, {
        cookie: manager.cookie,
        body: eventBody({
          kind: "weekly_meeting",
          startsAt: "2026-11-24T18:00:00+02:00",
          endsAt: "2026-11-24T20:00:00+02:00",
          rule: "FREQ=WEEKLY;COUNT=5",
        }),
      }),
    );
    const [past, moved, cancelled, ...rest] = series.occurrences;
    const edit = await t.call("PUT", `/api/orgs/${orgId}/events/${moved.id}`, {
      cookie: manager.cookie,
      body: eventBody({
        kind: "weekly_meeting",
        title: { en: "Special meeting" },
        startsAt: "2026-12-02T17:00:00Z",
        endsAt: "2026-12-02T19:00:00Z",
      }),
    });
    expect((await json(edit)).detachedFromSeries).toBe(true);
    const cancel = await t.call("POST", `/api/orgs/${orgId}/events/${cancelled.id}/cancel`, { cookie: manager.cookie });
    expect((await json(cancel)).status).toBe("cancelled");
    const changed = await json(
      await t.call("PUT", `/api/orgs/${orgId}/event-series/${series.id}`, {
        cookie: manager.cookie,
        body: {
          ...eventBody({ kind: "weekly_meeting", title: { en: "Fellows' evening" } }),
          startTime: "19:30",
          durationMinutes: 90,
        },
      }),
    );
    const byId = new Map(changed.occurrences.map((event: any) => [event.id, event]));
    expect((byId.get(past.id) as any).startsAt).toBe(past.startsAt);
    expect((byId.get(past.id) as any).title.en).toBe("Leading change");
    expect((byId.get(moved.id) as any).title.en).toBe("Special meeting");
    expect((byId.get(cancelled.id) as any).status).toBe("cancelled");
    for (const occurrence of rest) {
      const after = byId.get(occurrence.id) as any;
      expect(after.title.en).toBe("Fellows' evening");
      expect(new Date(after.startsAt).toISOString().slice(11, 16)).toBe("17:30");
      expect(Date.parse(after.endsAt) - Date.parse(after.startsAt)).toBe(90 * 60_000);
    }
    t.setNow(new Date("2026-11-23T10:00:00Z"));
  });

  test("ending a series removes future occurrences and cancels those with registrants", async () => {
    const series = await json(
      await t.call("POST", `/api/orgs/${orgId}/event-series`, {
        cookie: manager.cookie,
        body: eventBody({ rule: "FREQ=WEEKLY;COUNT=4", registration: "open" }),
      }),
    );
    const registered = await registerPublicly(series.occurrences[3].id, 900);
    expect(registered.status).toBe(201);
    const removal = await json(
      await t.call("DELETE", `/api/orgs/${orgId}/event-series/${series.id}/future`, { cookie: manager.cookie }),
    );
    expect(removal).toEqual({ deleted: 3, cancelled: 1 });
    const after = await json(
      await t.call("GET", `/api/orgs/${orgId}/event-series/${series.id}`, { cookie: manager.cookie }),
    );
    expect(after.occurrences.map((event: any) => event.status)).toEqual(["cancelled"]);
    expect((await mailsTo("visitor900@example.org")).map((mail) => mail.kind)).toContain("event.cancelled");
  });
});

describe("registration", () => {
  test("100 parallel public registrations into 10 seats: exactly 10 registered and 90 waitlisted", async () => {
    const event = await planEvent({ capacity: 10 });
    const responses = await Promise.all(Array.from({ length: 100 }, (_, index) => registerPublicly(event.id, index)));
    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(201));
    const results = await Promise.all(responses.map(json));
    expect(results.filter((result) => result.status === "registered")).toHaveLength(10);
    const waitlisted = results.filter((result) => result.status === "waitlisted");
    expect(waitlisted.map((result) => result.waitlistPosition).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 90 }, (_, index) => index + 1),
    );
    const read = await json(await t.call("GET", `/api/orgs/${orgId}/events/${event.id}`, { cookie: manager.cookie }));
    expect(read).toMatchObject({ registeredCount: 10, waitlistedCount: 90 });
  });

  test("the same email twice is refused as already registered", async () => {
    const event = await planEvent();
    expect((await registerPublicly(event.id, 500)).status).toBe(201);
    const again = await registerPublicly(event.id, 500, { email: "VISITOR500@example.org" });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("errors.alreadyRegistered");
  });

  test.each([
    [{ startsAt: "2026-11-01T10:00:00Z", endsAt: "2026-11-01T12:00:00Z" }, "errors.eventPast"],
    [{ registration: "none" }, "errors.registrationClosed"],
    [{ registration: "invite_only" }, "errors.eventInviteOnly"],
  ])("registering for an event %j is refused with %s", async (overrides, code) => {
    const event = await planEvent(overrides);
    const response = await registerPublicly(event.id, 600);
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe(code);
  });

  test("a cancelled event takes no registrations, and its registrants are told in their language", async () => {
    const event = await planEvent();
    await registerPublicly(event.id, 700, { locale: "he" });
    const cancel = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/cancel`, { cookie: manager.cookie });
    expect(cancel.status).toBe(200);
    const mails = await mailsTo("visitor700@example.org");
    const notice = mails.find((mail) => mail.kind === "event.cancelled");
    expect(notice?.locale).toBe("he");
    expect(notice?.subject).toContain("בוטל");
    const late = await registerPublicly(event.id, 701);
    expect(late.status).toBe(409);
    expect((await json(late)).code).toBe("errors.eventCancelled");
  });

  test("a public registration needs consent and a name unless signed in", async () => {
    const event = await planEvent();
    const withoutConsent = await registerPublicly(event.id, 800, { consent: false });
    expect(withoutConsent.status).toBe(400);
    expect((await json(withoutConsent)).errors[0].path).toBe("json.consent");
    const anonymous = await t.call("POST", `/api/public/events/${event.id}/registrations`, {
      body: { locale: "en", consent: true },
    });
    expect((await json(anonymous)).errors[0].path).toBe("json.fullName");
    const user = await t.signUp("Signed In Person");
    const signedIn = await t.call("POST", `/api/public/events/${event.id}/registrations`, {
      cookie: user.cookie,
      body: { locale: "el", consent: true },
    });
    expect(signedIn.status).toBe(201);
    const registration = await json(signedIn);
    const mine = await t.call("POST", `/api/my/event-registrations/${registration.id}/cancel`, { cookie: user.cookie });
    expect((await json(mine)).status).toBe("cancelled");
    const stranger = await t.signUp();
    const notMine = await t.call("POST", `/api/my/event-registrations/${registration.id}/cancel`, {
      cookie: stranger.cookie,
    });
    expect(notMine.status).toBe(404);
  });

  test("confirmation emails say registered or waitlisted, in the registrant's language and the event's time zone", async () => {
    const event = await planEvent({ capacity: 1, startsAt: "2026-12-10T16:00:00Z", endsAt: "2026-12-10T18:00:00Z" });
    await registerPublicly(event.id, 1000, { locale: "el" });
    await registerPublicly(event.id, 1001, { locale: "sl" });
    const [greek] = await mailsTo("visitor1000@example.org");
    expect(greek).toMatchObject({ kind: "event.registered", locale: "el" });
    expect(greek.subject).toContain("Η εγγραφή σας επιβεβαιώθηκε");
    expect(greek.body).toContain("6:00");
    const [slovene] = await mailsTo("visitor1001@example.org");
    expect(slovene).toMatchObject({ kind: "event.waitlisted", locale: "sl" });
    expect(slovene.body).toContain("čakalnem seznamu");
    expect(slovene.body).toContain("18:00");
    const [stored] = await t.database.db
      .select({ hash: eventRegistrations.cancelTokenHash })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.id, linkOf(greek.body).registrationId));
    expect(stored.hash).not.toContain(linkOf(greek.body).token);
  });

  test("cancelling with the email link frees the seat for the oldest waitlisted person, who is emailed", async () => {
    const event = await planEvent({ capacity: 1 });
    await registerPublicly(event.id, 1100);
    await registerPublicly(event.id, 1101, { locale: "he" });
    await registerPublicly(event.id, 1102);
    const [confirmation] = await mailsTo("visitor1100@example.org");
    const { registrationId, token } = linkOf(confirmation.body);
    const wrong = await t.call("POST", `/api/public/event-registrations/${registrationId}/cancel`, {
      body: { token: "x".repeat(43) },
    });
    expect(wrong.status).toBe(404);
    const view = await t.call(
      "GET",
      `/api/public/event-registrations/${registrationId}?token=${encodeURIComponent(token)}`,
    );
    expect((await json(view)).status).toBe("registered");
    const cancelled = await t.call("POST", `/api/public/event-registrations/${registrationId}/cancel`, {
      body: { token },
    });
    expect(cancelled.status).toBe(200);
    expect((await json(cancelled)).status).toBe("cancelled");
    const list = await json(
      await t.call("GET", `/api/orgs/${orgId}/events/${event.id}/registrations`, { cookie: manager.cookie }),
    );
    expect(list.map((row: any) => [row.email, row.status, row.waitlistPosition])).toEqual([
      ["visitor1101@example.org", "registered", null],
      ["visitor1102@example.org", "waitlisted", 1],
      ["visitor1100@example.org", "cancelled", null],
    ]);
    const promoted = (await mailsTo("visitor1101@example.org")).find((mail) => mail.kind === "event.promoted");
    expect(promoted?.locale).toBe("he");
    expect(promoted?.body).toContain("/cancel?token=");
  });

  test("staff register a person into an invite-only event and cancel for them", async () => {
    const event = await planEvent({ registration: "invite_only", capacity: 1 });
    const person = await json(
      await t.call("POST", `/api/orgs/${orgId}/people`, {
        cookie: manager.cookie,
        body: { fullName: "Noa Levi", email: "noa@example.org", locale: "he" },
      }),
    );
    const added = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/registrations`, {
      cookie: manager.cookie,
      body: { personId: person.id },
    });
    expect(added.status).toBe(201);
    const registration = await json(added);
    expect(registration).toMatchObject({ fullName: "Noa Levi", status: "registered", locale: "he" });
    const twice = await t.call("POST", `/api/orgs/${orgId}/events/${event.id}/registrations`, {
      cookie: manager.cookie,
      body: { personId: person.id },
    });
    expect((await json(twice)).code).toBe("errors.alreadyRegistered");
    const cancel = await t.call("POST", `/api/orgs/${orgId}/event-registrations/${registration.id}/cancel`, {
      cookie: manager.cookie,
    });
    expect((await json(cancel)).status).toBe("cancelled");
  });

  test("capacity cannot drop below the registered count; raising it promotes the waitlist", async () => {
    const event = await planEvent({ capacity: 2 });
    for (const index of [1200, 1201, 1202]) await registerPublicly(event.id, index);
    const lower = await t.call("PUT", `/api/orgs/${orgId}/events/${event.id}`, {
      cookie: manager.cookie,
      body: eventBody({ capacity: 1 }),
    });
    expect(lower.status).toBe(409);
    expect(await json(lower)).toMatchObject({
      code: "errors.capacityBelowRegistrations",
      errors: [expect.objectContaining({ path: "json.capacity" })],
    });
    const raise = await t.call("PUT", `/api/orgs/${orgId}/events/${event.id}`, {
      cookie: manager.cookie,
      body: eventBody({ capacity: 3 }),
    });
    expect(await json(raise)).toMatchObject({ registeredCount: 3, waitlistedCount: 0 });
  });
});

describe("public pages", () => {
  test("the public calendar lists upcoming public events with seats left, and hides the rest", async () => {
    const other = await t.createOrganization("public-calendar");
    const owner = await t.memberOf(other.id, "owner");
    const open = await planEvent(
      { capacity: 5, startsAt: "2026-12-01T10:00:00Z", endsAt: "2026-12-01T12:00:00Z" },
      owner.cookie,
      other.id,
    );
    await planEvent({ isPublic: false }, owner.cookie, other.id);
    await planEvent({ startsAt: "2026-11-01T10:00:00Z", endsAt: "2026-11-01T12:00:00Z" }, owner.cookie, other.id);
    await planEvent(
      { capacity: null, startsAt: "2026-12-02T10:00:00Z", endsAt: "2026-12-02T12:00:00Z" },
      owner.cookie,
      other.id,
    );
    await registerPublicly(open.id, 1300);
    const calendar = await t.call("GET", "/api/public/orgs/public-calendar/events");
    expect(calendar.status).toBe(200);
    const body = await json(calendar);
    expect(body.total).toBe(2);
    expect(body.items.map((item: any) => item.seatsLeft)).toEqual([4, null]);
    const page = await json(await t.call("GET", `/api/public/events/${open.id}`));
    expect(page).toMatchObject({ seatsLeft: 4, organization: { slug: "public-calendar" } });
    expect((await t.call("GET", "/api/public/orgs/no-such-org/events")).status).toBe(404);
  });

  test("a non-public event has no public page and takes no anonymous registrations", async () => {
    const hidden = await planEvent({ isPublic: false });
    expect((await t.call("GET", `/api/public/events/${hidden.id}`)).status).toBe(404);
    expect((await registerPublicly(hidden.id, 1400)).status).toBe(404);
    const member = await t.memberOf(orgId, "participant");
    const asMember = await t.call("POST", `/api/public/events/${hidden.id}/registrations`, {
      cookie: member.cookie,
      body: { locale: "en", consent: true },
    });
    expect(asMember.status).toBe(201);
  });
});

describe("access", () => {
  test("another organization's owner gets 404 for this organization's events, series and registrations", async () => {
    const event = await planEvent();
    const series = await json(
      await t.call("POST", `/api/orgs/${orgId}/event-series`, {
        cookie: manager.cookie,
        body: eventBody({ rule: "FREQ=WEEKLY;COUNT=2" }),
      }),
    );
    const registration = await json(await registerPublicly(event.id, 1500));
    const kind = await json(
      await t.call("POST", `/api/orgs/${orgId}/event-kinds`, {
        cookie: manager.cookie,
        body: { key: "private_kind", name: { en: "Ours" } },
      }),
    );
    const other = await t.createOrganization("events-stranger");
    const owner = await t.memberOf(other.id, "owner");
    const requests: [string, string, unknown?][] = [
      ["GET", `/api/orgs/${other.id}/events/${event.id}`],
      ["PUT", `/api/orgs/${other.id}/events/${event.id}`, eventBody()],
      ["POST", `/api/orgs/${other.id}/events/${event.id}/cancel`],
      ["GET", `/api/orgs/${other.id}/events/${event.id}/registrations`],
      ["GET", `/api/orgs/${other.id}/event-series/${series.id}`],
      ["DELETE", `/api/orgs/${other.id}/event-series/${series.id}/future`],
      ["POST", `/api/orgs/${other.id}/event-registrations/${registration.id}/cancel`],
      ["PUT", `/api/orgs/${other.id}/event-kinds/${kind.id}`, { name: { en: "Theirs" } }],
      ["DELETE", `/api/orgs/${other.id}/event-kinds/${kind.id}`],
      ["GET", `/api/orgs/${orgId}/events/${event.id}`],
    ];
    for (const [method, path, body] of requests) {
      const response = await t.call(method, path, { cookie: owner.cookie, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  test("a mentor reads events but may not plan them; without a session it is 401", async () => {
    const mentor = await t.memberOf(orgId, "mentor");
    expect((await t.call("GET", `/api/orgs/${orgId}/events`, { cookie: mentor.cookie })).status).toBe(200);
    const refused = await t.call("POST", `/api/orgs/${orgId}/events`, { cookie: mentor.cookie, body: eventBody() });
    expect(refused.status).toBe(403);
    const participant = await t.memberOf(orgId, "participant");
    expect((await t.call("GET", `/api/orgs/${orgId}/events`, { cookie: participant.cookie })).status).toBe(403);
    expect((await t.call("GET", `/api/orgs/${orgId}/events`)).status).toBe(401);
    expect(
      (await t.call("POST", "/api/my/event-registrations/00000000-0000-7000-8000-000000000000/cancel")).status,
    ).toBe(401);
  });
});
