import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { json, type Member, publishedCohortCall, submitApplication } from "./calls.test-helpers.ts";

let t: TestApp;
let orgId: string;
let callId: string;
let manager: Member;
let owner: Member;
let mentor: Member;
/** Applicants whose applications reached the interview stage, in order of submission; the first writes in Hebrew. */
let applicants: (Member & { applicationId: string })[];
let screeningId: string;
let interviewId: string;
let stillScreened: string;

const as = (member: Member, method: string, path: string, body?: unknown) =>
  t.call(method, `/api/orgs/${orgId}${path}`, { cookie: member.cookie, body });

const slot = (startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) => ({
  startsAt,
  endsAt,
  place: "Kivunim house, Herzl 12, Ashdod",
  ...extra,
});

async function createSlot(body: unknown) {
  const response = await as(manager, "POST", `/review-stages/${interviewId}/slots`, body);
  expect(response.status, await response.clone().text()).toBe(201);
  return json(response);
}

const book = (applicationId: string, slotId: string) =>
  as(manager, "POST", `/review-stages/${interviewId}/bookings`, { applicationId, slotId });

async function bookingsIn(slotId: string) {
  const { slots } = await json(await as(manager, "GET", `/review-stages/${interviewId}/slots`));
  return slots.find((one: any) => one.id === slotId).bookings as any[];
}

async function mailsTo(applicant: Member) {
  const outbox = await json(await as(owner, "GET", "/outbox"));
  return outbox.filter(
    (message: any) => message.recipient === applicant.email && message.kind.startsWith("interview."),
  );
}

async function eventsOf(applicationId: string) {
  const application = await json(await as(manager, "GET", `/applications/${applicationId}`));
  return application.events.map((event: any) => event.kind);
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("fellowship-interviews")).id;
  manager = await t.memberOf(orgId, "program_manager");
  owner = await t.memberOf(orgId, "owner");
  mentor = await t.memberOf(orgId, "mentor");
  callId = await publishedCohortCall(t, orgId, manager, {
    title: { en: "Leadership 20/20", he: "מנהיגות 20/20" },
    opensAt: "2026-11-01T00:00:00Z",
    closesAt: "2026-12-31T00:00:00Z",
    fields: [{ key: "motivation", type: "long_text", label: { en: "Why?" }, required: true }],
  });
  const rubric = [{ name: { en: "Motivation" }, weight: 1, min: 1, max: 5 }];
  const setup = await json(
    await as(manager, "PUT", `/calls/${callId}/review-stages`, {
      blindReview: false,
      stages: [
        { name: { en: "Screening" }, criteria: rubric },
        { name: { en: "Personal interview", he: "ראיון אישי" }, criteria: rubric },
      ],
    }),
  );
  [screeningId, interviewId] = setup.stages.map((stage: any) => stage.id);
  const submitted: (Member & { applicationId: string })[] = [];
  for (let n = 1; n <= 23; n++) {
    const applicant = await t.signUp(`Applicant ${n}`, `interviewee${n}@example.org`);
    const locale = n === 1 ? "he" : "en";
    const applicationId = await submitApplication(t, applicant, {
      callId,
      locale,
      answers: { motivation: `Reason ${n}` },
    });
    submitted.push({ ...applicant, applicationId });
  }
  const ids = submitted.map((applicant) => applicant.applicationId);
  expect(
    (
      await as(manager, "POST", `/calls/${callId}/review-moves`, {
        action: "advance",
        fromStageId: null,
        applicationIds: ids,
      })
    ).status,
  ).toBe(200);
  stillScreened = ids[22];
  const moved = await as(manager, "POST", `/calls/${callId}/review-moves`, {
    action: "advance",
    fromStageId: screeningId,
    applicationIds: ids.slice(0, 22),
  });
  expect(moved.status).toBe(200);
  applicants = submitted.slice(0, 22);
});

describe("slots", () => {
  test("staff open an interview slot with a place, an online link and a capacity", async () => {
    const created = await createSlot(
      slot("2027-01-10T08:00:00Z", "2027-01-10T08:45:00Z", {
        onlineUrl: "https://meet.example.org/kivunim",
        note: "Bring your ID",
      }),
    );
    expect(created).toMatchObject({
      stageId: interviewId,
      startsAt: "2027-01-10T08:00:00.000Z",
      place: "Kivunim house, Herzl 12, Ashdod",
      onlineUrl: "https://meet.example.org/kivunim",
      capacity: 1,
      bookings: [],
    });
    const list = await json(await as(manager, "GET", `/review-stages/${interviewId}/slots`));
    expect(list).toMatchObject({ stageId: interviewId, timeZone: "Asia/Jerusalem" });
    expect(list.slots.map((one: any) => one.id)).toEqual([created.id]);
  });

  test("a slot that ends before it starts, no capacity or a link that is not a web address is refused by field", async () => {
    const response = await as(
      manager,
      "POST",
      `/review-stages/${interviewId}/slots`,
      slot("2027-01-10T10:00:00Z", "2027-01-10T09:00:00Z", { capacity: 0, onlineUrl: "javascript:alert(1)" }),
    );
    expect(response.status).toBe(400);
    const paths = (await json(response)).errors.map((error: any) => error.path);
    expect(paths).toEqual(expect.arrayContaining(["json.endsAt", "json.capacity", "json.onlineUrl"]));
  });
});

describe("bookings", () => {
  let first: any;
  let second: any;

  test("booking an application emails the applicant in Hebrew with the time on the organization's clock", async () => {
    first = await createSlot(slot("2027-01-11T07:00:00Z", "2027-01-11T07:30:00Z"));
    const response = await book(applicants[0].applicationId, first.id);
    expect(response.status, await response.clone().text()).toBe(201);
    expect((await json(response)).bookings).toEqual([
      expect.objectContaining({ applicationId: applicants[0].applicationId, applicantName: "Applicant 1" }),
    ]);
    const [mail] = await mailsTo(applicants[0]);
    expect(mail).toMatchObject({ locale: "he", kind: "interview.booked" });
    expect(mail.subject).toContain("ראיון אישי");
    expect(mail.subject).toContain("מנהיגות 20/20");
    // 07:00 UTC is 09:00 in Jerusalem in January.
    expect(mail.body).toContain("9:00");
    expect(mail.body).toContain("Asia/Jerusalem");
    expect(mail.body).toContain("Herzl 12");
    expect(await eventsOf(applicants[0].applicationId)).toContain("interview_booked");
  });

  test("an application is booked once per stage", async () => {
    second = await createSlot(slot("2027-01-11T08:00:00Z", "2027-01-11T08:30:00Z", { capacity: 2 }));
    const response = await book(applicants[0].applicationId, second.id);
    expect(response.status).toBe(409);
    expect(await json(response)).toMatchObject({ code: "errors.alreadyBooked" });
  });

  test("an application outside the stage or a slot of another stage is refused", async () => {
    const outside = await book(stillScreened, second.id);
    expect(outside.status).toBe(400);
    expect((await json(outside)).errors[0]).toMatchObject({ path: "json.applicationId", code: "errors.notInStage" });
    const screeningSlot = await json(
      await as(
        manager,
        "POST",
        `/review-stages/${screeningId}/slots`,
        slot("2027-01-05T08:00:00Z", "2027-01-05T09:00:00Z"),
      ),
    );
    const wrongStage = await book(applicants[1].applicationId, screeningSlot.id);
    expect(wrongStage.status).toBe(400);
    expect((await json(wrongStage)).errors[0].path).toBe("json.slotId");
  });

  test("moving a booking to another slot emails the new time and shows in the audit trail", async () => {
    const [booking] = await bookingsIn(first.id);
    const response = await as(manager, "PUT", `/interview-bookings/${booking.id}`, { slotId: second.id });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await json(response)).bookings.map((one: any) => one.applicationId)).toEqual([applicants[0].applicationId]);
    const mails = await mailsTo(applicants[0]);
    expect(mails.map((mail: any) => mail.kind)).toContain("interview.rebooked");
    expect(await eventsOf(applicants[0].applicationId)).toContain("interview_rebooked");
  });

  test("lowering a slot's capacity below its bookings is refused; moving its time tells the booked applicant", async () => {
    await book(applicants[1].applicationId, second.id);
    const lowered = await as(manager, "PUT", `/interview-slots/${second.id}`, {
      ...slot(second.startsAt, second.endsAt),
      capacity: 1,
    });
    expect(lowered.status).toBe(409);
    expect((await json(lowered)).errors[0]).toMatchObject({ path: "json.capacity", code: "errors.slotFull" });
    const later = await as(manager, "PUT", `/interview-slots/${second.id}`, {
      ...slot("2027-01-12T08:00:00Z", "2027-01-12T08:30:00Z"),
      capacity: 2,
    });
    expect(later.status).toBe(200);
    const mails = await mailsTo(applicants[1]);
    expect(mails.map((mail: any) => mail.kind)).toEqual(["interview.rebooked", "interview.booked"]);
  });

  test("a slot with bookings cannot be deleted; once they are cancelled it can", async () => {
    const refused = await as(manager, "DELETE", `/interview-slots/${second.id}`);
    expect(refused.status).toBe(409);
    expect(await json(refused)).toMatchObject({ code: "errors.slotHasBookings" });
    for (const booking of await bookingsIn(second.id)) {
      expect((await as(manager, "DELETE", `/interview-bookings/${booking.id}`)).status).toBe(200);
    }
    const cancellation = (await mailsTo(applicants[1])).find((mail: any) => mail.kind === "interview.cancelled");
    expect(cancellation.subject).toContain("Cancelled");
    expect(await eventsOf(applicants[1].applicationId)).toContain("interview_cancelled");
    expect((await as(manager, "DELETE", `/interview-slots/${second.id}`)).status).toBe(200);
  });

  test("twenty parallel bookings into a slot for three book exactly three; the others hear the slot is full", async () => {
    const group = await createSlot(slot("2027-01-13T08:00:00Z", "2027-01-13T11:00:00Z", { capacity: 3 }));
    const responses = await Promise.all(
      applicants.slice(2, 22).map((applicant) => book(applicant.applicationId, group.id)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(17);
    const codes = await Promise.all(responses.filter((r) => r.status === 409).map(async (r) => (await json(r)).code));
    expect(new Set(codes)).toEqual(new Set(["errors.slotFull"]));
    expect(await bookingsIn(group.id)).toHaveLength(3);
  });

  test("filling free places books the unbooked applications in ranking order into the earliest slots", async () => {
    await createSlot(slot("2027-01-14T08:00:00Z", "2027-01-14T09:00:00Z", { capacity: 2 }));
    const response = await as(manager, "POST", `/review-stages/${interviewId}/bookings/fill`);
    expect(response.status, await response.clone().text()).toBe(200);
    const result = await json(response);
    // Free: one place in each of the first two slots and two in the new one; nothing is scored, so the ranking
    // follows submission: the first two applicants, whose bookings were cancelled, take the earliest places.
    expect(result.booked).toBe(4);
    const [earliest, next] = result.slots.slots;
    expect(earliest.bookings.map((one: any) => one.applicationId)).toEqual([applicants[0].applicationId]);
    expect(next.bookings.map((one: any) => one.applicationId)).toEqual([applicants[1].applicationId]);
    const again = await json(await as(manager, "POST", `/review-stages/${interviewId}/bookings/fill`));
    expect(again.booked).toBe(0);
  });
});

describe("reviewers", () => {
  test("a mentor assigned to an application in the stage sees when it is interviewed, and nothing else", async () => {
    const assigned = await as(manager, "POST", `/review-stages/${interviewId}/assignments`, {
      applicationIds: [applicants[0].applicationId],
      reviewerUserIds: [mentor.userId],
    });
    expect(assigned.status, await assigned.clone().text()).toBe(200);
    const mine = await json(await as(mentor, "GET", "/review-interviews"));
    expect(mine.timeZone).toBe("Asia/Jerusalem");
    expect(mine.interviews).toEqual([
      expect.objectContaining({ startsAt: "2027-01-10T08:00:00.000Z", place: "Kivunim house, Herzl 12, Ashdod" }),
    ]);
    const assignments = await json(await as(mentor, "GET", "/review-assignments"));
    expect(mine.interviews[0].assignmentId).toBe(assignments[0].id);
    expect((await json(await as(manager, "GET", "/review-interviews"))).interviews).toEqual([]);
  });
});

describe("the applicant", () => {
  test("sees their interview on my applications, with the organization's time zone and place", async () => {
    const mine = await json(await t.call("GET", "/api/my/applications", { cookie: applicants[0].cookie }));
    expect(mine[0].interviews).toEqual([
      expect.objectContaining({
        stageName: { en: "Personal interview", he: "ראיון אישי" },
        startsAt: "2027-01-10T08:00:00.000Z",
        timeZone: "Asia/Jerusalem",
        place: "Kivunim house, Herzl 12, Ashdod",
        onlineUrl: "https://meet.example.org/kivunim",
      }),
    ]);
  });

  test("cannot read the stage's slots: the organization does not exist for them", async () => {
    const response = await t.call("GET", `/api/orgs/${orgId}/review-stages/${interviewId}/slots`, {
      cookie: applicants[0].cookie,
    });
    expect(response.status).toBe(404);
  });
});

describe("access", () => {
  test("another organization's owner gets 404 for the stage, its slots and bookings", async () => {
    const otherOrg = (await t.createOrganization("elsewhere")).id;
    const stranger = await t.memberOf(otherOrg, "owner");
    const { slots } = await json(await as(manager, "GET", `/review-stages/${interviewId}/slots`));
    const booked = slots.find((one: any) => one.bookings.length > 0);
    const there = (method: string, path: string, body?: unknown) =>
      t.call(method, `/api/orgs/${otherOrg}${path}`, { cookie: stranger.cookie, body });
    const attempts = [
      await there("GET", `/review-stages/${interviewId}/slots`),
      await there("POST", `/review-stages/${interviewId}/slots`, slot("2027-02-01T08:00:00Z", "2027-02-01T09:00:00Z")),
      await there("PUT", `/interview-slots/${booked.id}`, slot("2027-02-01T08:00:00Z", "2027-02-01T09:00:00Z")),
      await there("DELETE", `/interview-slots/${booked.id}`),
      await there("POST", `/review-stages/${interviewId}/bookings/fill`),
      await there("PUT", `/interview-bookings/${booked.bookings[0].id}`, { slotId: booked.id }),
      await there("DELETE", `/interview-bookings/${booked.bookings[0].id}`),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  test("a mentor may not schedule (403) and nobody signed out may look (401)", async () => {
    expect((await as(mentor, "GET", `/review-stages/${interviewId}/slots`)).status).toBe(403);
    expect(
      (
        await as(
          mentor,
          "POST",
          `/review-stages/${interviewId}/slots`,
          slot("2027-02-01T08:00:00Z", "2027-02-01T09:00:00Z"),
        )
      ).status,
    ).toBe(403);
    expect((await t.call("GET", `/api/orgs/${orgId}/review-stages/${interviewId}/slots`)).status).toBe(401);
  });
});
