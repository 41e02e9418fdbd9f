import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import {
  courseEnrollments,
  courseModules,
  courses,
  eventAttendance,
  eventHeadcounts,
  eventKinds,
  events,
  moduleCompletions,
  networkMemberships,
  networks,
  organizations,
  people,
  programs,
} from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { chartOption } from "./reports.charts.ts";

let t: TestApp;
let owner: { cookie: string };
const ids = {} as Record<
  "academy" | "partner" | "outsider" | "academyNetwork" | "otherNetwork" | "program" | "partnerProgram",
  string
>;

/** Records straight into the tables, the way attendance, headcounts and the academy leave them. */
function builder(organizationId: string) {
  const db = t.database.db;
  return {
    async person(country: string | null) {
      const [row] = await db
        .insert(people)
        .values({ organizationId, fullName: "Participant", searchKey: "participant", country })
        .returning({ id: people.id });
      return row.id;
    },
    async event(
      kind: string,
      startsAt: string,
      options: { country?: string | null; status?: "cancelled"; programId?: string; moduleId?: string } = {},
    ) {
      const start = new Date(startsAt);
      const [row] = await db
        .insert(events)
        .values({
          organizationId,
          kind,
          title: { en: kind },
          startsAt: start,
          endsAt: new Date(start.getTime() + 2 * 3600_000),
          timeZone: "Europe/Ljubljana",
          country: options.country === undefined ? "SI" : options.country,
          status: options.status ?? "scheduled",
          programId: options.programId,
          courseModuleId: options.moduleId,
        })
        .returning({ id: events.id });
      return row.id;
    },
    async attend(eventId: string, ...personIds: string[]) {
      await db.insert(eventAttendance).values(
        personIds.map((personId) => ({
          organizationId,
          eventId,
          personId,
          checkedInAt: new Date("2018-03-10T10:00:00Z"),
          source: "bulk" as const,
        })),
      );
    },
    async headcount(eventId: string, country: string | null, count: number) {
      await db.insert(eventHeadcounts).values({ organizationId, eventId, country, count });
    },
    async course(title: string, moduleTitles: string[], opensAt = "2018-01-01T00:00:00Z") {
      const [course] = await db
        .insert(courses)
        .values({
          organizationId,
          title: { en: title, sl: `${title} (sl)` },
          isPublished: true,
          opensAt: new Date(opensAt),
        })
        .returning({ id: courses.id });
      const modules = await db
        .insert(courseModules)
        .values(
          moduleTitles.map((moduleTitle, index) => ({
            organizationId,
            courseId: course.id,
            position: index + 1,
            title: { en: moduleTitle },
          })),
        )
        .returning({ id: courseModules.id });
      return { courseId: course.id, moduleIds: modules.map((module) => module.id) };
    },
    async enroll(courseId: string, personId: string, enrolledAt: string, completedAt?: string) {
      const [row] = await db
        .insert(courseEnrollments)
        .values({
          organizationId,
          courseId,
          personId,
          source: "self",
          enrolledAt: new Date(enrolledAt),
          completedAt: completedAt ? new Date(completedAt) : null,
        })
        .returning({ id: courseEnrollments.id });
      return row.id;
    },
    async complete(enrollmentId: string, moduleId: string, completedAt: string) {
      await db
        .insert(moduleCompletions)
        .values({ organizationId, enrollmentId, moduleId, completedAt: new Date(completedAt) });
    },
  };
}

async function network(name: string, organizationIds: string[]) {
  const [row] = await t.database.db
    .insert(networks)
    .values({ foundingOrganizationId: organizationIds[0], name: { en: name } })
    .returning({ id: networks.id });
  await t.database.db
    .insert(networkMemberships)
    .values(organizationIds.map((organizationId) => ({ networkId: row.id, organizationId })));
  return row.id;
}

async function program(organizationId: string) {
  const [row] = await t.database.db
    .insert(programs)
    .values({ organizationId, type: "academy", name: { en: "Field programme" } })
    .returning({ id: programs.id });
  return row.id;
}

async function inLjubljana(slug: string, country: string) {
  const organization = await t.createOrganization(slug);
  await t.database.db
    .update(organizations)
    .set({ timeZone: "Europe/Ljubljana", country, defaultLocale: "sl" })
    .where(eq(organizations.id, organization.id));
  return organization.id;
}

/**
 * The academy (Ljubljana) and a partner (Croatia) form a network; an outsider belongs to another network.
 * Times are UTC; Ljubljana is UTC+1 in winter, UTC+2 in summer.
 */
async function buildDataset() {
  ids.academy = await inLjubljana("academy", "SI");
  ids.partner = await inLjubljana("partner", "HR");
  ids.outsider = await inLjubljana("outsider", "AT");
  ids.academyNetwork = await network("Academy", [ids.academy, ids.partner]);
  ids.otherNetwork = await network("Elsewhere", [ids.outsider, ids.partner]);
  ids.program = await program(ids.academy);
  ids.partnerProgram = await program(ids.partner);

  const academy = builder(ids.academy);
  const course = await academy.course("Civic academy", ["Civic basics", "Fundraising"]);
  // Opened after 2018: not part of that year's results.
  await academy.course("Later course", ["Later module"], "2019-02-01T00:00:00Z");
  const [basics, fundraising] = course.moduleIds;
  const [p1, p2, p3, p4, p5, p6] = [
    await academy.person("SI"),
    await academy.person(null),
    await academy.person("HR"),
    await academy.person(null),
    await academy.person(null),
    await academy.person("SI"),
  ];
  const e1 = await academy.event("field_workshop", "2018-03-10T09:00:00Z", {
    programId: ids.program,
    moduleId: basics,
  });
  await academy.attend(e1, p1, p2, p3);
  const e2 = await academy.event("field_workshop", "2018-05-01T09:00:00Z", { moduleId: basics });
  await academy.attend(e2, p1, p4);
  await academy.headcount(e2, null, 5);
  const festival = await academy.event("festival", "2018-06-01T15:00:00Z");
  await academy.headcount(festival, "SI", 40);
  await academy.headcount(festival, "AT", 10);
  await academy.headcount(festival, null, 7);
  const webinar = await academy.event("webinar", "2018-09-01T16:00:00Z", { country: null });
  await academy.attend(webinar, p5, p3);
  const cancelled = await academy.event("festival", "2018-07-01T15:00:00Z", { status: "cancelled" });
  await academy.headcount(cancelled, "SI", 100);
  // 31 Dec 2017 23:30 and 1 Jan 2019 00:30 in Ljubljana fall outside 2018; 31 Dec 2018 23:30 falls inside.
  const beforeNewYear2018 = await academy.event("field_workshop", "2017-12-31T22:30:00Z");
  await academy.attend(beforeNewYear2018, p6);
  const newYearsEve2018 = await academy.event("field_workshop", "2018-12-31T22:30:00Z");
  await academy.attend(newYearsEve2018, p6);
  const newYear2019 = await academy.event("field_workshop", "2018-12-31T23:30:00Z");
  await academy.attend(newYear2019, p1);

  const enrollment1 = await academy.enroll(course.courseId, p1, "2018-02-01T10:00:00Z", "2018-11-01T10:00:00Z");
  const enrollment2 = await academy.enroll(course.courseId, p2, "2018-03-01T10:00:00Z");
  await academy.enroll(course.courseId, p3, "2018-12-31T22:30:00Z");
  const enrollment4 = await academy.enroll(course.courseId, p4, "2017-05-01T10:00:00Z");
  await academy.complete(enrollment1, basics, "2018-04-01T10:00:00Z");
  await academy.complete(enrollment1, fundraising, "2018-11-01T10:00:00Z");
  await academy.complete(enrollment2, basics, "2018-05-01T10:00:00Z");
  await academy.complete(enrollment4, basics, "2017-06-01T10:00:00Z");

  // The partner's workshop delivers the academy's second module.
  const partner = builder(ids.partner);
  // A partner's draft course is its own business: the network's results leave it out.
  const draft = await partner.course("Draft course", ["Unpublished module"]);
  await t.database.db.update(courses).set({ isPublished: false }).where(eq(courses.id, draft.courseId));
  await partner.enroll(draft.courseId, await partner.person("HR"), "2018-06-01T10:00:00Z");
  const partnerWorkshop = await partner.event("field_workshop", "2018-10-10T09:00:00Z", {
    country: "HR",
    moduleId: fundraising,
    programId: ids.partnerProgram,
  });
  await partner.attend(partnerWorkshop, await partner.person("HR"), await partner.person(null));

  const outsider = builder(ids.outsider);
  await outsider.headcount(await outsider.event("festival", "2018-08-01T15:00:00Z", { country: "AT" }), "AT", 1000);
}

beforeAll(async () => {
  t = await createTestApp();
  await buildDataset();
  owner = await t.memberOf(ids.academy, "owner");
});

async function results(query: string, cookie = owner.cookie) {
  const response = await t.call("GET", `/api/orgs/${ids.academy}/results?${query}`, { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, any>;
}

const year2018 = "from=2018-01-01&to=2018-12-31";

describe("results of a period", () => {
  test("scheduled events are counted by kind and venue country; cancelled events are left out", async () => {
    const { events: figures } = await results(year2018);
    expect(figures.total).toBe(5);
    expect(figures.byKind).toEqual([
      { kind: "field_workshop", events: 3 },
      { kind: "festival", events: 1 },
      { kind: "webinar", events: 1 },
    ]);
    expect(figures.byKindAndCountry).toEqual([
      { kind: "field_workshop", country: "SI", events: 3 },
      { kind: "festival", country: "SI", events: 1 },
      { kind: "webinar", country: null, events: 1 },
    ]);
  });

  test("the period runs from midnight to midnight in the organization's time zone", async () => {
    const { events: newYear } = await results("from=2019-01-01&to=2019-01-01");
    expect(newYear.byKind).toEqual([{ kind: "field_workshop", events: 1 }]);
    const { events: lastDay } = await results("from=2018-12-31&to=2018-12-31");
    expect(lastDay.byKind).toEqual([{ kind: "field_workshop", events: 1 }]);
  });

  test("participants are attendance plus headcounts, by kind", async () => {
    const { participants } = await results(year2018);
    expect(participants.total).toEqual({ attendees: 8, counted: 62, participants: 70 });
    expect(participants.byKind).toEqual([
      { kind: "festival", attendees: 0, counted: 57, participants: 57 },
      { kind: "field_workshop", attendees: 6, counted: 5, participants: 11 },
      { kind: "webinar", attendees: 2, counted: 0, participants: 2 },
    ]);
  });

  test("a participant counts in their own country, else the headcount's, else the venue's, else unknown", async () => {
    const { participants } = await results(year2018);
    expect(participants.byCountry).toEqual([
      { country: "SI", attendees: 5, counted: 52, participants: 57 },
      { country: "AT", attendees: 0, counted: 10, participants: 10 },
      { country: "HR", attendees: 2, counted: 0, participants: 2 },
      { country: null, attendees: 1, counted: 0, participants: 1 },
    ]);
    const slovenianWorkshops = participants.byKindAndCountry.find(
      (row: any) => row.kind === "field_workshop" && row.country === "SI",
    );
    expect(slovenianWorkshops).toEqual({
      kind: "field_workshop",
      country: "SI",
      attendees: 5,
      counted: 5,
      participants: 10,
    });
  });

  test("unique people count each attending person once and never headcounts", async () => {
    expect((await results(year2018)).uniquePeople).toBe(6);
  });

  test("course enrollments and completions per module fall in the period; workshops count per module", async () => {
    const figures = await results(year2018);
    expect(figures.courses).toEqual([
      expect.objectContaining({
        title: { en: "Civic academy", sl: "Civic academy (sl)" },
        enrollments: 3,
        completions: 1,
      }),
    ]);
    expect(figures.moduleCompletions.map((row: any) => [row.position, row.moduleTitle.en, row.completions])).toEqual([
      [1, "Civic basics", 2],
      [2, "Fundraising", 1],
    ]);
    expect(
      figures.workshopParticipantsByModule.map((row: any) => [row.moduleTitle.en, row.events, row.participants]),
    ).toEqual([["Civic basics", 2, 10]]);
  });

  test("a network's results add up its member organizations, and no other network's", async () => {
    const figures = await results(`${year2018}&networkId=${ids.academyNetwork}`);
    expect(figures.scope).toEqual({
      kind: "network",
      programId: null,
      networkId: ids.academyNetwork,
      organizations: 2,
    });
    expect(figures.events.byKind).toEqual([
      { kind: "field_workshop", events: 4 },
      { kind: "festival", events: 1 },
      { kind: "webinar", events: 1 },
    ]);
    expect(figures.participants.total.participants).toBe(72);
    expect(figures.participants.byCountry.find((row: any) => row.country === "HR").participants).toBe(4);
    expect(figures.uniquePeople).toBe(8);
    expect(figures.courses.map((course: any) => course.title.en)).toEqual(["Civic academy"]);
    expect(
      figures.workshopParticipantsByModule.map((row: any) => [row.moduleTitle.en, row.events, row.participants]),
    ).toEqual([
      ["Civic basics", 2, 10],
      ["Fundraising", 1, 2],
    ]);
  });

  test("a program's results count only that program's events and courses", async () => {
    const figures = await results(`${year2018}&programId=${ids.program}`);
    expect(figures.scope.kind).toBe("program");
    expect(figures.events.byKind).toEqual([{ kind: "field_workshop", events: 1 }]);
    expect(figures.participants.total.participants).toBe(3);
    expect(figures.uniquePeople).toBe(3);
    expect(figures.courses).toEqual([]);
  });
});

describe("results as CSV and charts", () => {
  test("the CSV has a byte-order mark and one section per figure, named in the requested language", async () => {
    const response = await t.call(
      "GET",
      `/api/orgs/${ids.academy}/results/export.csv?${year2018}&networkId=${ids.academyNetwork}&lang=sl`,
      { cookie: owner.cookie },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const sections = csv.split("\r\n\r\n").map((section) => section.split("\r\n"));
    expect(sections.map((section) => section[0])).toEqual([
      "Rezultati",
      "Povzetek",
      "Dogodki po vrsti",
      "Dogodki po vrsti in državi izvedbe",
      "Udeleženci po vrsti dogodka",
      "Udeleženci po državah",
      "Udeleženci po vrsti dogodka in državi",
      "Vpisi v tečaje in zaključki",
      "Zaključki po modulih",
      "Udeleženci delavnic po modulih",
    ]);
    const byCountry = sections[5];
    expect(byCountry[1]).toBe("Država,Evidentirani udeleženci,Prešteti obiskovalci,Udeleženci");
    expect(byCountry).toContain("Slovenija,5,52,57");
    expect(byCountry).toContain("Hrvaška,4,0,4");
    expect(byCountry).toContain("Neznano,1,0,1");
    expect(sections[8]).toContain("Civic academy (sl),1. Civic basics,2");
  });

  test("names a spreadsheet would run as formulas are escaped in the CSV", async () => {
    const organizationId = await inLjubljana("formulas", "SI");
    await t.database.db
      .insert(eventKinds)
      .values({ organizationId, key: "open_day", name: { en: '=HYPERLINK("http://x")' } });
    const records = builder(organizationId);
    await records.attend(await records.event("open_day", "2018-04-04T10:00:00Z"), await records.person("SI"));
    const manager = await t.memberOf(organizationId, "program_manager");
    const response = await t.call("GET", `/api/orgs/${organizationId}/results/export.csv?${year2018}&lang=en`, {
      cookie: manager.cookie,
    });
    const csv = await response.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",1\r\n`);
  });

  test("each chart is a well-formed SVG labelled in the requested language", async () => {
    for (const [lang, slovenia] of [
      ["he", "סלובניה"],
      ["sl", "Slovenija"],
    ]) {
      const response = await t.call(
        "GET",
        `/api/orgs/${ids.academy}/results/charts/participants-by-country.svg?${year2018}&lang=${lang}`,
        { cookie: owner.cookie },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("image/svg+xml");
      const svg = await response.text();
      expectWellFormedXml(svg);
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain(`>${slovenia}<`);
    }
  });

  test("in a right-to-left language the chart is mirrored: categories on the right, bars growing leftwards", () => {
    const chart = {
      categories: ["סדנת שטח", "פסטיבל"],
      series: [
        { name: "נוכחים רשומים", values: [3, 0] },
        { name: "מבקרים שנספרו", values: [0, 5] },
      ],
      stacked: true,
    };
    const hebrew = chartOption(chart, "משתתפים", "he") as Record<string, any>;
    expect([hebrew.yAxis.position, hebrew.xAxis.inverse, hebrew.legend.right]).toEqual(["right", true, 8]);
    expect(hebrew.legend.data).toEqual(["מבקרים שנספרו", "נוכחים רשומים"]);
    const slovene = chartOption(chart, "Udeleženci", "sl") as Record<string, any>;
    expect([slovene.yAxis.position, slovene.xAxis.inverse, slovene.legend.left]).toEqual(["left", false, 8]);
  });

  test("every figure has a chart", async () => {
    for (const chart of [
      "events-by-kind",
      "events-by-kind-and-country",
      "participants-by-kind",
      "participants-by-country",
      "participants-by-kind-and-country",
      "course-enrollments",
      "module-completions",
      "workshop-participants-by-module",
    ]) {
      const response = await t.call(
        "GET",
        `/api/orgs/${ids.academy}/results/charts/${chart}.svg?${year2018}&networkId=${ids.academyNetwork}`,
        { cookie: owner.cookie },
      );
      expect(response.status, chart).toBe(200);
      expectWellFormedXml(await response.text());
    }
  });
});

describe("who may read results", () => {
  test("a partner viewer reads them; a mentor and a participant are refused", async () => {
    const viewer = await t.memberOf(ids.academy, "partner_viewer");
    expect((await results(year2018, viewer.cookie)).uniquePeople).toBe(6);
    for (const role of ["mentor", "participant"] as const) {
      const member = await t.memberOf(ids.academy, role);
      const response = await t.call("GET", `/api/orgs/${ids.academy}/results?${year2018}`, { cookie: member.cookie });
      expect(response.status, role).toBe(403);
    }
  });

  test("without a session the results are refused with 401", async () => {
    for (const path of ["results", "results/export.csv", "results/charts/events-by-kind.svg"]) {
      const response = await t.call("GET", `/api/orgs/${ids.academy}/${path}?${year2018}`);
      expect(response.status, path).toBe(401);
    }
  });

  test("another network, another organization's program and another organization's results are 404", async () => {
    for (const query of [`networkId=${ids.otherNetwork}`, `programId=${ids.partnerProgram}`]) {
      const response = await t.call("GET", `/api/orgs/${ids.academy}/results?${year2018}&${query}`, {
        cookie: owner.cookie,
      });
      expect(response.status, query).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const outsiderOwner = await t.memberOf(ids.outsider, "owner");
    const response = await t.call("GET", `/api/orgs/${ids.academy}/results?${year2018}`, {
      cookie: outsiderOwner.cookie,
    });
    expect(response.status).toBe(404);
  });

  test("without dates the period is this year in the organization's time zone", async () => {
    t.setNow(new Date("2018-12-31T23:30:00Z"));
    const figures = await results("");
    expect(figures.period).toEqual({ from: "2019-01-01", to: "2019-12-31", timeZone: "Europe/Ljubljana" });
    expect(figures.events.byKind).toEqual([{ kind: "field_workshop", events: 1 }]);
    expect((await results("from=2018-01-01")).period.to).toBe("2018-12-31");
  });

  test("a period that ends before it starts, or a program and a network at once, is a 400 naming the field", async () => {
    const backwards = await t.call("GET", `/api/orgs/${ids.academy}/results?from=2018-12-31&to=2018-01-01`, {
      cookie: owner.cookie,
    });
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).errors[0]).toMatchObject({ path: "query.to", code: "errors.endsBeforeStart" });
    const both = await t.call(
      "GET",
      `/api/orgs/${ids.academy}/results?${year2018}&programId=${ids.program}&networkId=${ids.academyNetwork}`,
      { cookie: owner.cookie },
    );
    expect(both.status).toBe(400);
    expect((await both.json()).errors[0]).toMatchObject({ path: "query.networkId", code: "errors.programOrNetwork" });
  });
});

/** Tags open and close in order, attributes are quoted, and outside CDATA `&` only starts an entity. */
function expectWellFormedXml(document: string) {
  const open: string[] = [];
  const tag =
    /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  let position = 0;
  for (const match of document.matchAll(tag)) {
    const text = document.slice(position, match.index);
    expect(text).not.toMatch(/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i);
    position = match.index + match[0].length;
    const [, closing, name, , selfClosing] = match;
    if (!name) continue;
    if (closing) expect(open.pop()).toBe(name);
    else if (!selfClosing) open.push(name);
  }
  expect(document.slice(position).trim()).toBe("");
  expect(open).toEqual([]);
}
