import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { user } from "../auth/auth.tables.ts";
import { readConfig } from "../config.ts";
import type { OrgContext } from "../http/context.ts";
import { getReviewSetup, rankStage } from "../modules/calls/calls.reviews.service.ts";
import { listApplications, listCalls } from "../modules/calls/calls.service.ts";
import { cohortHours, myHours } from "../modules/events/events.hours.service.ts";
import { organizations } from "../modules/organizations/organizations.tables.ts";
import { listRoster } from "../modules/programs/programs.service.ts";
import { cohorts } from "../modules/programs/programs.tables.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { buildDemoWorkspace } from "./build-demo-workspace.ts";
import type { DemoWorkspace } from "./demo-context.ts";

const now = new Date("2026-11-23T10:00:00Z");
let t: TestApp;
let signIns: DemoWorkspace["signIns"];

async function orgContext(slug: string): Promise<OrgContext> {
  const db = t.database.db;
  const [organization] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return {
    db,
    organizationId: organization.id,
    organization,
    actor: { userId: "", role: "owner" },
    clock: () => now,
    config: readConfig({}),
  };
}

async function cohortId(ctx: OrgContext, englishName: string) {
  const [cohort] = await ctx.db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), sql`${cohorts.name}->>'en' = ${englishName}`));
  return cohort.id;
}

async function callOf(ctx: OrgContext, cohort: string) {
  const id = await cohortId(ctx, cohort);
  const call = (await listCalls(ctx)).find((candidate) => candidate.cohortId === id);
  if (!call) throw new Error(`No call for ${cohort}`);
  return call;
}

beforeAll(async () => {
  t = await createTestApp();
  signIns = await buildDemoWorkspace({
    database: t.database,
    auth: t.auth,
    config: { ...readConfig({}), baseUrl: "http://localhost:3000" },
    clock: () => now,
  });
});

describe("the demo workspace", () => {
  test("lists its sign-ins", () => {
    const emails = signIns.map((signIn) => signIn.email);
    expect(emails).toContain("admin@civic-hub.example");
    expect(emails).toEqual(expect.arrayContaining(["mentor2@kivunim.example", "mentor3@kivunim.example"]));
  });

  test("Cohort 2020 holds the 20 fellows who completed the year and its 3 mentors", async () => {
    const ctx = await orgContext("kivunim-ashdod");
    const roster = await listRoster(ctx, await cohortId(ctx, "Cohort 2020"));
    const fellows = roster.filter((enrollment) => enrollment.role === "participant");
    expect(fellows).toHaveLength(20);
    expect(fellows.every((enrollment) => enrollment.status === "completed")).toBe(true);
    expect(roster.filter((enrollment) => enrollment.role === "mentor")).toHaveLength(3);
  });

  test("the 2020 call went through four stages to 20 accepted and 5 waitlisted", async () => {
    const ctx = await orgContext("kivunim-ashdod");
    const call = await callOf(ctx, "Cohort 2020");
    const counts = call.applicationCounts;
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(total).toBe(45);
    expect(counts).toEqual({ accepted: 20, waitlisted: 5, screened_out: 3, rejected: 17 });
    expect(call.isOpen).toBe(false);
    const accepted = await listApplications(ctx, call.id, { status: "accepted", page: 1, pageSize: 50 });
    const roster = await listRoster(ctx, call.cohortId as string);
    const fellowIds = new Set(roster.filter((row) => row.role === "participant").map((row) => row.personId));
    expect(accepted.items.every((application) => fellowIds.has(application.personId))).toBe(true);
    const { stages } = await getReviewSetup(ctx, call.id);
    expect(stages).toHaveLength(4);
    const pitch = await rankStage(ctx, stages[3].id);
    expect(pitch.applications).toHaveLength(25);
    expect(pitch.applications.slice(0, 20).every((row) => row.status === "accepted" && row.reviews === 3)).toBe(true);
    expect(pitch.applications.slice(20).every((row) => row.status === "waitlisted")).toBe(true);
  });

  test("the Athens residency call is open with group applications waiting for review", async () => {
    const ctx = await orgContext("athens-cso-hub");
    const call = (await listCalls(ctx)).find(
      (candidate) => candidate.title.en === "Call for group residencies at the hub",
    );
    if (!call) throw new Error("No residency call");
    expect(call.cohortId).toBeNull();
    expect(call.isOpen).toBe(true);
    expect(call.applicantKind).toBe("group");
    expect(call.applicationCounts).toEqual({ submitted: 7, draft: 1 });
    const submitted = await listApplications(ctx, call.id, { status: "submitted", page: 1, pageSize: 50 });
    expect(submitted.items.every((application) => application.groupId !== null)).toBe(true);
  });
});

describe("the fellowship's weekly meetings", () => {
  test("the 2020 fellows met weekly from November to July and most reached their 150 committed hours", async () => {
    const ctx = await orgContext("kivunim-ashdod");
    const hours = await cohortHours(ctx, await cohortId(ctx, "Cohort 2020"));
    expect(hours.targetHours).toBe(150);
    const fellows = hours.items.filter((row) => row.role === "participant");
    expect(fellows).toHaveLength(20);
    expect(fellows.every((row) => row.eventMinutes > 0 && row.loggedMinutes > 0)).toBe(true);
    expect(fellows.filter((row) => (row.percent ?? 0) >= 100).length).toBeGreaterThanOrEqual(15);
    expect(fellows.some((row) => (row.percent ?? 0) < 100)).toBe(true);
  });

  test("the 2027 fellows have attended the meetings held since the November launch", async () => {
    const ctx = await orgContext("kivunim-ashdod");
    const hours = await cohortHours(ctx, await cohortId(ctx, "Cohort 2027"));
    const fellows = hours.items.filter((row) => row.role === "participant");
    expect(fellows.length).toBeGreaterThan(0);
    expect(fellows.every((row) => row.eventMinutes > 0)).toBe(true);
  });

  test("the demo participant's login shows their own hours in Cohort 2027 toward 150", async () => {
    const [fellow] = await t.database.db.select().from(user).where(eq(user.email, "fellow@kivunim.example"));
    expect(fellow.emailVerified).toBe(true);
    const hours = await myHours(t.database.db, fellow);
    expect(hours.map((entry) => entry.cohortName.en)).toEqual(["Cohort 2027"]);
    expect(hours[0]).toMatchObject({ fullName: fellow.name, targetHours: 150 });
    expect(hours[0].eventMinutes).toBeGreaterThan(0);
    expect(hours[0].events.length).toBeGreaterThan(0);
  });
});

describe("the academy's 2018 in the demo adds up to its published results summary", () => {
  const year2018 = sql`starts_at >= '2018-01-01T00:00:00+01' and starts_at < '2019-01-01T00:00:00+01'`;

  async function rows<Row>(query: ReturnType<typeof sql>) {
    return ((await t.database.db.execute(query)) as unknown as { rows: Row[] }).rows;
  }

  test("65 field workshops with 1,652 participants, 228 of them in Slovenia", async () => {
    const [workshops] = await rows<{ events: number; participants: number; slovenia: number }>(sql`
      select count(distinct e.id)::int as events, count(a.id)::int as participants,
             count(a.id) filter (where p.country = 'SI')::int as slovenia
      from events e left join event_attendance a on a.event_id = e.id left join people p on p.id = a.person_id
      where e.kind = 'field_workshop' and ${year2018}`);
    expect(workshops).toEqual({ events: 65, participants: 1652, slovenia: 228 });
  });

  test("7 festivals with 740 visitors; Slovenia's 3 festivals with 112", async () => {
    const [festivals] = await rows<{ events: number; visitors: number; slovenia: number; sloveniaEvents: number }>(sql`
      select count(distinct e.id)::int as events, sum(h.count)::int as visitors,
             sum(h.count) filter (where e.country = 'SI')::int as slovenia,
             count(distinct e.id) filter (where e.country = 'SI')::int as "sloveniaEvents"
      from events e join event_headcounts h on h.event_id = e.id
      where e.kind = 'festival' and ${year2018}`);
    expect(festivals).toEqual({ events: 7, visitors: 740, slovenia: 112, sloveniaEvents: 3 });
  });

  test("2 webinars with 121 participants", async () => {
    const [webinars] = await rows<{ events: number; participants: number }>(sql`
      select count(distinct e.id)::int as events, count(a.id)::int as participants
      from events e left join event_attendance a on a.event_id = e.id
      where e.kind = 'webinar' and ${year2018}`);
    expect(webinars).toEqual({ events: 2, participants: 121 });
  });

  test("the 7-module course has more than 2,700 enrollments by January 2019", async () => {
    const [course] = await rows<{ modules: number; enrollments: number }>(sql`
      select (select count(*)::int from course_modules m where m.course_id = c.id) as modules,
             (select count(*)::int from course_enrollments e
               where e.course_id = c.id and e.enrolled_at < '2019-01-01T00:00:00+01') as enrollments
      from courses c where c.title->>'en' = 'Social Innovation Academy'`);
    expect(course.modules).toBe(7);
    expect(course.enrollments).toBeGreaterThan(2700);
  });
});
