import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Organizations are tenants: a member of one never reads, changes or even confirms the existence of
 * another's records. Every refusal across the boundary is a 404 that carries none of the other's data.
 */
let t: TestApp;

type Member = { cookie: string; userId: string };
let ownerA: Member;
let ownerB: Member;
let orgA: string;
let orgB: string;

/** Records of each kind: `a` belongs to organization A, `b` to organization B. */
const ids = {
  a: {} as Record<string, string>,
  b: {} as Record<string, string>,
};

const secretName = "Secret Person Of B";
const secretGroup = "Secret Group Of B";

const program = { type: "fellowship", name: { en: "Fellowship" }, defaultCapacity: 10 };
const callOf = (cohortId: string) => ({
  cohortId,
  title: { en: "Call" },
  opensAt: "2026-11-01T00:00:00Z",
  closesAt: "2027-01-01T00:00:00Z",
  fields: [
    { key: "motivation", type: "long_text", label: { en: "Why?" } },
    { key: "cv", type: "file", label: { en: "CV" }, fileKinds: ["pdf"] },
  ],
});
const eventBody = {
  kind: "weekly_meeting",
  title: { en: "Weekly meeting" },
  startsAt: "2027-02-01T16:00:00Z",
  endsAt: "2027-02-01T18:00:00Z",
  timeZone: "Europe/Athens",
  registration: "open",
  capacity: 10,
};
const slotBody = { startsAt: "2027-01-10T08:00:00Z", endsAt: "2027-01-10T09:00:00Z", place: "Hall", capacity: 2 };
const stagesBody = {
  blindReview: true,
  stages: [{ name: { en: "Screening" }, criteria: [{ name: { en: "Motivation" }, weight: 1, min: 1, max: 5 }] }],
};
const cohortOf = (programId: string) => ({
  programId,
  name: { en: "Cohort" },
  startsOn: "2027-01-01",
  endsOn: "2027-06-30",
  capacity: 10,
  budgetLines: [{ category: "training", plannedAmount: 500_000, currency: "ILS" }],
});

async function json(response: Response) {
  return (await response.json()) as any;
}

async function created(member: Member, path: string, body: unknown) {
  const response = await t.call("POST", path, { cookie: member.cookie, body });
  expect(response.status).toBeLessThan(300);
  return json(response);
}

async function seed(
  member: Member,
  orgId: string,
  into: Record<string, string>,
  names: { person: string; group: string },
) {
  const base = `/api/orgs/${orgId}`;
  into.person = (await created(member, `${base}/people`, { fullName: names.person, email: `${orgId}@example.org` })).id;
  into.group = (await created(member, `${base}/groups`, { name: names.group, kind: "cso" })).id;
  into.program = (await created(member, `${base}/programs`, program)).id;
  into.cohort = (await created(member, `${base}/cohorts`, cohortOf(into.program))).id;
  into.enrollment = (
    await created(member, `${base}/cohorts/${into.cohort}/enrollments`, { personId: into.person, role: "participant" })
  ).id;
  into.invitation = (
    await created(member, `${base}/invitations`, { email: `invitee-${orgId}@example.org`, role: "mentor" })
  ).id;
  // The invitation waits in the outbox; as if delivered, so that resending it would be a valid request.
  into.message = (await json(await t.call("GET", `${base}/outbox`, { cookie: member.cookie })))[0].id;
  await t.database.db.execute(sql`update outbox_messages set status = 'sent' where id = ${into.message}`);
  into.network = (await created(member, `${base}/networks`, { name: { en: `Network of ${names.group}` } })).id;
  into.call = (await created(member, `${base}/calls`, callOf(into.cohort))).id;
  await t.call("POST", `${base}/calls/${into.call}/publish`, { cookie: member.cookie });
  into.application = (await created(member, "/api/my/applications", { callId: into.call, answers: {} })).id;
  into.file = await uploadedFile(member, into.application);
  await created(member, `/api/my/applications/${into.application}/submit`, {});
  const setup = await t.call("PUT", `${base}/calls/${into.call}/review-stages`, {
    cookie: member.cookie,
    body: stagesBody,
  });
  into.stage = (await json(setup)).stages[0].id;
  await created(member, `${base}/calls/${into.call}/review-moves`, {
    action: "advance",
    fromStageId: null,
    applicationIds: [into.application],
  });
  await created(member, `${base}/review-stages/${into.stage}/assignments`, {
    applicationIds: [into.application],
    reviewerUserIds: [member.userId],
  });
  into.assignment = (await json(await t.call("GET", `${base}/review-assignments`, { cookie: member.cookie })))[0].id;
  await t.call("POST", `${base}/groups/${into.group}/members`, {
    cookie: member.cookie,
    body: { personId: into.person },
  });
  into.slot = (await created(member, `${base}/review-stages/${into.stage}/slots`, slotBody)).id;
  into.booking = (
    await created(member, `${base}/review-stages/${into.stage}/bookings`, {
      applicationId: into.application,
      slotId: into.slot,
    })
  ).bookings[0].id;
  into.kind = (await created(member, `${base}/event-kinds`, { key: "hackathon", name: { en: "Hackathon" } })).id;
  into.event = (await created(member, `${base}/events`, { ...eventBody, cohortId: into.cohort })).id;
  const series = await created(member, `${base}/event-series`, { ...eventBody, rule: "FREQ=WEEKLY;COUNT=2" });
  into.series = series.id;
  into.registration = (
    await created(member, `${base}/events/${into.event}/registrations`, { personId: into.person })
  ).id;
  into.log = (
    await created(member, `${base}/enrollments/${into.enrollment}/hour-logs`, {
      workedOn: "2026-11-20",
      minutes: 60,
      description: "Initiative work",
    })
  ).id;
  into.course = (await created(member, `${base}/courses`, { title: { en: "Course" }, isPublished: true })).id;
  into.module = (await created(member, `${base}/courses/${into.course}/modules`, { title: { en: "Module" } })).id;
}

/** Uploads a PDF for the draft's file question (before it is submitted). */
async function uploadedFile(member: Member, applicationId: string) {
  const form = new FormData();
  form.append("file", new File(["%PDF-1.7\n%%EOF\n"], "cv.pdf", { type: "application/pdf" }));
  const uploaded = await t.app.request(`/api/my/applications/${applicationId}/files/cv`, {
    method: "POST",
    headers: { cookie: member.cookie },
    body: form,
  });
  expect(uploaded.status, await uploaded.clone().text()).toBe(201);
  return (await json(uploaded)).id as string;
}

/** Asserts a refusal across the boundary: 404 problem+json that names nothing of organization B. */
async function expectHidden(response: Response) {
  const text = await response.text();
  expect(response.status, text).toBe(404);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  for (const secret of [secretName, secretGroup, ...Object.values(ids.b)]) expect(text).not.toContain(secret);
}

beforeAll(async () => {
  t = await createTestApp();
  orgA = (await t.createOrganization("tenant-a")).id;
  orgB = (await t.createOrganization("tenant-b")).id;
  ownerA = await t.memberOf(orgA, "owner");
  ownerB = await t.memberOf(orgB, "owner");
  await seed(ownerA, orgA, ids.a, { person: "Person Of A", group: "Group Of A" });
  await seed(ownerB, orgB, ids.b, { person: secretName, group: secretGroup });
});

describe("another organization's records are 404 for a full-rights owner", () => {
  const as = (method: string, path: string, body?: unknown) =>
    t.call(method, `/api/orgs/${orgA}${path}`, { cookie: ownerA.cookie, body });

  test("another organization gets 404 for this person", async () => {
    await expectHidden(await as("GET", `/people/${ids.b.person}`));
    await expectHidden(await as("PUT", `/people/${ids.b.person}`, { fullName: "Taken Over" }));
    await expectHidden(await as("DELETE", `/people/${ids.b.person}`));
    await expectHidden(await as("GET", `/people/${ids.b.person}/enrollments`));
  });

  test("another organization gets 404 for this group and its members", async () => {
    await expectHidden(await as("GET", `/groups/${ids.b.group}`));
    await expectHidden(await as("PUT", `/groups/${ids.b.group}`, { name: "Taken Over", kind: "team" }));
    await expectHidden(await as("POST", `/groups/${ids.b.group}/members`, { personId: ids.a.person }));
    await expectHidden(await as("DELETE", `/groups/${ids.b.group}/members/${ids.b.person}`));
  });

  test("another organization gets 404 for this program", async () => {
    await expectHidden(await as("GET", `/programs/${ids.b.program}`));
    await expectHidden(await as("PUT", `/programs/${ids.b.program}`, program));
  });

  test("another organization gets 404 for this cohort and its roster", async () => {
    await expectHidden(await as("GET", `/cohorts/${ids.b.cohort}`));
    await expectHidden(await as("PUT", `/cohorts/${ids.b.cohort}`, cohortOf(ids.a.program)));
    await expectHidden(await as("GET", `/cohorts/${ids.b.cohort}/enrollments`));
    await expectHidden(
      await as("POST", `/cohorts/${ids.b.cohort}/enrollments`, { personId: ids.a.person, role: "participant" }),
    );
  });

  test("another organization gets 404 for this enrollment", async () => {
    await expectHidden(await as("PUT", `/enrollments/${ids.b.enrollment}`, { status: "withdrawn" }));
  });

  test("another organization gets 404 for this invitation and this member", async () => {
    await expectHidden(await as("DELETE", `/invitations/${ids.b.invitation}`));
    await expectHidden(await as("PUT", `/members/${ownerB.userId}`, { role: "mentor" }));
    await expectHidden(await as("DELETE", `/members/${ownerB.userId}`));
  });

  test("another organization gets 404 for a network it is not in", async () => {
    await expectHidden(await as("POST", `/networks/${ids.b.network}/members`, { organizationSlug: "tenant-a" }));
    await expectHidden(await as("DELETE", `/networks/${ids.b.network}/members/${orgB}`));
  });

  test("another organization gets 404 for this call and its applications", async () => {
    await expectHidden(await as("GET", `/calls/${ids.b.call}`));
    await expectHidden(await as("PUT", `/calls/${ids.b.call}`, callOf(ids.a.cohort)));
    await expectHidden(await as("POST", `/calls/${ids.b.call}/close`));
    await expectHidden(await as("GET", `/calls/${ids.b.call}/applications`));
    await expectHidden(await as("GET", `/applications/${ids.b.application}`));
    await expectHidden(await as("POST", `/applications/${ids.b.application}/decision`, { decision: "rejected" }));
  });

  test("another organization gets 404 for this call's review stages, ranking and assignments", async () => {
    await expectHidden(await as("GET", `/calls/${ids.b.call}/review-stages`));
    await expectHidden(await as("PUT", `/calls/${ids.b.call}/review-stages`, stagesBody));
    await expectHidden(
      await as("POST", `/calls/${ids.b.call}/review-moves`, {
        action: "reject",
        fromStageId: ids.b.stage,
        applicationIds: [ids.b.application],
      }),
    );
    await expectHidden(await as("GET", `/review-stages/${ids.b.stage}`));
    await expectHidden(
      await as("POST", `/review-stages/${ids.b.stage}/assignments`, {
        applicationIds: [ids.b.application],
        reviewerUserIds: [ownerA.userId],
      }),
    );
    await expectHidden(
      await as("POST", `/review-stages/${ids.b.stage}/assignments/balance`, {
        reviewerUserIds: [ownerA.userId],
        reviewsPerApplication: 1,
      }),
    );
    await expectHidden(await as("GET", `/review-assignments/${ids.b.assignment}`));
    await expectHidden(await as("POST", `/review-assignments/${ids.b.assignment}/conflict`, {}));
  });

  test("our call's review cannot reach another organization's applications or members", async () => {
    const moved = await as("POST", `/calls/${ids.a.call}/review-moves`, {
      action: "reject",
      fromStageId: ids.a.stage,
      applicationIds: [ids.b.application],
    });
    expect(moved.status).toBe(400);
    const assigned = await as("POST", `/review-stages/${ids.a.stage}/assignments`, {
      applicationIds: [ids.a.application],
      reviewerUserIds: [ownerB.userId],
    });
    expect(assigned.status).toBe(400);
    expect((await json(assigned)).errors[0].code).toBe("errors.notAReviewer");
  });

  test("our call cannot be opened for or moved to another organization's cohort", async () => {
    await expectHidden(await as("POST", "/calls", callOf(ids.b.cohort)));
    await expectHidden(await as("PUT", `/calls/${ids.a.call}`, callOf(ids.b.cohort)));
  });

  test("none of those attempts changed anything in organization B", async () => {
    const base = `/api/orgs/${orgB}`;
    const person = await json(await t.call("GET", `${base}/people/${ids.b.person}`, { cookie: ownerB.cookie }));
    expect(person).toMatchObject({ fullName: secretName, groups: [expect.objectContaining({ id: ids.b.group })] });
    const roster = await json(
      await t.call("GET", `${base}/cohorts/${ids.b.cohort}/enrollments`, { cookie: ownerB.cookie }),
    );
    expect(roster).toEqual([expect.objectContaining({ id: ids.b.enrollment, status: "active" })]);
    const invitations = await json(await t.call("GET", `${base}/invitations`, { cookie: ownerB.cookie }));
    expect(invitations).toEqual([expect.objectContaining({ id: ids.b.invitation, status: "pending" })]);
    const members = await json(await t.call("GET", `${base}/members`, { cookie: ownerB.cookie }));
    expect(members).toEqual([expect.objectContaining({ userId: ownerB.userId, role: "owner" })]);
    const networks = await json(await t.call("GET", `${base}/networks`, { cookie: ownerB.cookie }));
    expect(networks[0].members.map((member: any) => member.slug)).toEqual(["tenant-b"]);
    const call = await json(await t.call("GET", `${base}/calls/${ids.b.call}`, { cookie: ownerB.cookie }));
    expect(call).toMatchObject({ status: "published", applicationCounts: { submitted: 1 } });
    const ranking = await json(await t.call("GET", `${base}/review-stages/${ids.b.stage}`, { cookie: ownerB.cookie }));
    expect(ranking.applications).toEqual([
      expect.objectContaining({ applicationId: ids.b.application, status: "submitted", reviews: 0 }),
    ]);
    expect(ranking.applications[0].reviewers.map((reviewer: any) => reviewer.userId)).toEqual([ownerB.userId]);
  });

  test("lists never include another organization's records", async () => {
    const people = await json(await as("GET", "/people?q=secret"));
    expect(people).toMatchObject({ items: [], total: 0 });
    const inForeignGroup = await json(await as("GET", `/people?groupId=${ids.b.group}`));
    expect(inForeignGroup).toMatchObject({ items: [], total: 0 });
    const groups = await json(await as("GET", "/groups"));
    expect(groups.items.map((group: any) => group.id)).toEqual([ids.a.group]);
    const programs = await json(await as("GET", "/programs"));
    expect(programs.map((row: any) => row.id)).toEqual([ids.a.program]);
    const invitations = await json(await as("GET", "/invitations"));
    expect(invitations.map((row: any) => row.id)).toEqual([ids.a.invitation]);
    const calls = await json(await as("GET", "/calls"));
    expect(calls.map((row: any) => row.id)).toEqual([ids.a.call]);
    const outbox = await json(await as("GET", "/outbox"));
    expect(outbox.every((message: any) => !message.recipient.includes(orgB))).toBe(true);
    const exported = await (await as("GET", "/people/export.csv")).text();
    expect(exported).not.toContain(secretName);
  });

  test("every route under another organization's address is 404", async () => {
    const operations = await organizationOperations();
    expect(operations.length).toBeGreaterThan(20);
    for (const { method, path } of operations) {
      const concrete = path
        .replace("{orgId}", orgB)
        .replace(/\{(\w+)\}/g, (_, name: string) => idForParameter(name, ids.b, ownerB));
      const response = await t.call(method, concrete, {
        cookie: ownerA.cookie,
        body: method === "GET" ? undefined : {},
      });
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → 404`);
      await expectHidden(response);
    }
  });
});

describe("records cannot be joined across organizations", () => {
  const as = (method: string, path: string, body?: unknown) =>
    t.call(method, `/api/orgs/${orgA}${path}`, { cookie: ownerA.cookie, body });

  test("a person of another organization cannot be enrolled into our cohort", async () => {
    await expectHidden(
      await as("POST", `/cohorts/${ids.a.cohort}/enrollments`, { personId: ids.b.person, role: "participant" }),
    );
  });

  test("a group of another organization cannot be enrolled into our cohort", async () => {
    await expectHidden(
      await as("POST", `/cohorts/${ids.a.cohort}/enrollments`, { groupId: ids.b.group, role: "team" }),
    );
  });

  test("a person of another organization cannot join our group", async () => {
    await expectHidden(await as("POST", `/groups/${ids.a.group}/members`, { personId: ids.b.person }));
  });

  test("our cohort cannot be opened in or moved to another organization's program", async () => {
    await expectHidden(await as("POST", "/cohorts", cohortOf(ids.b.program)));
    await expectHidden(await as("PUT", `/cohorts/${ids.a.cohort}`, cohortOf(ids.b.program)));
  });

  test("those refusals left our cohort and group as they were", async () => {
    const roster = await json(await as("GET", `/cohorts/${ids.a.cohort}/enrollments`));
    expect(roster.map((row: any) => row.personId)).toEqual([ids.a.person]);
    const group = await json(await as("GET", `/groups/${ids.a.group}`));
    expect(group.members.map((member: any) => member.id)).toEqual([ids.a.person]);
    const cohort = await json(await as("GET", `/cohorts/${ids.a.cohort}`));
    expect(cohort.programId).toBe(ids.a.program);
  });
});

describe("roles inside one organization", () => {
  const refusedWrites = (): [string, string, unknown][] => [
    ["POST", "/people", { fullName: "Should Not Exist" }],
    ["PUT", `/people/${ids.a.person}`, { fullName: "Renamed" }],
    ["DELETE", `/people/${ids.a.person}`, undefined],
    ["POST", "/people/import", { rows: [{ line: 2, person: { fullName: "Should Not Exist" } }] }],
    ["POST", "/groups", { name: "Should Not Exist", kind: "team" }],
    ["POST", `/groups/${ids.a.group}/members`, { personId: ids.a.person }],
    ["POST", "/programs", program],
    ["PUT", `/programs/${ids.a.program}`, program],
    ["POST", "/cohorts", cohortOf(ids.a.program)],
    ["PUT", `/cohorts/${ids.a.cohort}`, cohortOf(ids.a.program)],
    ["POST", `/cohorts/${ids.a.cohort}/enrollments`, { personId: ids.a.person, role: "mentor" }],
    ["PUT", `/enrollments/${ids.a.enrollment}`, { status: "withdrawn" }],
    ["PUT", "", { name: { en: "Renamed" }, defaultLocale: "en", timeZone: "UTC", currency: "EUR", country: null }],
    ["POST", "/invitations", { email: "friend@example.org", role: "admin" }],
    ["PUT", `/members/${ownerA.userId}`, { role: "mentor" }],
    ["POST", "/networks", { name: { en: "Should Not Exist" } }],
    ["POST", "/calls", callOf(ids.a.cohort)],
    ["PUT", `/calls/${ids.a.call}`, callOf(ids.a.cohort)],
    ["POST", `/calls/${ids.a.call}/close`, undefined],
    ["POST", `/applications/${ids.a.application}/decision`, { decision: "rejected" }],
    ["PUT", `/calls/${ids.a.call}/review-stages`, stagesBody],
    [
      "POST",
      `/calls/${ids.a.call}/review-moves`,
      { action: "reject", fromStageId: ids.a.stage, applicationIds: [ids.a.application] },
    ],
    [
      "POST",
      `/review-stages/${ids.a.stage}/assignments`,
      { applicationIds: [ids.a.application], reviewerUserIds: [ownerA.userId] },
    ],
    [
      "POST",
      `/review-stages/${ids.a.stage}/assignments/balance`,
      { reviewerUserIds: [ownerA.userId], reviewsPerApplication: 1 },
    ],
  ];

  test.each(["partner_viewer", "participant", "mentor"] as const)(
    "a %s is refused every write with 403",
    async (role) => {
      const member = await t.memberOf(orgA, role);
      for (const [method, path, body] of refusedWrites()) {
        const response = await t.call(method, `/api/orgs/${orgA}${path}`, { cookie: member.cookie, body });
        expect(`${role} ${method} ${path} → ${response.status}`).toBe(`${role} ${method} ${path} → 403`);
        expect((await json(response)).code).toBe("errors.forbidden");
      }
      const people = await json(await t.call("GET", `/api/orgs/${orgA}/people?q=should`, { cookie: ownerA.cookie }));
      expect(people.total).toBe(0);
      const roster = await json(
        await t.call("GET", `/api/orgs/${orgA}/cohorts/${ids.a.cohort}/enrollments`, { cookie: ownerA.cookie }),
      );
      expect(roster).toEqual([expect.objectContaining({ status: "active", role: "participant" })]);
    },
  );

  test("a partner viewer reads programs and budgets but not people", async () => {
    const viewer = await t.memberOf(orgA, "partner_viewer");
    const cohort = await json(
      await t.call("GET", `/api/orgs/${orgA}/cohorts/${ids.a.cohort}`, { cookie: viewer.cookie }),
    );
    expect(cohort.budgetLines).toEqual([expect.objectContaining({ plannedAmount: 500_000 })]);
    expect((await t.call("GET", `/api/orgs/${orgA}/people`, { cookie: viewer.cookie })).status).toBe(403);
    expect(
      (await t.call("GET", `/api/orgs/${orgA}/cohorts/${ids.a.cohort}/enrollments`, { cookie: viewer.cookie })).status,
    ).toBe(403);
  });

  test("a participant sees the cohort without its budget", async () => {
    const participant = await t.memberOf(orgA, "participant");
    const response = await t.call("GET", `/api/orgs/${orgA}/cohorts/${ids.a.cohort}`, { cookie: participant.cookie });
    expect(response.status).toBe(200);
    expect((await json(response)).budgetLines).toBeNull();
    expect(
      (await t.call("GET", `/api/orgs/${orgA}/people/${ids.a.person}`, { cookie: participant.cookie })).status,
    ).toBe(403);
  });

  test("a mentor reads people and rosters", async () => {
    const mentor = await t.memberOf(orgA, "mentor");
    expect((await t.call("GET", `/api/orgs/${orgA}/people/${ids.a.person}`, { cookie: mentor.cookie })).status).toBe(
      200,
    );
    expect(
      (await t.call("GET", `/api/orgs/${orgA}/cohorts/${ids.a.cohort}/enrollments`, { cookie: mentor.cookie })).status,
    ).toBe(200);
    expect((await t.call("GET", `/api/orgs/${orgA}/members`, { cookie: mentor.cookie })).status).toBe(403);
  });
});

describe("without a session", () => {
  test("every organization route answers 401", async () => {
    for (const { method, path } of await organizationOperations()) {
      const concrete = path
        .replace("{orgId}", orgA)
        .replace(/\{(\w+)\}/g, (_, name: string) => idForParameter(name, ids.a, ownerA));
      const response = await t.call(method, concrete, { body: method === "GET" ? undefined : {} });
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → 401`);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const text = await response.text();
      expect(text).not.toContain("Person Of A");
    }
  });

  test("who-am-I and creating an organization answer 401", async () => {
    expect((await t.call("GET", "/api/me")).status).toBe(401);
    expect((await t.call("POST", "/api/orgs", { body: { slug: "anon" } })).status).toBe(401);
  });
});

/** Every documented operation under /api/orgs/{orgId}, read from the app's own OpenAPI document. */
async function organizationOperations() {
  const document = await json(await t.call("GET", "/api/openapi.json"));
  const operations: { method: string; path: string }[] = [];
  for (const [path, item] of Object.entries<Record<string, unknown>>(document.paths)) {
    if (!path.startsWith("/api/orgs/{orgId}")) continue;
    for (const method of Object.keys(item)) operations.push({ method: method.toUpperCase(), path });
  }
  return operations;
}

function idForParameter(name: string, records: Record<string, string>, owner: Member) {
  const byParameter: Record<string, string | undefined> = {
    personId: records.person,
    groupId: records.group,
    programId: records.program,
    cohortId: records.cohort,
    enrollmentId: records.enrollment,
    invitationId: records.invitation,
    networkId: records.network,
    callId: records.call,
    applicationId: records.application,
    stageId: records.stage,
    assignmentId: records.assignment,
    messageId: records.message,
    fileId: records.file,
    slotId: records.slot,
    bookingId: records.booking,
    kindId: records.kind,
    eventId: records.event,
    seriesId: records.series,
    registrationId: records.registration,
    logId: records.log,
    courseId: records.course,
    moduleId: records.module,
    chart: "events-by-kind.svg",
    userId: owner.userId,
    memberId: records === ids.a ? orgA : orgB,
  };
  const value = byParameter[name];
  if (!value) throw new Error(`No record for path parameter ${name}; teach isolation.test.ts about it`);
  return value;
}
