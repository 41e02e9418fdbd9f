import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { user } from "../../auth/auth.tables.ts";
import { applications, calls, cohorts, eventAttendance, events } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string; userId: string };
let cohortId: string;

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

async function aPerson(fullName: string, email?: string) {
  return (
    await json(await t.call("POST", `/api/orgs/${orgId}/people`, { cookie: manager.cookie, body: { fullName, email } }))
  ).id as string;
}

async function enroll(personId: string) {
  const response = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohortId}/enrollments`, {
    cookie: manager.cookie,
    body: { personId, role: "participant" },
  });
  return (await json(response)).id as string;
}

/** A weekly meeting of the cohort, three hours long as scheduled, straight in the table. */
async function aMeeting(startsAt: string, overrides: Partial<typeof events.$inferInsert> = {}) {
  const start = new Date(startsAt);
  const [event] = await t.database.db
    .insert(events)
    .values({
      organizationId: orgId,
      kind: "weekly_meeting",
      title: { en: "Weekly meeting", he: "מפגש שבועי" },
      startsAt: start,
      endsAt: new Date(start.getTime() + 3 * 3600_000),
      timeZone: "Asia/Jerusalem",
      cohortId,
      ...overrides,
    })
    .returning();
  return event;
}

async function attended(eventId: string, personId: string, checkedInAt: Date, checkedOutAt: Date | null = null) {
  await t.database.db
    .insert(eventAttendance)
    .values({ organizationId: orgId, eventId, personId, checkedInAt, checkedOutAt, source: "bulk" });
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("kivunim")).id;
  manager = await t.memberOf(orgId, "program_manager");
  const program = await json(
    await t.call("POST", `/api/orgs/${orgId}/programs`, {
      cookie: manager.cookie,
      body: { type: "fellowship", name: { en: "Fellowship", he: "תוכנית עמיתים" }, commitmentHours: 150 },
    }),
  );
  const cohort = await json(
    await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
      cookie: manager.cookie,
      body: { programId: program.id, name: { en: "2026" }, startsOn: "2026-09-01", endsOn: "2027-07-31", capacity: 20 },
    }),
  );
  cohortId = cohort.id;
});

describe("commitment hours", () => {
  test("hours add attended meetings (measured or scheduled) and logged hours against the program's 150", async () => {
    const person = await aPerson("Noa Levi");
    const enrollmentId = await enroll(person);
    const measured = await aMeeting("2026-11-02T16:00:00Z");
    const scheduled = await aMeeting("2026-11-09T16:00:00Z");
    const otherCohortEvent = await aMeeting("2026-11-10T16:00:00Z", { cohortId: null });
    await attended(measured.id, person, new Date("2026-11-02T16:00:00Z"), new Date("2026-11-02T17:30:00Z"));
    await attended(scheduled.id, person, new Date("2026-11-09T16:10:00Z"));
    await attended(otherCohortEvent.id, person, new Date("2026-11-10T16:00:00Z"));
    const logged = await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
      cookie: manager.cookie,
      body: { workedOn: "2026-11-15", minutes: 450, description: "Community initiative" },
    });
    expect(logged.status).toBe(201);
    const hours = await json(
      await t.call("GET", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hours`, { cookie: manager.cookie }),
    );
    expect(hours).toMatchObject({
      targetHours: 150,
      eventMinutes: 90 + 180,
      loggedMinutes: 450,
      totalMinutes: 720,
      percent: 8,
    });
    expect(hours.events.map((event: any) => [event.minutes, event.measured])).toEqual([
      [90, true],
      [180, false],
    ]);
    expect(hours.logs).toEqual([expect.objectContaining({ minutes: 450, description: "Community initiative" })]);
  });

  test("the cohort roster shows everyone's hours, and the cohort's own target wins over the program's", async () => {
    const roster = await json(
      await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohortId}/hours`, { cookie: manager.cookie }),
    );
    expect(roster.targetHours).toBe(150);
    const quiet = await aPerson("Quiet Quinn");
    await enroll(quiet);
    await t.database.db.update(cohorts).set({ commitmentHours: 12 }).where(eq(cohorts.id, cohortId));
    const after = await json(
      await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohortId}/hours`, { cookie: manager.cookie }),
    );
    expect(after.targetHours).toBe(12);
    expect(
      after.items.map((item: any) => [item.fullName, item.eventsAttended, item.totalMinutes, item.percent]),
    ).toEqual([
      ["Noa Levi", 2, 720, 100],
      ["Quiet Quinn", 0, 0, 0],
    ]);
    await t.database.db.update(cohorts).set({ commitmentHours: null }).where(eq(cohorts.id, cohortId));
  });

  test("logged hours are corrected and removed; a day holds at most 24 hours", async () => {
    const enrollmentId = await enroll(await aPerson("Editing Eden"));
    const log = await json(
      await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
        cookie: manager.cookie,
        body: { workedOn: "2026-11-20", minutes: 60, description: "Volunteering" },
      }),
    );
    const edited = await t.call("PUT", `/api/orgs/${orgId}/hour-logs/${log.id}`, {
      cookie: manager.cookie,
      body: { workedOn: "2026-11-21", minutes: 120, description: "Volunteering, all morning" },
    });
    expect(await json(edited)).toMatchObject({ workedOn: "2026-11-21", minutes: 120 });
    const tooMuch = await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
      cookie: manager.cookie,
      body: { workedOn: "2026-11-20", minutes: 1441, description: "Too long" },
    });
    expect(tooMuch.status).toBe(400);
    expect((await json(tooMuch)).errors[0].path).toBe("json.minutes");
    expect((await t.call("DELETE", `/api/orgs/${orgId}/hour-logs/${log.id}`, { cookie: manager.cookie })).status).toBe(
      200,
    );
    const hours = await json(
      await t.call("GET", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hours`, { cookie: manager.cookie }),
    );
    expect(hours.totalMinutes).toBe(0);
  });

  test("a login whose matching email is not verified sees nobody's hours; once verified it sees the person's", async () => {
    const login = await t.signUp("Maya Cohen", `maya-${Date.now()}@example.org`);
    const enrollmentId = await enroll(await aPerson("Maya Cohen", login.email));
    await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
      cookie: manager.cookie,
      body: { workedOn: "2026-11-20", minutes: 600, description: "Initiative" },
    });
    // Anyone may sign up with this address: it is not proof of being Maya.
    expect(await json(await t.call("GET", "/api/my/hours", { cookie: login.cookie }))).toEqual([]);

    // A sign-in link or an accepted invitation to the address verifies it.
    await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, login.userId));
    const mine = await json(await t.call("GET", "/api/my/hours", { cookie: login.cookie }));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ enrollmentId, totalMinutes: 600, targetHours: 150, organization: { id: orgId } });
    expect(mine[0].programName.he).toBe("תוכנית עמיתים");
  });

  test("a login sees the hours of the person it applied as, whatever that person's email", async () => {
    const applicant = await t.signUp("Applicant", `applicant-${Date.now()}@example.org`);
    const appliedAs = await aPerson("Applied Amir", "amir.other@example.org");
    await enroll(appliedAs);
    const [call] = await t.database.db
      .insert(calls)
      .values({
        organizationId: orgId,
        cohortId,
        title: { en: "Call" },
        opensAt: new Date("2026-01-01T00:00:00Z"),
        closesAt: new Date("2026-02-01T00:00:00Z"),
        applicantKind: "person",
      })
      .returning();
    await t.database.db.insert(applications).values({
      organizationId: orgId,
      callId: call.id,
      personId: appliedAs,
      applicantUserId: applicant.userId,
      locale: "en",
    });
    const theirs = await json(await t.call("GET", "/api/my/hours", { cookie: applicant.cookie }));
    expect(theirs.map((entry: any) => entry.fullName)).toEqual(["Applied Amir"]);
    expect((await t.call("GET", "/api/my/hours")).status).toBe(401);
  });
});

describe("who may", () => {
  test("another organization's owner gets 404 for this organization's hours and logs", async () => {
    const enrollmentId = await enroll(await aPerson("Private Hours"));
    const log = await json(
      await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
        cookie: manager.cookie,
        body: { workedOn: "2026-11-20", minutes: 30, description: "Call" },
      }),
    );
    const other = await t.createOrganization("other-hours");
    const owner = await t.memberOf(other.id, "owner");
    const base = `/api/orgs/${other.id}`;
    const body = { workedOn: "2026-11-20", minutes: 30, description: "X" };
    const attempts = await Promise.all([
      t.call("GET", `${base}/cohorts/${cohortId}/hours`, { cookie: owner.cookie }),
      t.call("GET", `${base}/enrollments/${enrollmentId}/hours`, { cookie: owner.cookie }),
      t.call("POST", `${base}/enrollments/${enrollmentId}/hour-logs`, { cookie: owner.cookie, body }),
      t.call("PUT", `${base}/hour-logs/${log.id}`, { cookie: owner.cookie, body }),
      t.call("DELETE", `${base}/hour-logs/${log.id}`, { cookie: owner.cookie }),
    ]);
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  test("participants may not read the roster's hours nor log hours; without a session it is 401", async () => {
    const enrollmentId = await enroll(await aPerson("Guarded"));
    const participant = await t.memberOf(orgId, "participant");
    const roster = await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohortId}/hours`, { cookie: participant.cookie });
    expect(roster.status).toBe(403);
    const logging = await t.call("POST", `/api/orgs/${orgId}/enrollments/${enrollmentId}/hour-logs`, {
      cookie: participant.cookie,
      body: { workedOn: "2026-11-20", minutes: 30, description: "Mine" },
    });
    expect(logging.status).toBe(403);
    expect((await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohortId}/hours`)).status).toBe(401);
  });
});
