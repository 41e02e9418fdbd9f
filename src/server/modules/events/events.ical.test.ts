import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, test } from "vitest";
import { cohorts, eventSeries, events, organizations, programs } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let otherOrgId: string;
let owner: { cookie: string };
let otherOwner: { cookie: string };
let mentor: { cookie: string };
let participant: { cookie: string };
let cohortId: string;
let otherCohortId: string;
const ids = {} as Record<
  "seminar" | "hidden" | "cancelled" | "online" | "longAgo" | "lastMonth" | "cohortPrivate",
  string
>;
let occurrences: { id: string; startsAt: Date; endsAt: Date }[];

const now = new Date("2026-11-23T10:00:00Z");
const hours = (count: number) => count * 3_600_000;
const days = (count: number) => count * hours(24);
const trickyTitle = "Seminar, part 1; intro\nsecond line \\ done";

type EventValues = Partial<typeof events.$inferInsert> & { startsAt: Date };

async function insertEvent(organizationId: string, values: EventValues) {
  const [row] = await t.database.db
    .insert(events)
    .values({
      organizationId,
      kind: "seminar",
      title: { en: "Event" },
      endsAt: new Date(values.startsAt.getTime() + hours(2)),
      timeZone: "Europe/Athens",
      isPublic: true,
      ...values,
    })
    .returning();
  return row;
}

async function insertCohort(organizationId: string) {
  const [program] = await t.database.db
    .insert(programs)
    .values({ organizationId, type: "fellowship", name: { en: "Fellowship" } })
    .returning();
  const [cohort] = await t.database.db
    .insert(cohorts)
    .values({
      organizationId,
      programId: program.id,
      name: { en: "Fellows 2026", he: "עמיתים 2026" },
      startsOn: "2026-10-01",
      endsOn: "2027-07-31",
      capacity: 30,
    })
    .returning();
  return cohort.id;
}

/** Parses with ical.js, the parser Mozilla's calendars use; every VEVENT as an ICAL.Event. */
function parse(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const vevents = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, vevents, byUid: (id: string) => vevents.find((event) => event.uid === `${id}@localhost`) };
}

async function ics(path: string, headers: Record<string, string> = {}) {
  const response = await t.call("GET", path, { headers });
  return { response, body: await response.text() };
}

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(now);
  orgId = (await t.createOrganization("ical-hub")).id;
  otherOrgId = (await t.createOrganization("ical-other")).id;
  owner = await t.memberOf(orgId, "owner");
  mentor = await t.memberOf(orgId, "mentor");
  participant = await t.memberOf(orgId, "participant");
  otherOwner = await t.memberOf(otherOrgId, "owner");
  cohortId = await insertCohort(orgId);
  otherCohortId = await insertCohort(otherOrgId);

  ids.seminar = (
    await insertEvent(orgId, {
      title: { en: trickyTitle, he: "סמינר למנהיגות אזרחית", ka: "სამოქალაქო ლიდერობის სემინარი" },
      description: {
        en: "Bring your notes.",
        ka: "მოიტანეთ თქვენი ჩანაწერები; ვისაუბრებთ სამოქალაქო საზოგადოების, მედიისა და ადგილობრივი ხელისუფლების თანამშრომლობაზე.",
      },
      startsAt: new Date("2026-12-05T08:00:00Z"),
      venueName: "Impact Hub",
      city: "Athens",
      country: "GR",
    })
  ).id;
  ids.hidden = (await insertEvent(orgId, { isPublic: false, startsAt: new Date("2026-12-06T08:00:00Z") })).id;
  ids.cancelled = (await insertEvent(orgId, { status: "cancelled", startsAt: new Date("2026-12-07T08:00:00Z") })).id;
  ids.online = (
    await insertEvent(orgId, {
      kind: "webinar",
      startsAt: new Date("2026-12-08T16:00:00Z"),
      timeZone: "UTC",
      onlineUrl: "https://meet.example.org/civic",
    })
  ).id;
  ids.longAgo = (await insertEvent(orgId, { startsAt: new Date(now.getTime() - days(100)) })).id;
  ids.lastMonth = (await insertEvent(orgId, { startsAt: new Date(now.getTime() - days(30)) })).id;
  ids.cohortPrivate = (
    await insertEvent(orgId, { isPublic: false, cohortId, startsAt: new Date("2026-12-10T15:00:00Z") })
  ).id;

  // The fellowship's weekly meeting at 18:00 in Jerusalem, across the end of daylight saving time (25 October).
  const [series] = await t.database.db
    .insert(eventSeries)
    .values({
      organizationId: orgId,
      rule: "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270726T150000Z",
      firstStartsAt: new Date("2026-10-19T15:00:00Z"),
      durationMinutes: 90,
      timeZone: "Asia/Jerusalem",
    })
    .returning();
  occurrences = [];
  for (const [index, start] of ["2026-10-19T15:00:00Z", "2026-10-26T16:00:00Z", "2026-11-02T16:00:00Z"].entries()) {
    const startsAt = new Date(start);
    occurrences.push(
      await insertEvent(orgId, {
        kind: "weekly_meeting",
        title: { en: "Weekly meeting", he: "מפגש שבועי" },
        seriesId: series.id,
        seriesOccurrence: startsAt,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        timeZone: "Asia/Jerusalem",
        isPublic: false,
        cohortId,
        status: index === 2 ? "cancelled" : "scheduled",
      }),
    );
  }
});

describe("one public event as an .ics file", () => {
  test("is a valid calendar with a stable UID, the stored instants and a VTIMEZONE for its zone", async () => {
    const { response, body } = await ics(`/api/public/events/${ids.seminar}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.ics"/);
    const { calendar, vevents } = parse(body);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(vevents).toHaveLength(1);
    const [event] = vevents;
    expect(event.uid).toBe(`${ids.seminar}@localhost`);
    expect(event.startDate.zone?.tzid).toBe("Europe/Athens");
    expect(body).toContain("DTSTART;TZID=Europe/Athens:20261205T100000");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-05T08:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-05T10:00:00.000Z");
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/Athens",
    ]);
    expect(event.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(event.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.location).toBe("Impact Hub, Athens, Greece");
  });

  test("a title with a comma, a semicolon, a backslash and a newline comes back exactly", async () => {
    const { body } = await ics(`/api/public/events/${ids.seminar}.ics?lang=en`);
    expect(body).toContain("SUMMARY:Seminar\\, part 1\\; intro\\nsecond line \\\\ done");
    expect(parse(body).vevents[0].summary).toBe(trickyTitle);
  });

  test("titles and descriptions come in the language asked for, Hebrew and Georgian intact", async () => {
    const hebrew = parse((await ics(`/api/public/events/${ids.seminar}.ics?lang=he`)).body).vevents[0];
    expect(hebrew.summary).toBe("סמינר למנהיגות אזרחית");
    expect(hebrew.location).toBe("Impact Hub, Athens, יוון");
    const georgian = await ics(`/api/public/events/${ids.seminar}.ics?lang=ka`);
    const event = parse(georgian.body).vevents[0];
    expect(event.summary).toBe("სამოქალაქო ლიდერობის სემინარი");
    expect(event.description).toContain("ადგილობრივი ხელისუფლების თანამშრომლობაზე.");
    // Folded at 75 octets without splitting a character.
    for (const line of georgian.body.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  test("without a language the organization's default language is used", async () => {
    await t.database.db.update(organizations).set({ defaultLocale: "he" }).where(eq(organizations.id, orgId));
    const event = parse((await ics(`/api/public/events/${ids.seminar}.ics`)).body).vevents[0];
    await t.database.db.update(organizations).set({ defaultLocale: "en" }).where(eq(organizations.id, orgId));
    expect(event.summary).toBe("סמינר למנהיגות אזרחית");
  });

  test("an online event carries its link as URL and, without a venue, as LOCATION", async () => {
    const event = parse((await ics(`/api/public/events/${ids.online}.ics`)).body).vevents[0];
    expect(event.component.getFirstPropertyValue("url")).toBe("https://meet.example.org/civic");
    expect(event.location).toBe("https://meet.example.org/civic");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-08T16:00:00.000Z");
  });

  test("a cancelled event says STATUS:CANCELLED", async () => {
    const event = parse((await ics(`/api/public/events/${ids.cancelled}.ics`)).body).vevents[0];
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  test("a private event, an unknown event and a malformed file name are 404, 404 and 400", async () => {
    expect((await ics(`/api/public/events/${ids.hidden}.ics`)).response.status).toBe(404);
    expect((await ics("/api/public/events/0190b3c4-0000-7000-8000-000000000000.ics")).response.status).toBe(404);
    expect((await ics("/api/public/events/0190b3c4.ics")).response.status).toBe(400);
    expect((await ics(`/api/public/events/${ids.seminar}.ics?lang=xx`)).response.status).toBe(400);
  });

  test("an unchanged file answers 304 to its ETag; an update changes the ETag and raises SEQUENCE", async () => {
    const path = `/api/public/events/${ids.seminar}.ics`;
    const first = await ics(path);
    const tag = first.response.headers.get("etag");
    expect(tag).toBeTruthy();
    expect(first.response.headers.get("cache-control")).toContain("max-age");
    const again = await ics(path, { "if-none-match": tag as string });
    expect(again.response.status).toBe(304);
    expect(again.body).toBe("");

    const before = parse(first.body).vevents[0].sequence;
    const [{ createdAt }] = await t.database.db.select().from(events).where(eq(events.id, ids.seminar));
    // Moved an hour later, in an edit made a minute after the event was created.
    await t.database.db
      .update(events)
      .set({
        startsAt: new Date("2026-12-05T09:00:00Z"),
        endsAt: new Date("2026-12-05T11:00:00Z"),
        updatedAt: new Date(createdAt.getTime() + 60_000),
      })
      .where(eq(events.id, ids.seminar));
    const changed = await ics(path, { "if-none-match": tag as string });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("etag")).not.toBe(tag);
    const event = parse(changed.body).vevents[0];
    expect(event.sequence).toBe(60);
    expect(before).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-05T09:00:00.000Z");
  });
});

describe("an organization's public calendar", () => {
  test("has its public events, upcoming and of the last 90 days, cancelled ones marked", async () => {
    const { response, body } = await ics("/api/public/orgs/ical-hub/events.ics");
    expect(response.status).toBe(200);
    const { vevents, byUid, calendar } = parse(body);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("ical-hub");
    expect(vevents.map((event) => event.uid).sort()).toEqual(
      [ids.seminar, ids.cancelled, ids.online, ids.lastMonth].map((id) => `${id}@localhost`).sort(),
    );
    expect(byUid(ids.cancelled)?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(byUid(ids.hidden)).toBeUndefined();
    expect(byUid(ids.longAgo)).toBeUndefined();
  });

  test("an unknown organization is a 404", async () => {
    expect((await ics("/api/public/orgs/nobody-here/events.ics")).response.status).toBe(404);
  });
});

describe("a cohort's private feed", () => {
  async function feedAddress(cookie = owner.cookie, organizationId = orgId, cohort = cohortId) {
    return t.call("GET", `/api/orgs/${organizationId}/cohorts/${cohort}/calendar-feed`, { cookie });
  }

  function pathOf(url: string) {
    const address = new URL(url);
    return `${address.pathname}${address.search}`;
  }

  test("staff read a secret address that lists the cohort's events, private ones and the series' occurrences", async () => {
    const response = await feedAddress(mentor.cookie);
    expect(response.status).toBe(200);
    const feed = (await response.json()) as { url: string; cohortId: string };
    expect(feed.url).toMatch(new RegExp(`/api/public/cohorts/${cohortId}/events\\.ics\\?token=[\\w-]{40,}$`));
    // Asking again gives the same address.
    expect(((await (await feedAddress()).json()) as { url: string }).url).toBe(feed.url);

    const { response: file, body } = await ics(`${pathOf(feed.url)}&lang=he`);
    expect(file.status).toBe(200);
    expect(file.headers.get("cache-control")).toContain("private");
    const { vevents, byUid, calendar } = parse(body);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("עמיתים 2026");
    expect(vevents).toHaveLength(occurrences.length + 1);
    expect(byUid(ids.cohortPrivate)).toBeDefined();
    expect(byUid(ids.seminar)).toBeUndefined();
    for (const occurrence of occurrences) {
      const event = byUid(occurrence.id);
      expect(event?.summary).toBe("מפגש שבועי");
      expect(event?.startDate.zone?.tzid).toBe("Asia/Jerusalem");
      expect(event?.startDate.toJSDate().toISOString()).toBe(occurrence.startsAt.toISOString());
      expect(event?.endDate.toJSDate().toISOString()).toBe(occurrence.endsAt.toISOString());
    }
    // 18:00 in Jerusalem on both sides of the change from daylight saving time.
    expect(body).toContain("DTSTART;TZID=Asia/Jerusalem:20261019T180000");
    expect(body).toContain("DTSTART;TZID=Asia/Jerusalem:20261026T180000");
    expect(byUid(occurrences[2].id)?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  test("a wrong token, or this cohort's token on another cohort, is a 404", async () => {
    const { url } = (await (await feedAddress()).json()) as { url: string };
    const token = new URL(url).searchParams.get("token") as string;
    expect((await ics(`/api/public/cohorts/${cohortId}/events.ics?token=guess`)).response.status).toBe(404);
    expect((await ics(`/api/public/cohorts/${otherCohortId}/events.ics?token=${token}`)).response.status).toBe(404);
    expect((await ics(`/api/public/cohorts/${cohortId}/events.ics`)).response.status).toBe(400);
  });

  test("rotating the token stops the old address and the new one works", async () => {
    const old = ((await (await feedAddress()).json()) as { url: string }).url;
    const rotated = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohortId}/calendar-feed/rotate`, {
      cookie: owner.cookie,
    });
    expect(rotated.status).toBe(200);
    const fresh = ((await rotated.json()) as { url: string }).url;
    expect(fresh).not.toBe(old);
    expect((await ics(pathOf(old))).response.status).toBe(404);
    expect((await ics(pathOf(fresh))).response.status).toBe(200);
    expect(((await (await feedAddress()).json()) as { url: string }).url).toBe(fresh);
  });

  test("another organization's owner gets 404 for this cohort's feed; a participant 403; no session 401", async () => {
    const across = await feedAddress(otherOwner.cookie, otherOrgId, cohortId);
    expect(across.status).toBe(404);
    expect(across.headers.get("content-type")).toBe("application/problem+json");
    const rotateAcross = await t.call("POST", `/api/orgs/${otherOrgId}/cohorts/${cohortId}/calendar-feed/rotate`, {
      cookie: otherOwner.cookie,
    });
    expect(rotateAcross.status).toBe(404);
    expect((await feedAddress(participant.cookie)).status).toBe(403);
    const mentorRotates = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohortId}/calendar-feed/rotate`, {
      cookie: mentor.cookie,
    });
    expect(mentorRotates.status).toBe(403);
    expect((await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohortId}/calendar-feed`)).status).toBe(401);
  });
});
