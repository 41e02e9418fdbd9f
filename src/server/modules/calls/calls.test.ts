import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { user } from "../../auth/auth.tables.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string; userId: string };
let programId: string;
let cohortId: string;

type Member = { cookie: string; userId: string; email: string };

const deadline = "2026-12-01T23:59:00+02:00";

const fields = [
  {
    key: "motivation",
    type: "long_text",
    label: { en: "Why do you want to join?", he: "למה ברצונך להצטרף?" },
    help: { en: "Up to 50 words" },
    required: true,
    maxWords: 50,
  },
  {
    key: "lives_in_city",
    type: "single_choice",
    label: { en: "Do you live in Ashdod?", he: "האם את/ה גר/ה באשדוד?" },
    required: true,
    options: [
      { value: "yes", label: { en: "Yes", he: "כן" } },
      { value: "no", label: { en: "No", he: "לא" } },
    ],
    eligibility: { equals: "yes" },
  },
  { key: "study_field", type: "short_text", label: { en: "What do you study?" } },
  { key: "year_of_study", type: "number", label: { en: "Year of study" }, min: 1, max: 7 },
  {
    key: "interests",
    type: "multiple_choice",
    label: { en: "Interests" },
    options: [
      { value: "education", label: { en: "Education" } },
      { value: "environment", label: { en: "Environment" } },
      { value: "culture", label: { en: "Culture" } },
    ],
  },
  { key: "birth_date", type: "date", label: { en: "Date of birth" } },
  { key: "contact_email", type: "email", label: { en: "Email for updates" } },
  { key: "phone", type: "phone", label: { en: "Phone" } },
  { key: "country", type: "country", label: { en: "Country" } },
  { key: "consent", type: "consent", label: { en: "I agree to be contacted" }, required: true },
];

function callBody(overrides: Record<string, unknown> = {}) {
  return {
    cohortId,
    title: { en: "Leadership 20/20: 2027 call", he: "מנהיגות 20/20: קול קורא 2027" },
    description: { en: "Twenty students lead initiatives in their city." },
    opensAt: "2026-11-01T09:00:00+02:00",
    closesAt: deadline,
    maxAcceptances: 20,
    applicantKind: "person",
    fields,
    ...overrides,
  };
}

const completeAnswers = {
  motivation: "I want to open a reading club for children in my neighbourhood.",
  lives_in_city: "yes",
  study_field: "Education",
  year_of_study: 2,
  interests: ["education", "culture"],
  birth_date: "2004-05-17",
  contact_email: "noa@example.org",
  phone: "+972 50 123 4567",
  country: "IL",
  consent: true,
};

async function json(response: Response) {
  return (await response.json()) as any;
}

const staff = (method: string, path: string, body?: unknown, cookie = manager.cookie) =>
  t.call(method, `/api/orgs/${orgId}${path}`, { cookie, body });

async function publishedCall(overrides: Record<string, unknown> = {}) {
  const created = await staff("POST", "/calls", callBody(overrides));
  expect(created.status, await created.clone().text()).toBe(201);
  const call = await json(created);
  const published = await staff("POST", `/calls/${call.id}/publish`);
  expect(published.status).toBe(200);
  return json(published);
}

async function newCohort(capacity: number) {
  const response = await staff("POST", "/cohorts", {
    programId,
    name: { en: `Cohort of ${capacity}` },
    startsOn: "2027-01-01",
    endsOn: "2027-07-31",
    capacity,
  });
  return (await json(response)).id as string;
}

async function startApplication(applicant: Member, callId: string, answers: object = {}, extra: object = {}) {
  return t.call("POST", "/api/my/applications", { cookie: applicant.cookie, body: { callId, answers, ...extra } });
}

/** A new applicant who applies with complete answers and submits. */
async function submittedApplication(callId: string, answers: object = completeAnswers, extra: object = {}) {
  const applicant = await t.signUp();
  const started = await startApplication(applicant, callId, answers, extra);
  expect(started.status, await started.clone().text()).toBe(201);
  const { id } = await json(started);
  const submitted = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
  expect(submitted.status, await submitted.clone().text()).toBe(200);
  return { applicant, id: id as string, application: await json(submitted) };
}

const decide = (applicationId: string, decision: string, cookie = manager.cookie) =>
  staff("POST", `/applications/${applicationId}/decision`, { decision }, cookie);

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("ashdod-youth")).id;
  manager = await t.memberOf(orgId, "program_manager");
  programId = (await json(await staff("POST", "/programs", { type: "fellowship", name: { en: "Leadership 20/20" } })))
    .id;
  cohortId = await newCohort(20);
});

describe("staff build calls", () => {
  test("staff create and publish a call with a custom form", async () => {
    const created = await staff("POST", "/calls", callBody());
    expect(created.status).toBe(201);
    const call = await json(created);
    expect(call).toMatchObject({
      status: "draft",
      isOpen: false,
      cohortId,
      maxAcceptances: 20,
      opensAt: "2026-11-01T07:00:00.000Z",
      closesAt: "2026-12-01T21:59:00.000Z",
      applicationCounts: {},
    });
    expect(call.fields.map((field: any) => field.key)).toEqual(fields.map((field) => field.key));
    expect(call.fields[1]).toMatchObject({
      type: "single_choice",
      required: true,
      label: { he: "האם את/ה גר/ה באשדוד?" },
      eligibility: { equals: "yes" },
    });
    expect(call.fields[0]).toMatchObject({ maxWords: 50, help: { en: "Up to 50 words" } });
    expect(call.fields[3]).toMatchObject({ min: 1, max: 7 });

    const published = await json(await staff("POST", `/calls/${call.id}/publish`));
    expect(published).toMatchObject({ status: "published", isOpen: true });
    expect(published.publishedAt).toBe("2026-11-23T10:00:00.000Z");
    const again = await staff("POST", `/calls/${call.id}/publish`);
    expect(again.status).toBe(200);

    const list = await json(await staff("GET", "/calls"));
    expect(list.find((row: any) => row.id === call.id)).toMatchObject({
      status: "published",
      cohortName: { en: "Cohort of 20" },
    });
  });

  test("a form with a choice without options, a repeated key or a misplaced setting is refused field by field", async () => {
    const response = await staff(
      "POST",
      "/calls",
      callBody({
        closesAt: "2026-10-01T00:00:00Z",
        fields: [
          { key: "team", type: "single_choice", label: { en: "Team" } },
          { key: "team", type: "short_text", label: { en: "Team again" }, maxWords: 5 },
          { key: "age", type: "number", label: { en: "Age" }, min: 30, max: 18 },
          { key: "story", type: "long_text", label: { en: "Story" }, eligibility: { equals: "yes" } },
          {
            key: "city",
            type: "single_choice",
            label: { en: "City" },
            options: [
              { value: "ashdod", label: { en: "Ashdod" } },
              { value: "ashdod", label: { en: "Ashdod again" } },
            ],
            eligibility: { equals: "tel_aviv" },
          },
        ],
      }),
    );
    expect(response.status).toBe(400);
    const problem = await json(response);
    expect(problem.errors.map((error: any) => [error.path, error.code])).toEqual(
      expect.arrayContaining([
        ["json.closesAt", "errors.endsBeforeStart"],
        ["json.fields.0.options", "errors.optionsRequired"],
        ["json.fields.1.key", "errors.fieldKeyRepeated"],
        ["json.fields.1.maxWords", "errors.notForThisType"],
        ["json.fields.2.max", "errors.minAboveMax"],
        ["json.fields.3.eligibility.equals", "errors.eligibilityValue"],
        ["json.fields.4.options.1.value", "errors.optionRepeated"],
        ["json.fields.4.eligibility.equals", "errors.eligibilityValue"],
      ]),
    );
  });

  test("a call for a cohort that is not the organization's is 404", async () => {
    const response = await staff("POST", "/calls", callBody({ cohortId: "0190a0a0-0000-7000-8000-000000000000" }));
    expect(response.status).toBe(404);
  });

  test("a participant-role member cannot create calls or read applications", async () => {
    const participant = await t.memberOf(orgId, "participant");
    const call = await publishedCall();
    expect((await staff("POST", "/calls", callBody(), participant.cookie)).status).toBe(403);
    expect((await staff("POST", `/calls/${call.id}/publish`, undefined, participant.cookie)).status).toBe(403);
    expect((await staff("GET", "/calls", undefined, participant.cookie)).status).toBe(403);
    expect((await staff("GET", `/calls/${call.id}/applications`, undefined, participant.cookie)).status).toBe(403);
    const mentor = await t.memberOf(orgId, "mentor");
    expect((await staff("GET", `/calls/${call.id}`, undefined, mentor.cookie)).status).toBe(200);
    expect((await staff("GET", `/calls/${call.id}/applications`, undefined, mentor.cookie)).status).toBe(403);
  });

  test("another organization gets 404 for this call and its applications", async () => {
    const call = await publishedCall();
    const { id: applicationId } = await submittedApplication(call.id);
    const otherOrg = (await t.createOrganization("athens-hub")).id;
    const otherOwner = await t.memberOf(otherOrg, "owner");
    const as = (method: string, path: string, body?: unknown) =>
      t.call(method, `/api/orgs/${otherOrg}${path}`, { cookie: otherOwner.cookie, body });
    expect((await as("GET", `/calls/${call.id}`)).status).toBe(404);
    expect((await as("PUT", `/calls/${call.id}`, callBody())).status).toBe(404);
    expect((await as("POST", `/calls/${call.id}/close`)).status).toBe(404);
    expect((await as("GET", `/calls/${call.id}/applications`)).status).toBe(404);
    expect((await as("GET", `/applications/${applicationId}`)).status).toBe(404);
    expect((await as("POST", `/applications/${applicationId}/decision`, { decision: "accepted" })).status).toBe(404);
    expect(await json(await as("GET", "/calls"))).toEqual([]);
    // Nor can it borrow our cohort for a call of its own.
    expect((await as("POST", "/calls", callBody())).status).toBe(404);
  });
});

describe("the public", () => {
  test("the public sees an open call without signing in, but never a draft or its screening rules", async () => {
    const open = await publishedCall({ title: { en: "Open to all", he: "פתוח לכולם" } });
    const draft = await json(await staff("POST", "/calls", callBody({ title: { en: "Still a draft" } })));
    const future = await publishedCall({
      title: { en: "Opens next year" },
      opensAt: "2027-01-01T00:00:00Z",
      closesAt: "2027-02-01T00:00:00Z",
    });

    const list = await json(await t.call("GET", "/api/public/calls?pageSize=200"));
    const ids = list.items.map((call: any) => call.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(future.id);
    expect(list.items.find((call: any) => call.id === open.id)).toMatchObject({
      title: { he: "פתוח לכולם" },
      organization: { slug: "ashdod-youth", name: { en: "ashdod-youth" }, timeZone: "Asia/Jerusalem" },
      closesAt: "2026-12-01T21:59:00.000Z",
    });

    const form = await json(await t.call("GET", `/api/public/calls/${open.id}`));
    expect(form.isOpen).toBe(true);
    expect(form.fields).toHaveLength(fields.length);
    expect(form.fields[1].options.map((option: any) => option.value)).toEqual(["yes", "no"]);
    expect(form.fields.every((field: any) => !("eligibility" in field))).toBe(true);
    expect((await t.call("GET", `/api/public/calls/${draft.id}`)).status).toBe(404);
    expect(await json(await t.call("GET", `/api/public/calls/${future.id}`))).toMatchObject({ isOpen: false });
  });

  test("applying needs a sign-in", async () => {
    const call = await publishedCall();
    const response = await t.call("POST", "/api/my/applications", { body: { callId: call.id, answers: {} } });
    expect(response.status).toBe(401);
    expect((await t.call("GET", "/api/my/applications")).status).toBe(401);
  });
});

describe("applicants", () => {
  test("an applicant saves a draft, comes back, and submits", async () => {
    const call = await publishedCall();
    const noa = await t.signUp("Noa Levi");
    const started = await startApplication(noa, call.id, { motivation: "A first thought" }, { locale: "he" });
    expect(started.status).toBe(201);
    const draft = await json(started);
    expect(draft).toMatchObject({ status: "draft", locale: "he", answers: { motivation: "A first thought" } });

    // Later, from the list of my applications.
    const mine = await json(await t.call("GET", "/api/my/applications", { cookie: noa.cookie }));
    expect(mine).toEqual([
      expect.objectContaining({
        id: draft.id,
        status: "draft",
        callTitle: call.title,
        organizationName: { en: "ashdod-youth" },
      }),
    ]);
    const saved = await t.call("PUT", `/api/my/applications/${draft.id}`, {
      cookie: noa.cookie,
      body: { answers: { ...completeAnswers, study_field: "" } },
    });
    expect(saved.status).toBe(200);
    const reopened = await json(await t.call("GET", `/api/my/applications/${draft.id}`, { cookie: noa.cookie }));
    expect(reopened.answers).toMatchObject({ motivation: completeAnswers.motivation, consent: true });
    expect(reopened.answers).not.toHaveProperty("study_field");

    const submitted = await t.call("POST", `/api/my/applications/${draft.id}/submit`, { cookie: noa.cookie });
    expect(submitted.status).toBe(200);
    expect(await json(submitted)).toMatchObject({ status: "submitted", submittedAt: "2026-11-23T10:00:00.000Z" });

    // A submitted application is no longer a draft.
    const edit = await t.call("PUT", `/api/my/applications/${draft.id}`, {
      cookie: noa.cookie,
      body: { answers: completeAnswers },
    });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe("errors.applicationNotDraft");

    // Staff see it, from a person record the application created for Noa.
    const page = await json(await staff("GET", `/calls/${call.id}/applications?status=submitted`));
    expect(page).toMatchObject({ total: 1, items: [{ id: draft.id, applicantName: "Noa Levi", email: noa.email }] });
    const person = await json(await staff("GET", `/people/${page.items[0].personId}`));
    expect(person).toMatchObject({ fullName: "Noa Levi", email: noa.email, locale: "he" });
    const counted = await json(await staff("GET", `/calls/${call.id}`));
    expect(counted.applicationCounts).toEqual({ submitted: 1 });
  });

  test("a login whose email is verified applies as the organization's person with that email", async () => {
    const call = await publishedCall();
    const dana = await t.signUp("Dana Cohen");
    const existing = await json(
      await staff("POST", "/people", { fullName: "Dana Cohen (imported)", email: dana.email }),
    );
    // A sign-in link or an accepted invitation to the address verifies it.
    await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, dana.userId));
    const { id } = await submittedApplication(call.id);
    const started = await json(await startApplication(dana, call.id));
    const application = await json(await staff("GET", `/applications/${started.id}`));
    expect(application.personId).toBe(existing.id);
    expect(application.personId).not.toBe((await json(await staff("GET", `/applications/${id}`))).personId);
  });

  test("signing up with someone else's email and applying does not take over their person", async () => {
    const call = await publishedCall();
    const victimEmail = `yael-${Date.now()}@example.org`;
    const victim = await json(await staff("POST", "/people", { fullName: "Yael Levi", email: victimEmail }));
    const enrolled = await staff("POST", `/cohorts/${cohortId}/enrollments`, {
      personId: victim.id,
      role: "participant",
    });
    const enrollmentId = (await json(enrolled)).id;
    const logged = await staff("POST", `/enrollments/${enrollmentId}/hour-logs`, {
      workedOn: "2026-11-20",
      minutes: 240,
      description: "Reading club",
    });
    expect(logged.status).toBe(201);
    const impostor = await t.signUp("Not Yael", victimEmail);

    const started = await startApplication(impostor, call.id, completeAnswers, { locale: "he" });
    expect(started.status).toBe(201);
    const { id } = await json(started);
    const application = await json(await staff("GET", `/applications/${id}`));
    expect(application.personId).not.toBe(victim.id);
    expect(await json(await staff("GET", `/people/${application.personId}`))).toMatchObject({
      fullName: "Not Yael",
      email: null,
    });
    expect(await json(await staff("GET", `/people/${victim.id}`))).toMatchObject({
      fullName: "Yael Levi",
      email: victimEmail,
    });
    expect(await json(await t.call("GET", "/api/my/hours", { cookie: impostor.cookie }))).toEqual([]);

    // A second application is made as the same new person, and the applicant's mail still reaches the login.
    const another = await json(await startApplication(impostor, (await publishedCall()).id));
    expect((await json(await staff("GET", `/applications/${another.id}`))).personId).toBe(application.personId);
    expect((await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: impostor.cookie })).status).toBe(200);
    const owner = await t.memberOf(orgId, "owner");
    const outbox = await json(await staff("GET", "/outbox", undefined, owner.cookie));
    expect(outbox.filter((mail: any) => mail.recipient === victimEmail)).toEqual([
      expect.objectContaining({ kind: "application.submitted", locale: "he" }),
    ]);
  });

  test("submitting without the required answers names each missing field", async () => {
    const call = await publishedCall();
    const applicant = await t.signUp();
    const { id } = await json(await startApplication(applicant, call.id, { study_field: "Law", consent: false }));
    const response = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    expect(response.status).toBe(400);
    const problem = await json(response);
    expect(problem.errors.map((error: any) => [error.path, error.code])).toEqual([
      ["json.answers.motivation", "errors.required"],
      ["json.answers.lives_in_city", "errors.required"],
      ["json.answers.consent", "errors.required"],
    ]);
    const still = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(still.status).toBe("draft");
  });

  test("malformed answers are refused with the path of each field", async () => {
    const call = await publishedCall();
    const applicant = await t.signUp();
    const { id } = await json(await startApplication(applicant, call.id, { study_field: "Law" }));
    const cases: [string, unknown, string][] = [
      ["year_of_study", "three", "errors.invalid_type"],
      ["year_of_study", 9, "errors.too_big"],
      ["motivation", Array.from({ length: 51 }, (_, index) => `word${index}`).join(" "), "errors.tooManyWords"],
      ["lives_in_city", "maybe", "errors.invalid_value"],
      ["interests", ["education", "sports"], "errors.invalid_value"],
      ["interests", "education", "errors.invalid_type"],
      ["contact_email", "not-an-email", "errors.invalid_format"],
      ["birth_date", "2026-02-30", "errors.invalid_format"],
      ["phone", "call me", "errors.invalid_format"],
      ["country", "XX", "errors.invalid_format"],
      ["consent", "yes", "errors.invalid_type"],
      ["favourite_colour", "blue", "errors.unrecognized_keys"],
    ];
    for (const [key, value, code] of cases) {
      const response = await t.call("PUT", `/api/my/applications/${id}`, {
        cookie: applicant.cookie,
        body: { answers: { ...completeAnswers, [key]: value } },
      });
      expect(`${key}=${JSON.stringify(value)} → ${response.status}`).toBe(`${key}=${JSON.stringify(value)} → 400`);
      expect((await json(response)).errors).toEqual([expect.objectContaining({ path: `json.answers.${key}`, code })]);
    }
    const unchanged = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(unchanged.answers).toEqual({ study_field: "Law" });
    // The same checks guard a new draft.
    const other = await t.signUp();
    const refused = await startApplication(other, call.id, { lives_in_city: "maybe" });
    expect(refused.status).toBe(400);
    expect((await json(refused)).errors[0].path).toBe("json.answers.lives_in_city");
  });

  test("a late submission is refused with a clear message naming the deadline", async () => {
    const call = await publishedCall();
    const applicant = await t.signUp();
    const { id } = await json(await startApplication(applicant, call.id, completeAnswers));
    t.setNow(new Date("2026-12-01T22:00:00Z"));
    try {
      const late = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
      expect(late.status).toBe(409);
      const problem = await json(late);
      expect(problem.code).toBe("errors.callClosed");
      expect(problem.title).toContain("2026-12-01T21:59:00.000Z");
      const save = await t.call("PUT", `/api/my/applications/${id}`, {
        cookie: applicant.cookie,
        body: { answers: completeAnswers },
      });
      expect((await json(save)).code).toBe("errors.callClosed");
      expect((await startApplication(await t.signUp(), call.id)).status).toBe(409);
      expect((await json(await t.call("GET", `/api/public/calls/${call.id}`))).isOpen).toBe(false);
    } finally {
      t.setNow(new Date("2026-11-23T10:00:00Z"));
    }
    const mine = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(mine.status).toBe("draft");
  });

  test("a call closed early by staff refuses submissions", async () => {
    const call = await publishedCall();
    const applicant = await t.signUp();
    const { id } = await json(await startApplication(applicant, call.id, completeAnswers));
    expect((await json(await staff("POST", `/calls/${call.id}/close`))).status).toBe("closed");
    const response = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.callClosed");
    const draft = await json(await staff("POST", "/calls", callBody()));
    expect((await staff("POST", `/calls/${draft.id}/close`)).status).toBe(409);
  });

  test("an applicant who fails a screening question is screened out, and the reason is recorded", async () => {
    const call = await publishedCall();
    const { id, application } = await submittedApplication(call.id, { ...completeAnswers, lives_in_city: "no" });
    expect(application.status).toBe("screened_out");
    const detail = await json(await staff("GET", `/applications/${id}`));
    expect(detail.events.map((event: any) => event.kind)).toEqual(["started", "submitted", "screened_out"]);
    expect(detail.events[2].detail).toEqual({ failedFields: ["lives_in_city"] });
  });

  test("another applicant gets 404 for my application", async () => {
    const call = await publishedCall();
    const mine = await t.signUp();
    const { id } = await json(await startApplication(mine, call.id, completeAnswers));
    const stranger = await t.signUp();
    const as = (method: string, path: string, body?: unknown) =>
      t.call(method, `/api/my/applications/${id}${path}`, { cookie: stranger.cookie, body });
    expect((await as("GET", "")).status).toBe(404);
    expect((await as("PUT", "", { answers: {} })).status).toBe(404);
    expect((await as("POST", "/submit")).status).toBe(404);
    expect((await as("POST", "/withdraw")).status).toBe(404);
    expect(await json(await t.call("GET", "/api/my/applications", { cookie: stranger.cookie }))).toEqual([]);
    const untouched = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: mine.cookie }));
    expect(untouched).toMatchObject({ status: "draft", answers: completeAnswers });
  });

  test("one live application per person per call; withdrawing lets them start again", async () => {
    const call = await publishedCall();
    const applicant = await t.signUp();
    const first = await json(await startApplication(applicant, call.id));
    const twice = await startApplication(applicant, call.id);
    expect(twice.status).toBe(409);
    expect(await json(twice)).toMatchObject({ code: "errors.alreadyApplied", errors: [{ path: "json.callId" }] });
    const withdrawn = await t.call("POST", `/api/my/applications/${first.id}/withdraw`, { cookie: applicant.cookie });
    expect(await json(withdrawn)).toMatchObject({ status: "withdrawn" });
    const again = await t.call("POST", `/api/my/applications/${first.id}/withdraw`, { cookie: applicant.cookie });
    expect((await json(again)).code).toBe("errors.cannotWithdraw");
    expect((await startApplication(applicant, call.id)).status).toBe(201);
  });

  test("a call for groups takes an application on behalf of the applicant's group", async () => {
    const call = await publishedCall({ applicantKind: "group" });
    const applicant = await t.signUp("Team Lead");
    const alone = await startApplication(applicant, call.id, completeAnswers);
    expect(alone.status).toBe(400);
    expect((await json(alone)).errors[0]).toMatchObject({ path: "json.group", code: "errors.groupRequired" });
    const started = await startApplication(applicant, call.id, completeAnswers, {
      group: { name: "Green Schoolyards", kind: "team" },
    });
    expect(started.status).toBe(201);
    expect((await json(started)).group).toMatchObject({ name: "Green Schoolyards" });
    // Somebody else cannot apply in the name of a group they are not in.
    const stranger = await t.signUp();
    const borrowed = await startApplication(stranger, call.id, completeAnswers, {
      group: { name: "Green Schoolyards" },
    });
    expect(borrowed.status).toBe(409);
    expect((await json(borrowed)).errors[0]).toMatchObject({ path: "json.group.name", code: "errors.groupNameTaken" });
    const personal = await publishedCall({ applicantKind: "person" });
    const refused = await startApplication(applicant, personal.id, {}, { group: { name: "Green Schoolyards" } });
    expect((await json(refused)).errors[0]).toMatchObject({ path: "json.group", code: "errors.groupNotAllowed" });
  });
});

describe("decisions", () => {
  test("accepting enrolls the applicant into the cohort and emails them in their language", async () => {
    const cohort = await newCohort(5);
    const call = await publishedCall({ cohortId: cohort });
    const { id, applicant } = await submittedApplication(call.id, completeAnswers, { locale: "he" });
    const response = await decide(id, "accepted");
    expect(response.status).toBe(200);
    const decided = await json(response);
    expect(decided).toMatchObject({ status: "accepted", decidedAt: "2026-11-23T10:00:00.000Z" });
    expect(decided.enrollmentId).toBeTruthy();

    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toEqual([
      expect.objectContaining({
        id: decided.enrollmentId,
        personId: decided.personId,
        role: "participant",
        status: "active",
      }),
    ]);

    const owner = await t.memberOf(orgId, "owner");
    const outbox = await json(await staff("GET", "/outbox", undefined, owner.cookie));
    const mail = outbox.find((message: any) => message.recipient === applicant.email);
    expect(mail).toMatchObject({ locale: "he", kind: "decision.accepted" });
    expect(mail.subject).toContain("מנהיגות 20/20: קול קורא 2027");
    expect(mail.body).toContain(`/my/applications/${id}`);

    expect(decided.events.map((event: any) => [event.kind, event.actorName])).toEqual([
      ["started", expect.any(String)],
      ["submitted", expect.any(String)],
      ["accepted", expect.stringMatching(/^User/)],
    ]);
    expect(decided.events[2]).toMatchObject({ actorUserId: manager.userId, detail: { from: "submitted" } });

    const mine = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(mine.status).toBe("accepted");
    const again = await decide(id, "rejected");
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("errors.applicationNotDecidable");
  });

  test("waitlisting and rejecting each email the applicant; a draft cannot be decided", async () => {
    const call = await publishedCall();
    const waiting = await submittedApplication(call.id);
    const declined = await submittedApplication(call.id, completeAnswers, { locale: "ka" });
    expect(await json(await decide(waiting.id, "waitlisted"))).toMatchObject({ status: "waitlisted" });
    expect(await json(await decide(declined.id, "rejected"))).toMatchObject({ status: "rejected" });
    const owner = await t.memberOf(orgId, "owner");
    const outbox = await json(await staff("GET", "/outbox", undefined, owner.cookie));
    expect(outbox.find((message: any) => message.recipient === waiting.applicant.email)).toMatchObject({
      kind: "decision.waitlisted",
      locale: "en",
    });
    const rejection = outbox.find((message: any) => message.recipient === declined.applicant.email);
    expect(rejection).toMatchObject({ kind: "decision.rejected", locale: "ka" });
    expect(rejection.body).toContain("გმადლობთ");
    // From the waiting list, a place can still be offered.
    expect(await json(await decide(waiting.id, "accepted"))).toMatchObject({ status: "accepted" });

    const drafter = await t.signUp();
    const draft = await json(await startApplication(drafter, call.id));
    expect((await decide(draft.id, "accepted")).status).toBe(409);
    const participant = await t.memberOf(orgId, "participant");
    expect((await decide(declined.id, "accepted", participant.cookie)).status).toBe(403);
  });

  test("ten staff accepting at once into a call with a maximum of three accept exactly three", async () => {
    const cohort = await newCohort(20);
    const call = await publishedCall({ cohortId: cohort, maxAcceptances: 3 });
    const submitted = [];
    for (let index = 0; index < 10; index++) submitted.push(await submittedApplication(call.id));
    const responses = await Promise.all(submitted.map(({ id }) => decide(id, "accepted")));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(7);
    expect((await json(responses[statuses.indexOf(409)])).code).toBe("errors.callMaximumReached");

    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toHaveLength(3);
    const detail = await json(await staff("GET", `/calls/${call.id}`));
    expect(detail.applicationCounts).toEqual({ accepted: 3, submitted: 7 });
    const owner = await t.memberOf(orgId, "owner");
    const outbox = await json(await staff("GET", "/outbox", undefined, owner.cookie));
    const emails = new Set(submitted.map(({ applicant }) => applicant.email));
    const decisionMails = outbox.filter((message: any) => message.kind.startsWith("decision."));
    expect(decisionMails.filter((message: any) => emails.has(message.recipient))).toHaveLength(3);

    // The maximum cannot drop below those accepted.
    const lowered = await staff("PUT", `/calls/${call.id}`, callBody({ cohortId: cohort, maxAcceptances: 2 }));
    expect(lowered.status).toBe(409);
    expect((await json(lowered)).errors[0]).toMatchObject({
      path: "json.maxAcceptances",
      code: "errors.maximumBelowAccepted",
    });
  });

  test("accepting respects the cohort's capacity", async () => {
    const cohort = await newCohort(2);
    const call = await publishedCall({ cohortId: cohort, maxAcceptances: null });
    const submitted = [];
    for (let index = 0; index < 3; index++) submitted.push(await submittedApplication(call.id));
    const responses = await Promise.all(submitted.map(({ id }) => decide(id, "accepted")));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 409]);
    const refused = responses.find((response) => response.status === 409) as Response;
    expect((await json(refused)).code).toBe("errors.cohortFull");
    const page = await json(await staff("GET", `/calls/${call.id}/applications?status=submitted`));
    expect(page.total).toBe(1);
    const detail = await json(await staff("GET", `/applications/${page.items[0].id}`));
    expect(detail.events.map((event: any) => event.kind)).toEqual(["started", "submitted"]);
  });

  test("a residency call without a cohort records acceptances without enrolling, up to its maximum", async () => {
    const call = await publishedCall({ cohortId: null, maxAcceptances: 2, applicantKind: "group" });
    expect(call).toMatchObject({ cohortId: null, cohortName: null });
    const submitted = [];
    for (let index = 0; index < 3; index++) {
      submitted.push(await submittedApplication(call.id, completeAnswers, { group: { name: `Collective ${index}` } }));
    }
    const responses = await Promise.all(submitted.map(({ id }) => decide(id, "accepted")));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 409]);
    const refused = responses.find((response) => response.status === 409) as Response;
    expect((await json(refused)).code).toBe("errors.callMaximumReached");
    const accepted = await json(await staff("GET", `/calls/${call.id}/applications?status=accepted`));
    expect(accepted.total).toBe(2);
    for (const item of accepted.items) {
      const detail = await json(await staff("GET", `/applications/${item.id}`));
      expect(detail.enrollmentId).toBeNull();
      expect(detail.events.at(-1)).toMatchObject({ kind: "accepted", detail: { enrollmentId: null } });
    }
    expect((await json(await staff("GET", "/calls"))).find((row: any) => row.id === call.id).cohortName).toBeNull();
  });

  test("a call moved from no cohort to a cohort after people applied is refused", async () => {
    const call = await publishedCall({ cohortId: null });
    await submittedApplication(call.id);
    const moved = await staff("PUT", `/calls/${call.id}`, callBody({ cohortId }));
    expect(moved.status).toBe(409);
    expect((await json(moved)).errors[0]).toMatchObject({ path: "json.cohortId" });
  });

  test("a group's acceptance enrolls the group as a team", async () => {
    const cohort = await newCohort(3);
    const call = await publishedCall({ cohortId: cohort, applicantKind: "either" });
    const { id } = await submittedApplication(call.id, completeAnswers, { group: { name: "Neighbourhood Readers" } });
    const decided = await json(await decide(id, "accepted"));
    expect(decided.applicantName).toBe("Neighbourhood Readers");
    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toEqual([
      expect.objectContaining({
        groupId: decided.groupId,
        name: "Neighbourhood Readers",
        role: "team",
        status: "active",
      }),
    ]);
  });

  test("an accepted applicant who withdraws gives up their place in the cohort", async () => {
    const cohort = await newCohort(1);
    const call = await publishedCall({ cohortId: cohort, maxAcceptances: 1 });
    const first = await submittedApplication(call.id);
    const second = await submittedApplication(call.id);
    await decide(first.id, "accepted");
    expect((await decide(second.id, "accepted")).status).toBe(409);
    const withdrawn = await t.call("POST", `/api/my/applications/${first.id}/withdraw`, {
      cookie: first.applicant.cookie,
    });
    expect(await json(withdrawn)).toMatchObject({ status: "withdrawn" });
    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toEqual([expect.objectContaining({ status: "withdrawn" })]);
    // The place and the call's one acceptance are free again.
    expect(await json(await decide(second.id, "accepted"))).toMatchObject({ status: "accepted" });
    const audit = await json(await staff("GET", `/applications/${first.id}`));
    expect(audit.events.map((event: any) => event.kind)).toEqual(["started", "submitted", "accepted", "withdrawn"]);
    expect(audit.events[3]).toMatchObject({ actorUserId: first.applicant.userId, detail: { from: "accepted" } });
  });

  test("once people applied, the form may gain questions but not lose them", async () => {
    const call = await publishedCall();
    await submittedApplication(call.id);
    const removed = await staff("PUT", `/calls/${call.id}`, callBody({ fields: fields.slice(1) }));
    expect(removed.status).toBe(409);
    expect((await json(removed)).code).toBe("errors.callHasApplications");
    const retyped = await staff(
      "PUT",
      `/calls/${call.id}`,
      callBody({
        fields: fields.map((field) => (field.key === "study_field" ? { ...field, type: "long_text" } : field)),
      }),
    );
    expect((await json(retyped)).errors[0].path).toBe("json.fields.2.type");
    const added = await staff(
      "PUT",
      `/calls/${call.id}`,
      callBody({
        fields: [...fields, { key: "how_heard", type: "short_text", label: { en: "How did you hear of us?" } }],
      }),
    );
    expect(added.status).toBe(200);
    expect((await json(added)).fields).toHaveLength(fields.length + 1);
  });
});

describe("emails and the waiting list", () => {
  const outbox = async () => {
    const owner = await t.memberOf(orgId, "owner");
    return json(await staff("GET", "/outbox", undefined, owner.cookie));
  };
  const withdraw = (application: { id: string; applicant: Member }) =>
    t.call("POST", `/api/my/applications/${application.id}/withdraw`, { cookie: application.applicant.cookie });
  const now = new Date("2026-11-23T10:00:00Z");

  test("submitting queues a confirmation email in the applicant's language", async () => {
    const call = await publishedCall();
    const { id, applicant } = await submittedApplication(call.id, completeAnswers, { locale: "he" });
    const mails = (await outbox()).filter((message: any) => message.recipient === applicant.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "application.submitted", locale: "he", status: expect.any(String) });
    expect(mails[0].subject).toBe("קיבלנו את בקשתך: מנהיגות 20/20: קול קורא 2027");
    expect(mails[0].body).toContain("תודה על הגשת הבקשה");
    expect(mails[0].body).toContain(`/my/applications/${id}`);
  });

  test("withdrawing an accepted application promotes the first on the waiting list into the cohort", async () => {
    const cohort = await newCohort(1);
    const call = await publishedCall({ cohortId: cohort, maxAcceptances: 1 });
    const accepted = await submittedApplication(call.id);
    const later = await submittedApplication(call.id);
    const first = await submittedApplication(call.id, completeAnswers, { locale: "ka" });
    expect((await decide(accepted.id, "accepted")).status).toBe(200);
    // Waitlisted earlier comes first, whatever the order of submission.
    t.setNow(new Date("2026-11-23T09:00:00Z"));
    expect((await decide(first.id, "waitlisted")).status).toBe(200);
    t.setNow(now);
    expect((await decide(later.id, "waitlisted")).status).toBe(200);

    expect(await json(await withdraw(accepted))).toMatchObject({ status: "withdrawn" });
    const promoted = await json(await staff("GET", `/applications/${first.id}`));
    expect(promoted).toMatchObject({ status: "accepted", decidedAt: now.toISOString() });
    expect(promoted.enrollmentId).toBeTruthy();
    expect(promoted.events.at(-1)).toMatchObject({
      kind: "promoted",
      actorUserId: null,
      detail: { from: "waitlisted", enrollmentId: promoted.enrollmentId, afterWithdrawalOf: accepted.id },
    });
    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: accepted.application.personId ?? expect.anything(), status: "withdrawn" }),
        expect.objectContaining({ id: promoted.enrollmentId, status: "active" }),
      ]),
    );
    expect(roster.filter((row: any) => row.status === "active")).toHaveLength(1);
    expect((await json(await staff("GET", `/applications/${later.id}`))).status).toBe("waitlisted");
    const mail = (await outbox()).find(
      (message: any) => message.recipient === first.applicant.email && message.kind === "decision.accepted",
    );
    expect(mail).toMatchObject({ locale: "ka" });
    expect(mail.body).toContain(`/my/applications/${first.id}`);
  });

  test("withdrawing an accepted application with nobody on the waiting list promotes nobody", async () => {
    const cohort = await newCohort(2);
    const call = await publishedCall({ cohortId: cohort });
    const accepted = await submittedApplication(call.id);
    const pending = await submittedApplication(call.id);
    expect((await decide(accepted.id, "accepted")).status).toBe(200);
    expect((await withdraw(accepted)).status).toBe(200);
    const detail = await json(await staff("GET", `/calls/${call.id}`));
    expect(detail.applicationCounts).toEqual({ withdrawn: 1, submitted: 1 });
    const audit = await json(await staff("GET", `/applications/${pending.id}`));
    expect(audit.events.map((event: any) => event.kind)).toEqual(["started", "submitted"]);
    const roster = await json(await staff("GET", `/cohorts/${cohort}/enrollments`));
    expect(roster).toEqual([expect.objectContaining({ status: "withdrawn" })]);
  });

  test("a call's own Hebrew decision message reaches a Hebrew applicant with the placeholders filled", async () => {
    const call = await publishedCall({
      decisionMessages: {
        accepted: { he: "שלום {name}, ברוכים הבאים ל{call}! {unknown} נשאר כפי שהוא.", en: "Welcome, {name}!" },
        rejected: { he: "   " },
      },
    });
    expect(call.decisionMessages).toEqual({
      accepted: { he: "שלום {name}, ברוכים הבאים ל{call}! {unknown} נשאר כפי שהוא.", en: "Welcome, {name}!" },
    });
    const hebrew = await submittedApplication(call.id, completeAnswers, { locale: "he" });
    const declined = await submittedApplication(call.id, completeAnswers, { locale: "he" });
    const decided = await json(await decide(hebrew.id, "accepted"));
    await decide(declined.id, "rejected");
    const mails = await outbox();
    const welcome = mails.find(
      (message: any) => message.recipient === hebrew.applicant.email && message.kind === "decision.accepted",
    );
    expect(welcome.subject).toBe("בקשתך התקבלה: מנהיגות 20/20: קול קורא 2027");
    expect(welcome.body).toBe(
      `שלום ${decided.applicantName}, ברוכים הבאים למנהיגות 20/20: קול קורא 2027! {unknown} נשאר כפי שהוא.\n\n` +
        `הבקשה שלך: http://localhost:3000/my/applications/${hebrew.id}`,
    );
    // A blank message for a decision means the catalog's standard text.
    const rejection = mails.find(
      (message: any) => message.recipient === declined.applicant.email && message.kind === "decision.rejected",
    );
    expect(rejection.body).toMatch(/^שלום /);
    expect(rejection.body).not.toContain("ברוכים הבאים");
  });

  test("a decision message longer than 5,000 characters is refused with its path", async () => {
    const response = await staff(
      "POST",
      "/calls",
      callBody({ decisionMessages: { waitlisted: { el: "α".repeat(5001) } } }),
    );
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.decisionMessages.waitlisted.el");
  });
});
