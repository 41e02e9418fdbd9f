import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { json, type Member, publishedCohortCall, submitApplication } from "./calls.test-helpers.ts";

let t: TestApp;
let orgId: string;
let callId: string;
let manager: Member;
let mentors: Member[];
let colleague: Member;
/** Submitted applications in order of submission, and one draft. */
let submitted: string[];
let draftId: string;
let stageIds: string[];
let criteria: string[];

const as = (member: Member, method: string, path: string, body?: unknown) =>
  t.call(method, `/api/orgs/${orgId}${path}`, { cookie: member.cookie, body });

const rubric = (weights: [number, number]) => [
  {
    name: { en: "Motivation", he: "מוטיבציה" },
    weight: weights[0],
    min: 1,
    max: 5,
    anchors: { "1": { en: "Vague" }, "5": { en: "Clear and personal", he: "ברורה ואישית" } },
  },
  { name: { en: "Fit with the city" }, weight: weights[1], min: 1, max: 5 },
];

const stages = (blindReview: boolean) => ({
  blindReview,
  stages: [
    { name: { en: "Screening", he: "סינון" }, criteria: rubric([3, 1]) },
    { name: { en: "Assessment centre" }, criteria: rubric([1, 1]) },
    { name: { en: "Interview" }, criteria: rubric([1, 1]) },
    { name: { en: "Project pitch" }, criteria: rubric([2, 1]) },
  ],
});

const move = (action: string, fromStageId: string | null, applicationIds: string[]) =>
  as(manager, "POST", `/calls/${callId}/review-moves`, { action, fromStageId, applicationIds });

const ranking = async (stage = 0) => json(await as(manager, "GET", `/review-stages/${stageIds[stage]}`));

async function assignmentOf(reviewer: Member, applicationId: string) {
  const list = await json(await as(reviewer, "GET", "/review-assignments"));
  return list.find((row: any) => row.applicationId === applicationId)?.id as string | undefined;
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("fellowship-review")).id;
  manager = await t.memberOf(orgId, "program_manager");
  mentors = [await t.memberOf(orgId, "mentor"), await t.memberOf(orgId, "mentor"), await t.memberOf(orgId, "mentor")];
  colleague = await t.memberOf(orgId, "admin");
  callId = await publishedCohortCall(t, orgId, manager, {
    title: { en: "Leadership 20/20" },
    opensAt: "2026-11-01T00:00:00Z",
    closesAt: "2026-12-31T00:00:00Z",
    fields: [
      { key: "motivation", type: "long_text", label: { en: "Why?" }, required: true },
      { key: "contact_email", type: "email", label: { en: "Email" } },
      { key: "phone", type: "phone", label: { en: "Phone" } },
      { key: "signature", type: "short_text", label: { en: "Sign with your name" }, hiddenInBlindReview: true },
    ],
  });
  submitted = [];
  for (let n = 1; n <= 10; n++) {
    const applicant = await t.signUp(`Applicant Person ${n}`, `applicant${n}@example.org`);
    const answers = {
      motivation: `Reason ${n}`,
      contact_email: `contact${n}@example.org`,
      phone: `+972 50 000 00${n}`,
      signature: `Signed Person ${n}`,
    };
    submitted.push(await submitApplication(t, applicant, { callId, answers }));
  }
  const drafter = await t.signUp("Still Drafting");
  draftId = (
    await json(await t.call("POST", "/api/my/applications", { cookie: drafter.cookie, body: { callId, answers: {} } }))
  ).id;
});

describe("stages and rubrics", () => {
  test("staff configure the four stages of the fellowship, each with a weighted rubric", async () => {
    const response = await as(manager, "PUT", `/calls/${callId}/review-stages`, stages(true));
    expect(response.status, await response.clone().text()).toBe(200);
    const setup = await json(response);
    expect(setup.blindReview).toBe(true);
    expect(setup.stages.map((stage: any) => stage.name.en)).toEqual([
      "Screening",
      "Assessment centre",
      "Interview",
      "Project pitch",
    ]);
    expect(setup.stages[0].criteria[0]).toMatchObject({
      weight: 3,
      min: 1,
      max: 5,
      anchors: { "5": { he: "ברורה ואישית" } },
    });
    stageIds = setup.stages.map((stage: any) => stage.id);
    criteria = setup.stages[0].criteria.map((criterion: any) => criterion.id);
    const again = await json(await as(manager, "GET", `/calls/${callId}/review-stages`));
    expect(again.stages.map((stage: any) => stage.id)).toEqual(stageIds);
  });

  test("a scale upside down, an anchor off the scale or a weight of zero is refused with its path", async () => {
    const broken = stages(true);
    broken.stages[0].criteria[0] = { ...broken.stages[0].criteria[0], min: 5, max: 1 } as never;
    broken.stages[1].criteria[0] = { ...broken.stages[1].criteria[0], anchors: { "9": { en: "Off" } } } as never;
    broken.stages[2].criteria[1] = { ...broken.stages[2].criteria[1], weight: 0 } as never;
    const response = await as(manager, "PUT", `/calls/${callId}/review-stages`, broken);
    expect(response.status).toBe(400);
    const paths = (await json(response)).errors.map((error: any) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "json.stages.0.criteria.0.max",
        "json.stages.1.criteria.0.anchors.9",
        "json.stages.2.criteria.1.weight",
      ]),
    );
  });
});

describe("moving applications through the stages", () => {
  test("a bulk advance with one application out of place moves none and names it", async () => {
    const response = await move("advance", null, [...submitted, draftId]);
    expect(response.status).toBe(400);
    const problem = await json(response);
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: "json.applicationIds.10", code: "errors.notInStage" }),
    ]);
    expect(problem.errors[0].message).toContain(draftId);
    expect((await ranking()).applications).toEqual([]);
  });

  test("staff advance every submitted application into screening at once", async () => {
    const response = await move("advance", null, submitted);
    expect(await json(response)).toEqual({ action: "advance", toStageId: stageIds[0], moved: 10 });
    expect((await ranking()).applications).toHaveLength(10);
  });
});

describe("reviewers", () => {
  test("balanced assignment gives 10 applications 2 reviewers each across 3 reviewers: loads 7, 7 and 6", async () => {
    const response = await as(manager, "POST", `/review-stages/${stageIds[0]}/assignments/balance`, {
      reviewerUserIds: mentors.map((mentor) => mentor.userId),
      reviewsPerApplication: 2,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const { loads } = await json(response);
    expect(loads.map((load: any) => load.assigned).sort()).toEqual([6, 7, 7]);
    const view = await ranking();
    for (const row of view.applications) {
      expect(new Set(row.reviewers.map((reviewer: any) => reviewer.userId)).size).toBe(2);
    }
    const again = await as(manager, "POST", `/review-stages/${stageIds[0]}/assignments/balance`, {
      reviewerUserIds: mentors.map((mentor) => mentor.userId),
      reviewsPerApplication: 2,
    });
    expect((await json(again)).loads.map((load: any) => load.assigned).sort()).toEqual([6, 7, 7]);
  });

  test("only staff and mentors of the organization can be reviewers", async () => {
    const participant = await t.memberOf(orgId, "participant");
    const response = await as(manager, "POST", `/review-stages/${stageIds[0]}/assignments`, {
      applicationIds: [submitted[0]],
      reviewerUserIds: [colleague.userId, participant.userId],
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors).toEqual([
      expect.objectContaining({ path: "json.reviewerUserIds.1", code: "errors.notAReviewer" }),
    ]);
  });

  test("program managers list the members who may review with name, email and role", async () => {
    const response = await as(manager, "GET", "/reviewers");
    expect(response.status).toBe(200);
    const reviewers = await json(response);
    const ids = reviewers.map((reviewer: any) => reviewer.userId);
    expect(ids).toEqual(expect.arrayContaining([manager.userId, colleague.userId, ...mentors.map((m) => m.userId)]));
    expect(reviewers.find((reviewer: any) => reviewer.userId === mentors[0].userId)).toEqual({
      userId: mentors[0].userId,
      name: expect.any(String),
      email: mentors[0].email,
      role: "mentor",
    });
    expect(reviewers.every((reviewer: any) => reviewer.role !== "participant")).toBe(true);
  });

  test("the list of reviewers is for staff: a mentor or participant gets 403, nobody signed in 401", async () => {
    const participant = await t.memberOf(orgId, "participant");
    expect((await as(mentors[0], "GET", "/reviewers")).status).toBe(403);
    expect((await as(participant, "GET", "/reviewers")).status).toBe(403);
    expect((await t.call("GET", `/api/orgs/${orgId}/reviewers`)).status).toBe(401);
  });

  test("a blind review shows a number instead of the name and hides email, phone and identifying answers", async () => {
    const id = (await assignmentOf(mentors[0], submitted[0])) ?? (await assignmentOf(mentors[1], submitted[0]));
    const reviewer = (await assignmentOf(mentors[0], submitted[0])) ? mentors[0] : mentors[1];
    const blind = await json(await as(reviewer, "GET", `/review-assignments/${id}`));
    expect(blind).toMatchObject({ blind: true, applicantName: "Applicant #1", answers: { motivation: "Reason 1" } });
    expect(Object.keys(blind.answers)).toEqual(["motivation"]);
    expect(JSON.stringify(blind)).not.toMatch(/Applicant Person|Signed Person|contact1@|\+972/);
    const list = await json(await as(reviewer, "GET", "/review-assignments"));
    expect(list.every((row: any) => /^Applicant #\d+$/.test(row.applicantName))).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/Applicant Person|Signed Person/);
    const blindRanking = await ranking();
    expect(blindRanking.applications.map((row: any) => row.applicantName)).toContain("Applicant #1");
    expect(JSON.stringify(blindRanking)).not.toMatch(/Applicant Person|Signed Person|contact1@/);

    await as(manager, "PUT", `/calls/${callId}/review-stages`, stages(false));
    const open = await json(await as(reviewer, "GET", `/review-assignments/${id}`));
    expect(open).toMatchObject({ blind: false, applicantName: "Applicant Person 1" });
    expect(open.answers).toMatchObject({ contact_email: "contact1@example.org", signature: "Signed Person 1" });
    expect((await ranking()).applications.map((row: any) => row.applicantName)).toContain("Applicant Person 1");
    await as(manager, "PUT", `/calls/${callId}/review-stages`, stages(true));
  });
});

describe("scores and ranking", () => {
  let scoredByMentor: string;

  test("a reviewer scores each criterion of the rubric with a comment", async () => {
    const mine = await json(await as(mentors[0], "GET", "/review-assignments"));
    expect(mine.length).toBeGreaterThanOrEqual(6);
    const target = mine.find((row: any) => row.applicationId !== submitted[0] && row.applicationId !== submitted[1]);
    scoredByMentor = target.applicationId;
    const response = await as(mentors[0], "PUT", `/review-assignments/${target.id}/scores`, {
      scores: [
        { criterionId: criteria[0], score: 1, comment: "Too general" },
        { criterionId: criteria[1], score: 1 },
      ],
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await json(response)).scores).toEqual([
      { criterionId: criteria[0], score: 1, comment: "Too general" },
      { criterionId: criteria[1], score: 1, comment: null },
    ]);
    const list = await json(await as(mentors[0], "GET", "/review-assignments"));
    expect(list.find((row: any) => row.id === target.id)).toMatchObject({ scoredCriteria: 2, criteria: 2 });
  });

  test("staff unassign a reviewer who has not scored, and it is in the audit trail", async () => {
    const [open] = await json(await as(mentors[2], "GET", "/review-assignments"));
    const response = await as(manager, "DELETE", `/review-assignments/${open.id}`);
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await as(mentors[2], "GET", `/review-assignments/${open.id}`)).status).toBe(404);
    const row = (await ranking()).applications.find((c: any) => c.applicationId === open.applicationId);
    expect(row.reviewers.map((reviewer: any) => reviewer.userId)).not.toContain(mentors[2].userId);
    const application = await json(await as(manager, "GET", `/applications/${open.applicationId}`));
    expect(application.events.at(-1)).toMatchObject({
      kind: "reviewer_unassigned",
      actorUserId: manager.userId,
      detail: { stageId: stageIds[0], reviewerUserId: mentors[2].userId },
    });
    expect((await as(manager, "DELETE", `/review-assignments/${open.id}`)).status).toBe(404);
  });

  test("a reviewer who has scored stays assigned: unassigning is a 409", async () => {
    const row = (await ranking()).applications.find((c: any) => c.applicationId === scoredByMentor);
    const scored = row.reviewers.find((reviewer: any) => reviewer.userId === mentors[0].userId);
    expect(scored.scored).toBe(true);
    expect(row.reviewers.filter((reviewer: any) => reviewer !== scored).map((r: any) => r.scored)).toEqual([false]);
    const response = await as(manager, "DELETE", `/review-assignments/${scored.assignmentId}`);
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.assignmentScored");
    expect((await as(mentors[0], "DELETE", `/review-assignments/${scored.assignmentId}`)).status).toBe(403);
  });

  test("a score outside the scale or on another stage's criterion is a 400 with its path", async () => {
    const id = (await json(await as(mentors[0], "GET", "/review-assignments")))[0].id;
    const response = await as(mentors[0], "PUT", `/review-assignments/${id}/scores`, {
      scores: [
        { criterionId: stageIds[1], score: 3 },
        { criterionId: criteria[1], score: 6 },
      ],
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((error: any) => [error.path, error.code])).toEqual([
      ["json.scores.0.criterionId", "errors.criterionNotInStage"],
      ["json.scores.1.score", "errors.scoreOutOfScale"],
    ]);
    const fraction = await as(mentors[0], "PUT", `/review-assignments/${id}/scores`, {
      scores: [{ criterionId: criteria[0], score: 2.5 }],
    });
    expect((await json(fraction)).errors[0].path).toBe("json.scores.0.score");
  });

  test("a reviewer not assigned to an application gets 404 for it", async () => {
    const others = await json(await as(mentors[1], "GET", "/review-assignments"));
    const response = await as(mentors[0], "GET", `/review-assignments/${others[0].id}`);
    expect(response.status).toBe(404);
    const scoring = await as(mentors[0], "PUT", `/review-assignments/${others[0].id}/scores`, {
      scores: [{ criterionId: criteria[0], score: 3 }],
    });
    expect(scoring.status).toBe(404);
    expect((await as(colleague, "GET", `/review-assignments/${others[0].id}`)).status).toBe(404);
  });

  test("a reviewer who declares a conflict no longer sees or scores the application and is unassigned", async () => {
    const [first] = await json(await as(mentors[1], "GET", "/review-assignments"));
    const response = await as(mentors[1], "POST", `/review-assignments/${first.id}/conflict`, {
      reason: "My cousin",
    });
    expect(response.status).toBe(200);
    expect((await as(mentors[1], "GET", `/review-assignments/${first.id}`)).status).toBe(404);
    const scoring = await as(mentors[1], "PUT", `/review-assignments/${first.id}/scores`, {
      scores: [{ criterionId: criteria[0], score: 3 }],
    });
    expect(scoring.status).toBe(404);
    const row = (await ranking()).applications.find(
      (candidate: any) => candidate.applicationId === first.applicationId,
    );
    expect(row.reviewers.map((reviewer: any) => reviewer.userId)).not.toContain(mentors[1].userId);
    const reassigned = await as(manager, "POST", `/review-stages/${stageIds[0]}/assignments`, {
      applicationIds: [first.applicationId],
      reviewerUserIds: [mentors[1].userId],
    });
    expect(reassigned.status).toBe(409);
    expect((await json(reassigned)).code).toBe("errors.reviewerConflicted");
    const application = await json(await as(manager, "GET", `/applications/${first.applicationId}`));
    expect(application.events).toContainEqual(
      expect.objectContaining({ kind: "conflict_declared", actorUserId: mentors[1].userId }),
    );
  });

  test("the stage view ranks by weighted mean and shows the spread between reviewers", async () => {
    const [r4, r5] = [await t.memberOf(orgId, "mentor"), colleague];
    const assigned = await as(manager, "POST", `/review-stages/${stageIds[0]}/assignments`, {
      applicationIds: [submitted[0], submitted[1]],
      reviewerUserIds: [r4.userId, r5.userId],
    });
    expect(assigned.status, await assigned.clone().text()).toBe(200);
    const scoreAs = async (reviewer: Member, applicationId: string, s1: number, s2: number) => {
      const id = await assignmentOf(reviewer, applicationId);
      const response = await as(reviewer, "PUT", `/review-assignments/${id}/scores`, {
        scores: [
          { criterionId: criteria[0], score: s1 },
          { criterionId: criteria[1], score: s2 },
        ],
      });
      expect(response.status).toBe(200);
    };
    // Weights 3 and 1: (3·5 + 1)/4 = 4 and 3 → mean 3.5, spread 1; 4 and (3·5 + 5)/4 = 5 → mean 4.5, spread 1.
    await scoreAs(r4, submitted[0], 5, 1);
    await scoreAs(r5, submitted[0], 3, 3);
    await scoreAs(r4, submitted[1], 4, 4);
    await scoreAs(r5, submitted[1], 5, 5);
    const view = await ranking();
    expect(view.callId).toBe(callId);
    expect(view.stage.name.en).toBe("Screening");
    expect(view.applications.slice(0, 3)).toEqual([
      expect.objectContaining({ applicationId: submitted[1], reviews: 2, weightedMean: 4.5, spread: 1 }),
      expect.objectContaining({ applicationId: submitted[0], reviews: 2, weightedMean: 3.5, spread: 1 }),
      expect.objectContaining({ applicationId: scoredByMentor, reviews: 1, weightedMean: 1, spread: 0 }),
    ]);
    expect(view.applications.slice(3).every((row: any) => row.reviews === 0 && row.weightedMean === null)).toBe(true);
  });

  test("once anyone has scored, the stages and rubrics stay", async () => {
    const response = await as(manager, "PUT", `/calls/${callId}/review-stages`, stages(true));
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.stageHasScores");
  });
});

describe("decisions within a stage", () => {
  test("staff hold and reject in a stage, and advance the best to the assessment centre", async () => {
    expect((await move("hold", stageIds[0], [submitted[2]])).status).toBe(200);
    expect((await move("reject", stageIds[0], [submitted[9]])).status).toBe(200);
    const view = await ranking();
    expect(view.applications.find((row: any) => row.applicationId === submitted[2]).held).toBe(true);
    expect(view.applications.find((row: any) => row.applicationId === submitted[9]).status).toBe("rejected");

    const refused = await move("advance", stageIds[0], [submitted[0], submitted[1], submitted[9]]);
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors[0]).toMatchObject({ path: "json.applicationIds.2" });
    expect((await ranking(1)).applications).toEqual([]);

    const advanced = await move("advance", stageIds[0], [submitted[0], submitted[1], submitted[2]]);
    expect(await json(advanced)).toMatchObject({ toStageId: stageIds[1], moved: 3 });
    expect((await ranking(1)).applications.map((row: any) => row.held)).toEqual([false, false, false]);
    const advancedAway = await assignmentOf(colleague, submitted[0]);
    expect(advancedAway).toBeUndefined();
  });

  test("two staff balancing the next stage at once still give each application exactly two reviewers", async () => {
    const body = { reviewerUserIds: mentors.map((mentor) => mentor.userId), reviewsPerApplication: 2 };
    const responses = await Promise.all(
      [0, 1].map(() => as(manager, "POST", `/review-stages/${stageIds[1]}/assignments/balance`, body)),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    const view = await ranking(1);
    expect(view.applications.map((row: any) => row.reviewers.length)).toEqual([2, 2, 2]);
    const { loads } = await json(responses[1]);
    expect(loads.map((load: any) => load.assigned).sort()).toEqual([2, 2, 2]);
  });

  test("every move, assignment and score is in the application's audit trail with who did it", async () => {
    const first = await json(await as(manager, "GET", `/applications/${submitted[0]}`));
    const kinds = first.events.map((event: any) => [event.kind, event.actorUserId]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["submitted", expect.any(String)],
        ["advanced", manager.userId],
        ["reviewer_assigned", manager.userId],
        ["scored", colleague.userId],
      ]),
    );
    expect(first.events.filter((event: any) => event.kind === "advanced").map((event: any) => event.detail)).toEqual([
      { fromStageId: null, toStageId: stageIds[0] },
      { fromStageId: stageIds[0], toStageId: stageIds[1] },
    ]);
    const rejected = await json(await as(manager, "GET", `/applications/${submitted[9]}`));
    expect(rejected.events.at(-1)).toMatchObject({ kind: "rejected", actorUserId: manager.userId });
    const held = await json(await as(manager, "GET", `/applications/${submitted[2]}`));
    expect(held.events.map((event: any) => event.kind)).toContain("held");
  });
});

describe("who may do what", () => {
  test("another organization gets 404 for this call's stages, its ranking and its assignments", async () => {
    const otherOrg = (await t.createOrganization("other-review")).id;
    const owner = await t.memberOf(otherOrg, "owner");
    const id = (await json(await as(mentors[2], "GET", "/review-assignments")))[0].id;
    const other = (method: string, path: string, body?: unknown) =>
      t.call(method, `/api/orgs/${otherOrg}${path}`, { cookie: owner.cookie, body });
    expect((await other("GET", `/calls/${callId}/review-stages`)).status).toBe(404);
    expect((await other("PUT", `/calls/${callId}/review-stages`, stages(false))).status).toBe(404);
    expect((await other("GET", `/review-stages/${stageIds[0]}`)).status).toBe(404);
    expect(
      (
        await other("POST", `/calls/${callId}/review-moves`, {
          action: "advance",
          fromStageId: null,
          applicationIds: [draftId],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await other("POST", `/review-stages/${stageIds[0]}/assignments/balance`, {
          reviewerUserIds: [owner.userId],
          reviewsPerApplication: 1,
        })
      ).status,
    ).toBe(404);
    expect((await other("GET", `/review-assignments/${id}`)).status).toBe(404);
    expect((await other("DELETE", `/review-assignments/${id}`)).status).toBe(404);
    expect((await json(await other("GET", "/reviewers"))).map((reviewer: any) => reviewer.userId)).toEqual([
      owner.userId,
    ]);
    expect(
      (await other("PUT", `/review-assignments/${id}/scores`, { scores: [{ criterionId: criteria[0], score: 3 }] }))
        .status,
    ).toBe(404);
  });

  test("a participant is refused review with 403, and a mentor may score but not manage", async () => {
    const participant = await t.memberOf(orgId, "participant");
    for (const [method, path, body] of [
      ["GET", "/review-assignments", undefined],
      ["PUT", `/calls/${callId}/review-stages`, stages(false)],
      ["GET", `/review-stages/${stageIds[0]}`, undefined],
      [
        "POST",
        `/calls/${callId}/review-moves`,
        { action: "hold", fromStageId: stageIds[0], applicationIds: [submitted[3]] },
      ],
    ] as const) {
      const response = await as(participant, method, path, body);
      expect(`${method} ${path} → ${response.status}`).toBe(`${method} ${path} → 403`);
    }
    expect((await as(mentors[0], "GET", `/review-stages/${stageIds[0]}`)).status).toBe(403);
    expect((await move("hold", stageIds[0], [submitted[3]])).status).toBe(200);
    expect(
      (
        await as(mentors[0], "POST", `/calls/${callId}/review-moves`, {
          action: "reject",
          fromStageId: stageIds[0],
          applicationIds: [submitted[3]],
        })
      ).status,
    ).toBe(403);
  });
});
