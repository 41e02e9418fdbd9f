import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string };

const fellowship = {
  type: "fellowship",
  name: { en: "Leadership 20/20", he: "מנהיגות 20/20" },
  defaultCapacity: 20,
  commitmentHours: 150,
};

function cohortBody(programId: string, overrides: Record<string, unknown> = {}) {
  return {
    programId,
    name: { en: "2020", he: "מחזור 2020" },
    startsOn: "2019-09-01",
    endsOn: "2020-07-31",
    capacity: 20,
    commitmentHours: 150,
    phases: [
      { name: { en: "Recruitment" }, startsOn: "2019-09-01", endsOn: "2019-10-31" },
      { name: { en: "Launch" }, startsOn: "2019-11-01", endsOn: "2019-11-30" },
      { name: { en: "Training" }, startsOn: "2019-12-01", endsOn: "2020-02-29" },
      { name: { en: "Implementation" }, startsOn: "2020-03-01", endsOn: "2020-07-15" },
      { name: { en: "Closing" }, startsOn: "2020-07-16", endsOn: "2020-07-31" },
    ],
    budgetLines: [
      { category: "training", plannedAmount: 10_000_000, currency: "ILS" },
      { category: "initiatives", plannedAmount: 9_000_000, currency: "ILS" },
    ],
    ...overrides,
  };
}

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

async function createPeople(count: number) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const response = await t.call("POST", `/api/orgs/${orgId}/people`, {
      cookie: manager.cookie,
      body: { fullName: `Fellow ${index}` },
    });
    ids.push((await json(response)).id);
  }
  return ids;
}

beforeAll(async () => {
  t = await createTestApp();
  const organization = await t.createOrganization("ashdod-youth");
  orgId = organization.id;
  manager = await t.memberOf(orgId, "program_manager");
});

describe("programs and cohorts", () => {
  test("a program manager creates a program and a cohort with phases and a budget", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, { cookie: manager.cookie, body: fellowship }),
    );
    expect(program.name.he).toBe("מנהיגות 20/20");
    const response = await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
      cookie: manager.cookie,
      body: cohortBody(program.id),
    });
    expect(response.status).toBe(201);
    const cohort = await json(response);
    expect(cohort.phases.map((phase: any) => phase.name.en)).toEqual([
      "Recruitment",
      "Launch",
      "Training",
      "Implementation",
      "Closing",
    ]);
    expect(cohort.budgetLines.reduce((sum: number, line: any) => sum + line.plannedAmount, 0)).toBe(19_000_000);
    expect(cohort.budgetLines.map((line: any) => line.category)).toEqual(["training", "initiatives"]);
    expect(cohort.seatsTaken).toBe(0);
  });

  test("a cohort that ends before it starts is refused with the field named", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, { cookie: manager.cookie, body: fellowship }),
    );
    const response = await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
      cookie: manager.cookie,
      body: cohortBody(program.id, { startsOn: "2020-09-01", endsOn: "2020-01-01", phases: [] }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await json(response)).errors[0]).toMatchObject({ path: "json.endsOn", code: "errors.endsBeforeStart" });
  });

  test("a participant cannot create a program", async () => {
    const participant = await t.memberOf(orgId, "participant");
    const response = await t.call("POST", `/api/orgs/${orgId}/programs`, {
      cookie: participant.cookie,
      body: fellowship,
    });
    expect(response.status).toBe(403);
    const list = await t.call("GET", `/api/orgs/${orgId}/programs`, { cookie: participant.cookie });
    expect(list.status).toBe(200);
  });
});

describe("enrollments", () => {
  test("50 parallel enrollments into a cohort with 20 places end with exactly 20 active", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, { cookie: manager.cookie, body: fellowship }),
    );
    const cohort = await json(
      await t.call("POST", `/api/orgs/${orgId}/cohorts`, { cookie: manager.cookie, body: cohortBody(program.id) }),
    );
    const personIds = await createPeople(50);
    const responses = await Promise.all(
      personIds.map((personId) =>
        t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
          cookie: manager.cookie,
          body: { personId, role: "participant" },
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 409)).toHaveLength(30);
    const refusal = await json(responses[statuses.indexOf(409)]);
    expect(refusal.code).toBe("errors.cohortFull");
    const roster = await json(
      await t.call("GET", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, { cookie: manager.cookie }),
    );
    expect((roster as unknown as any[]).filter((enrollment) => enrollment.status === "active")).toHaveLength(20);

    // Mentors do not take a fellow's place, and a withdrawal frees one.
    const [mentorId] = await createPeople(1);
    const mentor = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: mentorId, role: "mentor" },
    });
    expect(mentor.status).toBe(201);
    const first = (roster as unknown as any[]).find((enrollment) => enrollment.role === "participant");
    await t.call("PUT", `/api/orgs/${orgId}/enrollments/${first.id}`, {
      cookie: manager.cookie,
      body: { status: "withdrawn" },
    });
    const rejoin = await t.call("PUT", `/api/orgs/${orgId}/enrollments/${first.id}`, {
      cookie: manager.cookie,
      body: { status: "active" },
    });
    expect(rejoin.status).toBe(200);
    const over = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: personIds[49], role: "participant" },
    });
    expect([409]).toContain(over.status);
  });

  test("capacity cannot be lowered below the seats taken", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, { cookie: manager.cookie, body: fellowship }),
    );
    const cohort = await json(
      await t.call("POST", `/api/orgs/${orgId}/cohorts`, {
        cookie: manager.cookie,
        body: cohortBody(program.id, { capacity: 5 }),
      }),
    );
    for (const personId of await createPeople(3)) {
      await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
        cookie: manager.cookie,
        body: { personId, role: "participant" },
      });
    }
    const response = await t.call("PUT", `/api/orgs/${orgId}/cohorts/${cohort.id}`, {
      cookie: manager.cookie,
      body: cohortBody(program.id, { capacity: 2 }),
    });
    expect(response.status).toBe(409);
    expect((await json(response)).errors[0].path).toBe("json.capacity");
  });

  test("the same person cannot be enrolled twice", async () => {
    const program = await json(
      await t.call("POST", `/api/orgs/${orgId}/programs`, { cookie: manager.cookie, body: fellowship }),
    );
    const cohort = await json(
      await t.call("POST", `/api/orgs/${orgId}/cohorts`, { cookie: manager.cookie, body: cohortBody(program.id) }),
    );
    const [personId] = await createPeople(1);
    const body = { personId, role: "participant" };
    await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, { cookie: manager.cookie, body });
    const again = await t.call("POST", `/api/orgs/${orgId}/cohorts/${cohort.id}/enrollments`, {
      cookie: manager.cookie,
      body,
    });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("errors.alreadyEnrolled");
  });
});
