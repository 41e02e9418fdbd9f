import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { events } from "../db/schema.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

/**
 * Walks every operation of the app's own OpenAPI document and feeds it garbage: bad path parameters,
 * bodies that are missing, not JSON or of the wrong shape, every field with a wrong type or size, and
 * bad query parameters. Every answer must be a 2xx (when the input happens to be valid) or a 4xx
 * problem+json; never a 5xx. A refused write must leave the database exactly as it was.
 */
let t: TestApp;
let owner: { cookie: string; userId: string };
let orgId: string;
let operations: Operation[];
let document: OpenApiDocument;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = Record<string, any>;
type OpenApiDocument = {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
type Operation = {
  method: string;
  path: string;
  parameters: { name: string; in: string; schema: JsonSchema }[];
  bodySchema?: JsonSchema;
  successStatus: number;
};
type Sent = { method: string; url: string; body?: string; contentType?: string; cookie?: string; label: string };

/** Real records of the owner's organization, by path parameter name. */
const real: Record<string, string> = {};
let otherPersonId: string;
let partnerSlug: string;
/** A second open call, to which the owner's valid new application goes. */
let secondCallId: string;
/** A submitted application in the first review stage, and the first criterion of that stage's rubric. */
let reviewedApplicationId: string;
let criterionId: string;
/** An application of the first stage not yet booked, and the interview slot that holds the booking `real.bookingId`. */
let bookableApplicationId: string;
let bookedSlotId: string;

/** A valid body for each operation, so that each variant breaks exactly one thing. */
function validBodies(): Record<string, Json> {
  return {
    "POST /api/setup": {
      organization: {
        slug: "never-created",
        name: { en: "Never" },
        defaultLocale: "en",
        timeZone: "UTC",
        currency: "EUR",
        country: null,
      },
      owner: { name: "Nobody", email: "nobody@example.org", password: "a-long-enough-password" },
    },
    "POST /api/orgs": {
      slug: "robust-second",
      name: { en: "Second", he: "שנייה" },
      defaultLocale: "he",
      timeZone: "Asia/Jerusalem",
      currency: "ILS",
      country: "IL",
    },
    "PUT /api/orgs/{orgId}": {
      name: { en: "Robust", el: "Ανθεκτικός" },
      defaultLocale: "el",
      timeZone: "Europe/Athens",
      currency: "EUR",
      country: "GR",
    },
    "PUT /api/orgs/{orgId}/members/{userId}": { role: "admin" },
    "POST /api/orgs/{orgId}/invitations": { email: "new.colleague@example.org", role: "program_manager" },
    "POST /api/invitations/{token}/accept": { name: "Invited Person", password: "invited-long-password" },
    "POST /api/orgs/{orgId}/networks": { name: { en: "Robust Network" }, description: { en: "Testing" } },
    "POST /api/orgs/{orgId}/networks/{networkId}/members": { organizationSlug: partnerSlug },
    "POST /api/orgs/{orgId}/people": {
      fullName: "Ελένη Παπαδοπούλου",
      email: "eleni@example.gr",
      phone: "+30 210 1234567",
      city: "Athens",
      country: "GR",
      locale: "el",
      notes: "Valid",
    },
    "PUT /api/orgs/{orgId}/people/{personId}": {
      fullName: "Nino Beridze",
      email: "nino@example.ge",
      phone: null,
      city: "Tbilisi",
      country: "GE",
      locale: "ka",
      notes: null,
    },
    "POST /api/orgs/{orgId}/people/import/preview": { csv: "full_name,email\r\nMaja Novak,maja@example.si\r\n" },
    "POST /api/orgs/{orgId}/people/import": {
      rows: [{ line: 2, person: { fullName: "Imported Person", email: "imported@example.org", country: "SI" } }],
    },
    "POST /api/orgs/{orgId}/groups": {
      name: "Robust Group",
      kind: "informal_group",
      city: "Ljubljana",
      country: "SI",
      description: "Valid",
    },
    "PUT /api/orgs/{orgId}/groups/{groupId}": {
      name: "Renamed Group",
      kind: "cso",
      city: null,
      country: "IL",
      description: null,
    },
    "POST /api/orgs/{orgId}/groups/{groupId}/members": { personId: otherPersonId },
    "POST /api/orgs/{orgId}/programs": {
      type: "academy",
      name: { en: "Academy" },
      description: { en: "Valid" },
      defaultCapacity: 12,
      commitmentHours: 40,
    },
    "PUT /api/orgs/{orgId}/programs/{programId}": {
      type: "fellowship",
      name: { en: "Fellowship", he: "מלגה" },
      defaultCapacity: 20,
      commitmentHours: 150,
    },
    "POST /api/orgs/{orgId}/cohorts": cohortBody(),
    "PUT /api/orgs/{orgId}/cohorts/{cohortId}": cohortBody(),
    "POST /api/orgs/{orgId}/cohorts/{cohortId}/enrollments": {
      personId: otherPersonId,
      role: "participant",
      status: "invited",
    },
    "PUT /api/orgs/{orgId}/enrollments/{enrollmentId}": { status: "completed", role: "participant" },
    "POST /api/orgs/{orgId}/calls": callBody(),
    "PUT /api/orgs/{orgId}/calls/{callId}": callBody(),
    "POST /api/my/applications": {
      callId: secondCallId,
      group: { name: "Robust Applicants", kind: "team" },
      locale: "ka",
      answers: answers(),
    },
    "PUT /api/my/applications/{applicationId}": { locale: "el", answers: answers() },
    "POST /api/orgs/{orgId}/applications/{applicationId}/decision": { decision: "accepted" },
    "PUT /api/orgs/{orgId}/calls/{callId}/review-stages": reviewStagesBody(),
    "POST /api/orgs/{orgId}/calls/{callId}/review-moves": {
      action: "hold",
      fromStageId: real.stageId,
      applicationIds: [reviewedApplicationId],
    },
    "POST /api/orgs/{orgId}/review-stages/{stageId}/assignments": {
      applicationIds: [reviewedApplicationId],
      reviewerUserIds: [real.userId],
    },
    "POST /api/orgs/{orgId}/review-stages/{stageId}/assignments/balance": {
      reviewerUserIds: [owner.userId, real.userId],
      reviewsPerApplication: 2,
    },
    "PUT /api/orgs/{orgId}/review-assignments/{assignmentId}/scores": {
      scores: [{ criterionId: criterionId, score: 4, comment: "Clear and personal" }],
    },
    "POST /api/orgs/{orgId}/review-assignments/{assignmentId}/conflict": { reason: "A relative" },
    "POST /api/orgs/{orgId}/review-stages/{stageId}/slots": slotBody(),
    "PUT /api/orgs/{orgId}/interview-slots/{slotId}": { ...slotBody(), capacity: 5 },
    "POST /api/orgs/{orgId}/review-stages/{stageId}/bookings": {
      applicationId: bookableApplicationId,
      slotId: bookedSlotId,
    },
    "PUT /api/orgs/{orgId}/interview-bookings/{bookingId}": { slotId: bookedSlotId },
    "POST /api/orgs/{orgId}/events/{eventId}/attendance": { personId: otherPersonId },
    "POST /api/orgs/{orgId}/events/{eventId}/walk-ins": {
      fullName: "Walk-in Ὀδυσσεύς",
      email: "walk.in@example.gr",
      country: "GR",
    },
    "POST /api/orgs/{orgId}/events/{eventId}/attendance/bulk": { personIds: [otherPersonId] },
    "POST /api/orgs/{orgId}/events/{eventId}/attendance/import": {
      unknownPeople: "create",
      rows: [{ line: 2, fullName: "Imported Attendee", email: "attendee@example.si", country: "SI", checkedInAt: "" }],
    },
    "PUT /api/orgs/{orgId}/events/{eventId}/headcounts": {
      counts: [
        { country: "SI", count: 40 },
        { country: null, count: 3 },
      ],
    },
    "POST /api/orgs/{orgId}/enrollments/{enrollmentId}/hour-logs": hourLogBody(),
    "PUT /api/orgs/{orgId}/hour-logs/{logId}": hourLogBody(),
    "POST /api/orgs/{orgId}/courses": courseBody(),
    "PUT /api/orgs/{orgId}/courses/{courseId}": courseBody(),
    "PUT /api/orgs/{orgId}/courses/{courseId}/module-order": { moduleIds: [real.moduleId] },
    "POST /api/orgs/{orgId}/courses/{courseId}/modules": courseModuleBody(),
    "PUT /api/orgs/{orgId}/courses/{courseId}/modules/{moduleId}": courseModuleBody(),
    "POST /api/orgs/{orgId}/courses/{courseId}/enrollments": { personId: otherPersonId },
    "POST /api/my/courses/{courseId}/enrollment": { locale: "sl" },
    "POST /api/my/course-modules/{moduleId}/completion": { answers: [[0]] },
    "POST /api/orgs/{orgId}/event-kinds": { key: "robust_gathering", name: { en: "Gathering", el: "Συνάντηση" } },
    "PUT /api/orgs/{orgId}/event-kinds/{kindId}": { name: { en: "Gathering" } },
    "POST /api/orgs/{orgId}/events": eventBody(),
    "PUT /api/orgs/{orgId}/events/{eventId}": festivalBody(),
    "POST /api/orgs/{orgId}/event-series": { ...eventBody(), rule: "FREQ=WEEKLY;COUNT=3" },
    "PUT /api/orgs/{orgId}/event-series/{seriesId}": { ...eventBody(), startTime: "18:30", durationMinutes: 90 },
    "POST /api/orgs/{orgId}/events/{eventId}/registrations": { personId: otherPersonId },
    "POST /api/public/events/{eventId}/registrations": {
      fullName: "Μαρία Παπαδοπούλου",
      email: "maria@example.gr",
      locale: "el",
      consent: true,
    },
    "POST /api/public/event-registrations/{registrationId}/cancel": { token: "not-the-token-from-the-email-link" },
  };
}

/** A public, open weekly meeting in the fixture cohort with a few seats. */
function eventBody() {
  return {
    kind: "weekly_meeting",
    title: { en: "Weekly meeting", el: "Εβδομαδιαία συνάντηση" },
    description: { en: "Valid" },
    startsAt: "2026-12-01T16:00:00Z",
    endsAt: "2026-12-01T18:00:00Z",
    timeZone: "Europe/Athens",
    venueName: "Hub",
    city: "Athens",
    country: "GR",
    onlineUrl: "https://meet.example.org/weekly",
    cohortId: real.cohortId,
    sectors: ["civil_society", "media"],
    registration: "open",
    capacity: 5,
    isPublic: true,
  };
}

/** The fixture festival as it is, so saving it changes nothing the attendance operations rely on. */
function festivalBody() {
  return {
    kind: "festival",
    title: { en: "Festival" },
    startsAt: "2026-11-23T08:00:00Z",
    endsAt: "2026-11-23T18:00:00Z",
    timeZone: "Europe/Ljubljana",
    cohortId: real.cohortId,
    isPublic: true,
  };
}

function courseBody(): Json {
  return {
    title: { en: "Cross-border cooperation", sl: "Čezmejno sodelovanje" },
    summary: { en: "Valid" },
    programId: real.programId,
    isPublished: true,
    selfEnrollment: true,
    opensAt: "2026-09-10T08:00:00+02:00",
  };
}

function courseModuleBody(): Json {
  return {
    title: { en: "Module", he: "יחידה" },
    body: { en: "# Valid" },
    videoUrl: "https://video.example.org/robust",
    materials: [{ name: { en: "Handbook" }, url: "https://example.org/handbook.pdf" }],
    quiz: { passPercent: 50, questions: [{ prompt: { en: "Q?" }, options: [{ en: "A" }, { en: "B" }], correct: [0] }] },
  };
}

function hourLogBody(): Json {
  return { workedOn: "2026-11-20", minutes: 90, description: "Initiative work" };
}

function slotBody() {
  return {
    startsAt: "2027-01-10T08:00:00Z",
    endsAt: "2027-01-10T09:00:00Z",
    place: "Main hall",
    onlineUrl: "https://meet.example.org/robust",
    capacity: 1,
    note: "Valid",
  };
}

/** The expected answer to a valid request where it is not the operation's documented success. */
const validStatus: Record<string, number> = {
  "POST /api/setup": 409,
  // The sweep sends JSON or nothing; an upload without its multipart file is refused (see "unreadable bodies").
  "POST /api/my/applications/{applicationId}/files/{fieldKey}": 400,
  // It runs after the application is withdrawn and its call closed; calls.files.test.ts removes a file from a draft.
  "DELETE /api/my/applications/{applicationId}/files/{fileId}": 409,
  // The sweep sends JSON or nothing; an attendance list arrives as a text/csv body (see "unreadable bodies").
  "POST /api/orgs/{orgId}/events/{eventId}/attendance/import/preview": 400,
  // The owner enrolled in the fixture course to complete it (see beforeAll); a second enrollment is a conflict.
  "POST /api/my/courses/{courseId}/enrollment": 409,
  // The sweep sends no query; a cohort's feed needs its secret token (tested in events.ical.test.ts).
  "GET /api/public/cohorts/{cohortId}/events.ics": 400,
  // The fixture festival has begun and takes no registrations.
  "POST /api/orgs/{orgId}/events/{eventId}/registrations": 409,
  "POST /api/public/events/{eventId}/registrations": 409,
  // Seeing or cancelling a registration takes the secret token from its email (tested in events.test.ts).
  "GET /api/public/event-registrations/{registrationId}": 400,
  "POST /api/public/event-registrations/{registrationId}/cancel": 404,
  // Staff registered the fixture registrant; it is not the owner's own.
  "POST /api/my/event-registrations/{registrationId}/cancel": 404,
};

/** Operations whose valid request uses up a record the others need run after everything else. */
const usesUpItsRecord = (operation: Operation) =>
  operation.method === "DELETE" ||
  [
    "POST /api/invitations/{token}/accept",
    "POST /api/orgs/{orgId}/calls/{callId}/close",
    "POST /api/my/applications/{applicationId}/withdraw",
    "POST /api/orgs/{orgId}/review-assignments/{assignmentId}/conflict",
    // Resending puts the message back to pending; a second resend is a 409 until it is delivered.
    "POST /api/orgs/{orgId}/outbox/{messageId}/resend",
    // A person is checked out once; the fixture's check-in is kept for it.
    "POST /api/orgs/{orgId}/events/{eventId}/attendance/{personId}/check-out",
    "POST /api/orgs/{orgId}/events/{eventId}/cancel",
    "POST /api/orgs/{orgId}/event-registrations/{registrationId}/cancel",
  ].includes(`${operation.method} ${operation.path}`);

/** The invitation link works without a session; garbage must reach the part that creates a login. */
const anonymous = new Set([
  "POST /api/invitations/{token}/accept",
  "GET /api/invitations/{token}",
  "GET /api/public/calls",
  "GET /api/public/calls/{callId}",
  "GET /api/public/courses",
  "GET /api/public/courses/{courseId}",
  "GET /api/public/orgs/{slug}/courses",
  "GET /api/public/events/{eventFile}",
  "GET /api/public/orgs/{slug}/events.ics",
  "GET /api/public/cohorts/{cohortId}/events.ics",
  "GET /api/public/orgs/{slug}/events",
  "GET /api/public/events/{eventId}",
  "POST /api/public/events/{eventId}/registrations",
  "GET /api/public/event-registrations/{registrationId}",
  "POST /api/public/event-registrations/{registrationId}/cancel",
]);

function cohortBody(): Json {
  return {
    programId: real.programId,
    name: { en: "Spring", ka: "გაზაფხული" },
    startsOn: "2027-03-01",
    endsOn: "2027-06-30",
    capacity: 25,
    commitmentHours: 60,
    phases: [{ name: { en: "Training" }, startsOn: "2027-03-01", endsOn: "2027-04-30" }],
    budgetLines: [{ category: "venue", plannedAmount: 120_000, currency: "EUR", note: "Valid" }],
  };
}

/** A call with one question of every type, open on the test clock's day. */
function callBody(): Json {
  return {
    cohortId: real.cohortId,
    title: { en: "Open call", he: "קול קורא" },
    description: { en: "Valid", sl: "Veljaven" },
    opensAt: "2026-11-01T09:00:00+02:00",
    closesAt: "2027-01-31T23:59:00+02:00",
    maxAcceptances: 10,
    applicantKind: "either",
    fields: [
      {
        key: "motivation",
        type: "long_text",
        label: { en: "Why?" },
        help: { en: "A few words" },
        required: true,
        maxWords: 100,
      },
      {
        key: "resident",
        type: "single_choice",
        label: { en: "Resident?" },
        required: true,
        options: [
          { value: "yes", label: { en: "Yes" } },
          { value: "no", label: { en: "No" } },
        ],
        eligibility: { equals: "yes" },
      },
      {
        key: "topics",
        type: "multiple_choice",
        label: { en: "Topics" },
        options: [{ value: "a", label: { en: "A" } }],
      },
      { key: "name", type: "short_text", label: { en: "Name" } },
      { key: "age", type: "number", label: { en: "Age" }, min: 16, max: 99 },
      { key: "born", type: "date", label: { en: "Born" } },
      { key: "mail", type: "email", label: { en: "Email" } },
      { key: "phone", type: "phone", label: { en: "Phone" } },
      { key: "country", type: "country", label: { en: "Country" }, eligibility: { equals: "GE" } },
      { key: "agree", type: "consent", label: { en: "I agree" }, required: true },
      { key: "cv", type: "file", label: { en: "CV" }, maxFileMb: 2, fileKinds: ["pdf", "docx"] },
    ],
  };
}

function reviewStagesBody(): Json {
  return {
    blindReview: true,
    stages: [
      {
        name: { en: "Screening", ka: "შერჩევა" },
        criteria: [
          { name: { en: "Motivation" }, weight: 2, min: 1, max: 5, anchors: { "5": { en: "Outstanding" } } },
          { name: { en: "Fit" }, weight: 1, min: 0, max: 10 },
        ],
      },
      { name: { en: "Interview" }, criteria: [{ name: { en: "Presence" }, weight: 1, min: 1, max: 5 }] },
    ],
  };
}

function answers(): Json {
  return {
    motivation: "To learn and to lead",
    resident: "yes",
    topics: ["a"],
    name: "Nino",
    age: 23,
    born: "2003-04-05",
    mail: "nino@example.ge",
    phone: "+995 555 123 456",
    country: "GE",
    agree: true,
  };
}

const garbageParameters = [
  "not-a-uuid",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%00".repeat(30),
  "%E0%A4%A",
  "x".repeat(3000),
  "שלום-ნინო-Ελένη-🎉",
  "00000000-0000-0000-0000-000000000000",
  "' OR '1'='1",
];

/** Wrong values for one node of a body, chosen by what the node holds (`undefined` removes it). */
function wrongValuesFor(value: Json): [string, Json | undefined][] {
  const always: [string, Json | undefined][] = [
    ["missing", undefined],
    ["null", null],
    ["an array", []],
    ["a nested object of nulls", { nested: { deeper: null } }],
    ["a boolean", true],
  ];
  if (typeof value === "number") {
    return [...always, ["a string", "12"], ["a negative number", -1], ["a fraction", 1.5], ["a huge number", 1e308]];
  }
  if (typeof value === "string") {
    return [
      ...always,
      ["a number", 12345],
      ["an empty string", ""],
      ["an oversized string", "x".repeat(20_000)],
      ["a NUL character", "bad\u0000value"],
      ["a lone surrogate", "\ud800 🎉 שלום"],
    ];
  }
  return [...always, ["a number", 12345], ["a string", "text"]];
}

const malformedBodies: { label: string; body?: string; contentType?: string }[] = [
  { label: "no body" },
  { label: "no body but a JSON content type", contentType: "application/json" },
  { label: "invalid JSON", body: "{", contentType: "application/json" },
  { label: "truncated JSON", body: '{"name": {"en": "x"', contentType: "application/json" },
  { label: "a NUL byte", body: "\u0000", contentType: "application/json" },
  { label: "a JSON array", body: "[]", contentType: "application/json" },
  { label: "a JSON number", body: "42", contentType: "application/json" },
  { label: "a JSON string", body: '"text"', contentType: "application/json" },
  { label: "JSON null", body: "null", contentType: "application/json" },
  { label: "an empty object", body: "{}", contentType: "application/json" },
  { label: "deeply nested arrays", body: `${"[".repeat(5000)}${"]".repeat(5000)}`, contentType: "application/json" },
  { label: "a form instead of JSON", body: "name=x&role=owner", contentType: "application/x-www-form-urlencoded" },
];

const badQueryValues = ["-1", "0", "abc", "100000", "1e309", "1.5", "x".repeat(10_000), "%00", "ünï", "IL'--"];

async function json(response: Response) {
  return (await response.json()) as any;
}

beforeAll(async () => {
  t = await createTestApp();
  const organization = await t.createOrganization("robust");
  orgId = organization.id;
  owner = await t.memberOf(orgId, "owner");
  const colleague = await t.memberOf(orgId, "mentor");
  const partner = await t.createOrganization("robust-partner");
  partnerSlug = partner.slug;

  const base = `/api/orgs/${orgId}`;
  const post = async (path: string, body: Json) => {
    const response = await t.call("POST", `${base}${path}`, { cookie: owner.cookie, body });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return json(response);
  };
  real.orgId = orgId;
  real.userId = colleague.userId;
  real.personId = (await post("/people", { fullName: "Davit Kapanadze" })).id;
  otherPersonId = (await post("/people", { fullName: "Ana Šuštar" })).id;
  real.groupId = (await post("/groups", { name: "Fixture Group", kind: "team" })).id;
  await post(`/groups/${real.groupId}/members`, { personId: real.personId });
  real.programId = (await post("/programs", { type: "incubator", name: { en: "Incubator" } })).id;
  real.cohortId = (await post("/cohorts", cohortBody())).id;
  real.enrollmentId = (
    await post(`/cohorts/${real.cohortId}/enrollments`, { personId: real.personId, role: "participant" })
  ).id;
  const [event] = await t.database.db
    .insert(events)
    .values({
      organizationId: orgId,
      kind: "festival",
      title: { en: "Festival" },
      startsAt: new Date("2026-11-23T08:00:00Z"),
      endsAt: new Date("2026-11-23T18:00:00Z"),
      timeZone: "Europe/Ljubljana",
      cohortId: real.cohortId,
      isPublic: true,
    })
    .returning();
  real.eventId = event.id;
  real.eventFile = `${event.id}.ics`;
  await post(`/events/${real.eventId}/attendance`, { personId: real.personId });
  real.logId = (await post(`/enrollments/${real.enrollmentId}/hour-logs`, hourLogBody())).id;
  real.kindId = (await post("/event-kinds", { key: "robust_kind", name: { en: "Robust" } })).id;
  const series = await post("/event-series", { ...eventBody(), rule: "FREQ=WEEKLY;COUNT=2" });
  real.seriesId = series.id;
  real.occurrenceId = series.occurrences[0].id;
  real.registrationId = (await post(`/events/${real.occurrenceId}/registrations`, { personId: otherPersonId })).id;
  real.invitationId = (await post("/invitations", { email: "to-revoke@example.org", role: "mentor" })).id;
  await post("/invitations", { email: "to-accept@example.org", role: "mentor" });
  const outbox = await json(await t.call("GET", `${base}/outbox`, { cookie: owner.cookie }));
  const message = outbox.find((candidate: any) => candidate.recipient === "to-accept@example.org");
  real.token = /\/invite\/([\w-]+)/.exec(message.body)?.[1] as string;
  real.messageId = outbox.find((candidate: any) => candidate.recipient === "to-revoke@example.org").id;
  await markSent(real.messageId);
  real.networkId = (await post("/networks", { name: { en: "Fixture Network" } })).id;
  real.memberId = partner.id;
  real.callId = (await post("/calls", callBody())).id;
  secondCallId = (await post("/calls", callBody())).id;
  for (const callId of [real.callId, secondCallId]) {
    const published = await t.call("POST", `${base}/calls/${callId}/publish`, { cookie: owner.cookie });
    expect(published.status).toBe(200);
  }
  const started = await t.call("POST", "/api/my/applications", {
    cookie: owner.cookie,
    body: { callId: real.callId, answers: answers() },
  });
  expect(started.status, await started.clone().text()).toBe(201);
  real.applicationId = (await json(started)).id;
  real.fieldKey = "cv";
  real.fileId = await uploadedFile(real.applicationId);

  reviewedApplicationId = await submittedApplication();
  const setup = await json(
    await t.call("PUT", `${base}/calls/${real.callId}/review-stages`, {
      cookie: owner.cookie,
      body: reviewStagesBody(),
    }),
  );
  real.stageId = setup.stages[0].id;
  criterionId = setup.stages[0].criteria[0].id;
  await post(`/calls/${real.callId}/review-moves`, {
    action: "advance",
    fromStageId: null,
    applicationIds: [reviewedApplicationId],
  });
  real.assignmentId = await assignOwner(reviewedApplicationId);
  bookableApplicationId = await submittedApplication();
  await post(`/calls/${real.callId}/review-moves`, {
    action: "advance",
    fromStageId: null,
    applicationIds: [bookableApplicationId],
  });
  bookedSlotId = (await post(`/review-stages/${real.stageId}/slots`, { ...slotBody(), capacity: 10 })).id;
  const booked = await post(`/review-stages/${real.stageId}/bookings`, {
    applicationId: reviewedApplicationId,
    slotId: bookedSlotId,
  });
  real.bookingId = booked.bookings[0].id;
  real.slotId = await emptySlot();

  await completedCourse(post);

  document = await json(await t.call("GET", "/api/openapi.json"));
  operations = readOperations(document);
});

/** A published course of one module that the owner enrolled in and completed, so the certificate exists. */
async function completedCourse(post: (path: string, body: Json) => Promise<any>) {
  real.slug = "robust";
  real.chart = "events-by-kind.svg";
  real.courseId = (await post("/courses", courseBody())).id;
  real.moduleId = (await post(`/courses/${real.courseId}/modules`, { title: { en: "Only module" } })).id;
  const enrolled = await t.call("POST", `/api/my/courses/${real.courseId}/enrollment`, {
    cookie: owner.cookie,
    body: {},
  });
  expect(enrolled.status, await enrolled.clone().text()).toBe(201);
  real.courseEnrollmentId = (await json(enrolled)).enrollmentId;
  const completed = await t.call("POST", `/api/my/course-modules/${real.moduleId}/completion`, {
    cookie: owner.cookie,
    body: {},
  });
  expect((await json(completed)).progress.completedAt).not.toBeNull();
}

/** A new interview slot of the first stage, with nobody booked into it yet. */
async function emptySlot() {
  const created = await t.call("POST", `/api/orgs/${orgId}/review-stages/${real.stageId}/slots`, {
    cookie: owner.cookie,
    body: slotBody(),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  return (await json(created)).id as string;
}

/** The owner's PDF answering the file question of their draft. */
async function uploadedFile(applicationId: string) {
  const form = new FormData();
  form.append("file", new File(["%PDF-1.7\n%%EOF\n"], "cv.pdf", { type: "application/pdf" }));
  const uploaded = await t.app.request(`/api/my/applications/${applicationId}/files/cv`, {
    method: "POST",
    headers: { cookie: owner.cookie },
    body: form,
  });
  expect(uploaded.status, await uploaded.clone().text()).toBe(201);
  return (await json(uploaded)).id as string;
}

/** A new applicant's submitted application to the first call. */
async function submittedApplication() {
  const applicant = await t.signUp();
  const applied = await t.call("POST", "/api/my/applications", {
    cookie: applicant.cookie,
    body: { callId: real.callId, answers: answers() },
  });
  const id = (await json(applied)).id as string;
  const submitted = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
  expect(submitted.status, await submitted.clone().text()).toBe(200);
  return id;
}

/** Puts the application in the first stage if needed and returns the owner's assignment to review it. */
async function assignOwner(applicationId: string, advance = false) {
  const base = `/api/orgs/${orgId}`;
  if (advance) {
    await t.call("POST", `${base}/calls/${real.callId}/review-moves`, {
      cookie: owner.cookie,
      body: { action: "advance", fromStageId: null, applicationIds: [applicationId] },
    });
  }
  const assigned = await t.call("POST", `${base}/review-stages/${real.stageId}/assignments`, {
    cookie: owner.cookie,
    body: { applicationIds: [applicationId], reviewerUserIds: [owner.userId] },
  });
  expect(assigned.status, await assigned.clone().text()).toBe(200);
  const assignments = await json(await t.call("GET", `${base}/review-assignments`, { cookie: owner.cookie }));
  return assignments.find((row: any) => row.applicationId === applicationId).id as string;
}

describe("every documented operation survives malformed input", () => {
  test("the document lists every module's operations", () => {
    const keys = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        "POST /api/setup",
        "POST /api/orgs/{orgId}/people",
        "POST /api/orgs/{orgId}/cohorts",
        "POST /api/orgs/{orgId}/calls",
        "POST /api/my/applications",
      ]),
    );
    expect(keys.length).toBeGreaterThanOrEqual(40);
  });

  test("a valid request to every operation succeeds, so each variant below breaks one thing", async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => !usesUpItsRecord(candidate))) {
      await expectValidRequest(operation, failures);
    }
    expect(failures).toEqual([]);
  });

  test("garbage in any path parameter is a 4xx problem", async () => {
    const failures: string[] = [];
    for (const operation of ordered()) {
      for (const parameter of operation.parameters.filter((candidate) => candidate.in === "path")) {
        for (const garbage of garbageParameters) {
          const url = urlOf(operation, { [parameter.name]: garbage });
          await send(
            operation,
            { method: operation.method, url, ...bodyOf(operation), label: `${parameter.name}=${garbage.slice(0, 40)}` },
            failures,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("a missing, unreadable or wrongly shaped body is a 4xx problem", async () => {
    const failures: string[] = [];
    for (const operation of ordered().filter((candidate) => candidate.bodySchema)) {
      for (const malformed of malformedBodies) {
        await send(operation, { method: operation.method, url: urlOf(operation), ...malformed }, failures);
      }
      const valid = validBodyOf(operation);
      await send(
        operation,
        {
          method: operation.method,
          url: urlOf(operation),
          body: JSON.stringify(valid),
          contentType: "text/plain",
          label: "text/plain",
        },
        failures,
      );
    }
    expect(failures).toEqual([]);
  });

  test("every field of every body, given a wrong type or size, is refused cleanly", async () => {
    const failures: string[] = [];
    for (const operation of ordered().filter((candidate) => candidate.bodySchema)) {
      const valid = validBodyOf(operation);
      for (const path of nodePaths(valid)) {
        for (const [label, value] of wrongValuesFor(valueAt(valid, path))) {
          const body = replaceAt(valid, path, value);
          await send(
            operation,
            {
              method: operation.method,
              url: urlOf(operation),
              body: JSON.stringify(body),
              contentType: "application/json",
              label: `${path.join(".")} as ${label}`,
            },
            failures,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    // Thousands of requests, one per field and wrong value of every documented body.
  }, 300_000);

  test("bad query parameters are a 4xx problem or ignored", async () => {
    const failures: string[] = [];
    for (const operation of ordered().filter((candidate) => candidate.method === "GET")) {
      const queryParameters = operation.parameters
        .filter((parameter) => parameter.in === "query")
        .map((parameter) => parameter.name);
      const names = queryParameters.length > 0 ? queryParameters : ["page"];
      for (const name of names) {
        for (const value of badQueryValues) {
          const url = `${urlOf(operation)}?${name}=${encodeURIComponent(value).replace("%2500", "%00")}`;
          await send(operation, { method: "GET", url, label: `${name}=${value.slice(0, 20)}` }, failures);
        }
        await send(
          operation,
          { method: "GET", url: `${urlOf(operation)}?${name}=1&${name}=2`, label: `repeated ${name}` },
          failures,
        );
      }
      const everything = `page=-1&pageSize=100000&q=${"q".repeat(10_000)}&country=Israel&groupId=x&kind=cult`;
      await send(
        operation,
        { method: "GET", url: `${urlOf(operation)}?${everything}`, label: "every bad query at once" },
        failures,
      );
    }
    expect(failures).toEqual([]);
  });

  test("the operations that use up their record succeed last", async () => {
    const failures: string[] = [];
    // A garbage name that is still a name may have accepted the first invitation; this one is fresh.
    await t.call("POST", `/api/orgs/${orgId}/invitations`, {
      cookie: owner.cookie,
      body: { email: "accepts-last@example.org", role: "mentor" },
    });
    const outbox = await json(await t.call("GET", `/api/orgs/${orgId}/outbox`, { cookie: owner.cookie }));
    real.token = /\/invite\/([\w-]+)/.exec(
      outbox.find((message: any) => message.recipient === "accepts-last@example.org").body,
    )?.[1] as string;
    // A variant may have resent the message already; only a sent or failed message can be resent.
    await markSent(real.messageId);
    // A variant without a reason was a valid conflict declaration already; this assignment is fresh.
    real.assignmentId = await assignOwner(await submittedApplication(), true);
    // Filling free places may have booked into the slot; a slot is deleted only while empty.
    real.slotId = await emptySlot();
    // Deeper records first, the person last: removing a person also removes their group membership, enrollment
    // and its hour logs.
    const depth = (operation: Operation) => {
      if (operation.method !== "DELETE") return 99;
      return operation.path.endsWith("/people/{personId}") ? 0 : operation.path.split("/").length;
    };
    const last = operations.filter(usesUpItsRecord).sort((a, b) => depth(b) - depth(a));
    // Declaring a conflict and unassigning each use up an assignment; unassigning gets one of its own.
    const toUnassign = await assignOwner(await submittedApplication(), true);
    for (const operation of last) {
      if (operation.method === "DELETE" && operation.path.endsWith("/review-assignments/{assignmentId}")) {
        real.assignmentId = toUnassign;
      }
      // Cancelling an event uses it up: an occurrence of the fixture series is cancelled, the festival stays.
      const festivalId = real.eventId;
      if (operation.path.endsWith("/events/{eventId}/cancel")) real.eventId = real.occurrenceId;
      await expectValidRequest(operation, failures);
      real.eventId = festivalId;
    }
    expect(failures).toEqual([]);
  });
});

describe("unreadable bodies", () => {
  test("a body that is not JSON is a 400 that names the body", async () => {
    const response = await t.app.request(`/api/orgs/${orgId}/people`, {
      method: "POST",
      headers: { cookie: owner.cookie, "content-type": "application/json" },
      body: "{",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await json(response)).errors).toEqual([
      expect.objectContaining({ path: "json", code: "errors.invalid_format" }),
    ]);
  });

  test("a body sent as something other than JSON is a 415", async () => {
    const response = await t.app.request(`/api/orgs/${orgId}/people`, {
      method: "POST",
      headers: { cookie: owner.cookie, "content-type": "text/plain" },
      body: JSON.stringify({ fullName: "Plain Text" }),
    });
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  test("an upload sent as JSON is a 415, and one without its file a 400", async () => {
    const url = `/api/my/applications/${real.applicationId}/files/cv`;
    const asJson = await t.call("POST", url, { cookie: owner.cookie, body: { file: "cv.pdf" } });
    expect(asJson.status).toBe(415);
    expect(asJson.headers.get("content-type")).toContain("application/problem+json");
    const form = new FormData();
    form.append("file", "not a file");
    const withoutFile = await t.app.request(url, { method: "POST", headers: { cookie: owner.cookie }, body: form });
    expect(withoutFile.status).toBe(400);
    expect((await json(withoutFile)).errors).toEqual([expect.objectContaining({ path: "form.file" })]);
  });

  test("text with a NUL character is a 400, not a fault", async () => {
    const response = await t.call("POST", `/api/orgs/${orgId}/people`, {
      cookie: owner.cookie,
      body: { fullName: "Nul\u0000Person" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).code).toBe("errors.validation");
  });
});

describe("nothing is half-written", () => {
  const base = () => `/api/orgs/${orgId}`;

  async function count(table: string) {
    const result = (await t.database.db.execute(sql.raw(`select count(*)::int as n from "${table}"`))) as unknown as {
      rows: { n: number }[];
    };
    return Number(result.rows[0].n);
  }

  test("a cohort whose phase cannot be stored leaves no cohort behind", async () => {
    const before = {
      cohorts: await count("cohorts"),
      phases: await count("cohort_phases"),
      budget: await count("budget_lines"),
    };
    const body = cohortBody() as Record<string, any>;
    const broken = { ...body, phases: [{ ...body.phases[0], name: { en: "Broken\u0000phase" } }] };
    const response = await t.call("POST", `${base()}/cohorts`, { cookie: owner.cookie, body: broken });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect({
      cohorts: await count("cohorts"),
      phases: await count("cohort_phases"),
      budget: await count("budget_lines"),
    }).toEqual(before);
  });

  test("a cohort whose budget line cannot be stored leaves no cohort or phases behind", async () => {
    const before = { cohorts: await count("cohorts"), phases: await count("cohort_phases") };
    const body = cohortBody() as Record<string, any>;
    const broken = { ...body, budgetLines: [{ ...body.budgetLines[0], note: "Broken\u0000note" }] };
    const response = await t.call("POST", `${base()}/cohorts`, { cookie: owner.cookie, body: broken });
    expect(response.status).toBe(400);
    expect({ cohorts: await count("cohorts"), phases: await count("cohort_phases") }).toEqual(before);
  });

  test("a cohort refused by validation leaves no cohort rows", async () => {
    const before = await count("cohorts");
    const response = await t.call("POST", `${base()}/cohorts`, {
      cookie: owner.cookie,
      body: { ...(cohortBody() as Record<string, unknown>), endsOn: "2027-01-01" },
    });
    expect(response.status).toBe(400);
    expect(await count("cohorts")).toBe(before);
  });

  test("an edit that fails halfway keeps the cohort's old timeline and budget", async () => {
    const created = await json(await t.call("POST", `${base()}/cohorts`, { cookie: owner.cookie, body: cohortBody() }));
    const body = cohortBody() as Record<string, any>;
    const broken = {
      ...body,
      capacity: 99,
      phases: [{ name: { en: "Replaced" }, startsOn: "2027-03-01", endsOn: "2027-03-31" }],
      budgetLines: [{ category: "broken", plannedAmount: 1, currency: "EUR", note: "Broken\u0000note" }],
    };
    const response = await t.call("PUT", `${base()}/cohorts/${created.id}`, { cookie: owner.cookie, body: broken });
    expect(response.status).toBe(400);
    const after = await json(await t.call("GET", `${base()}/cohorts/${created.id}`, { cookie: owner.cookie }));
    expect(after.capacity).toBe(created.capacity);
    expect(after.phases).toEqual(created.phases);
    expect(after.budgetLines).toEqual(created.budgetLines);
  });
});

/** Operations in the order the sweep runs them: those that delete or use up a record last. */
function ordered() {
  return [...operations].sort((a, b) => Number(usesUpItsRecord(a)) - Number(usesUpItsRecord(b)));
}

function readOperations(openApi: OpenApiDocument): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(openApi.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const successStatus = Number(
        Object.keys(operation.responses ?? {}).find((status) => status.startsWith("2")) ?? 200,
      );
      result.push({
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        bodySchema: operation.requestBody?.content?.["application/json"]?.schema,
        successStatus,
      });
    }
  }
  return result;
}

function urlOf(operation: Operation, overrides: Record<string, string> = {}) {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in overrides) return overrides[name];
    const value = real[name];
    if (!value) throw new Error(`No record for path parameter ${name}; teach openapi-robustness.test.ts about it`);
    return value;
  });
}

function validBodyOf(operation: Operation): Json {
  const key = `${operation.method} ${operation.path}`;
  return validBodies()[key] ?? exampleOf(operation.bodySchema ?? {});
}

function bodyOf(operation: Operation) {
  return operation.bodySchema ? { body: JSON.stringify(validBodyOf(operation)), contentType: "application/json" } : {};
}

async function expectValidRequest(operation: Operation, failures: string[]) {
  const key = `${operation.method} ${operation.path}`;
  const handWritten = key in validBodies() || !operation.bodySchema;
  const response = await send(
    operation,
    { method: operation.method, url: urlOf(operation), ...bodyOf(operation), label: "valid" },
    failures,
  );
  const expected = validStatus[key] ?? operation.successStatus;
  if (handWritten && response && response.status !== expected) {
    failures.push(`${key} valid request → ${response.status} (expected ${expected}): ${response.text.slice(0, 300)}`);
  }
}

/**
 * Sends one request and records a failure for a 5xx, for a 4xx that is not a problem document, and for a
 * refused write that changed the database.
 */
async function send(operation: Operation, request: Sent, failures: string[]) {
  const key = `${operation.method} ${operation.path}`;
  const headers: Record<string, string> = {};
  if (!anonymous.has(key)) headers.cookie = owner.cookie;
  if (request.contentType) headers["content-type"] = request.contentType;
  const writes = request.method !== "GET";
  if (writes && knownDigest === undefined) knownDigest = await fingerprint();
  const response = await t.app.request(request.url, { method: request.method, headers, body: request.body });
  const text = await response.text();
  const where = `${key} [${request.label}] → ${response.status}`;
  if (response.status >= 500) {
    failures.push(`${where}: ${text.slice(0, 200)}`);
  } else if (response.status >= 400) {
    const problem = parseProblem(text);
    if (!(response.headers.get("content-type") ?? "").includes("application/problem+json") || !problem) {
      failures.push(
        `${where} is not a problem document: ${response.headers.get("content-type")} ${text.slice(0, 200)}`,
      );
    } else if (problem.status !== response.status) {
      failures.push(`${where} carries status ${problem.status}`);
    }
    if (writes && !(problem && refusedBeforeTheHandler(problem))) {
      const after = await fingerprint();
      if (after !== knownDigest) failures.push(`${where} was refused but changed the database`);
      knownDigest = after;
    }
  } else if (writes) {
    knownDigest = undefined;
  }
  return { status: response.status, text };
}

/** Request validation (zod, or a body that is not JSON) answers before any handler runs, so it cannot write. */
function refusedBeforeTheHandler(problem: { code: string; errors: unknown[] }) {
  return (
    problem.code === "errors.validation" &&
    problem.errors.length > 0 &&
    problem.errors.every((issue) => /^(json|param|query)(\.|$)/.test((issue as { path: string }).path))
  );
}

function parseProblem(text: string): { status: number; code: string; errors: unknown[] } | undefined {
  try {
    const problem = JSON.parse(text);
    return typeof problem.code === "string" && Array.isArray(problem.errors) ? problem : undefined;
  } catch {
    return undefined;
  }
}

let tables: string[] | undefined;

/** The digest as of the last request known to have written nothing; undefined after a success. */
let knownDigest: string | undefined;

/** A digest of every domain table's rows (sessions and rate-limit counters change on their own). */
async function fingerprint() {
  if (!tables) {
    const result = (await t.database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
          and table_name not in ('session', 'rate_limit', 'verification') order by table_name`,
    )) as unknown as { rows: { table_name: string }[] };
    tables = result.rows.map((row) => row.table_name);
  }
  const digests = tables
    .map((table) => `(select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from "${table}" r)`)
    .join(" || ");
  const result = (await t.database.db.execute(sql.raw(`select ${digests} as digest`))) as unknown as {
    rows: { digest: string }[];
  };
  return result.rows[0].digest;
}

/** Every node of a JSON value (objects, arrays and leaves), as paths from the root. */
function nodePaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (value && typeof value === "object") {
    const entries: [string | number, Json][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) paths.push(...nodePaths(item, [...prefix, key]));
  }
  return paths;
}

function valueAt(value: Json, path: (string | number)[]): Json {
  return path.reduce<any>((node, step) => node[step], value);
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(value) as any;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  const last = path[path.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}

/** A plausible body from a JSON schema, for an operation this file does not know yet. */
function exampleOf(schema: JsonSchema): Json {
  if (schema.$ref)
    return exampleOf(document.components?.schemas?.[String(schema.$ref).split("/").pop() as string] ?? {});
  if (schema.example !== undefined) return schema.example;
  if (schema.anyOf ?? schema.oneOf) return exampleOf((schema.anyOf ?? schema.oneOf)[0]);
  if (schema.enum) return schema.enum.find((value: Json) => value !== null) ?? null;
  const type = Array.isArray(schema.type) ? schema.type.find((candidate: string) => candidate !== "null") : schema.type;
  switch (type) {
    case "object": {
      const result: Record<string, Json> = {};
      for (const [name, property] of Object.entries<JsonSchema>(schema.properties ?? {})) {
        result[name] = real[name] ?? exampleOf(property);
      }
      return result;
    }
    case "array":
      return schema.minItems ? [exampleOf(schema.items ?? {})] : [];
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "string":
      if (schema.format === "uuid") return real.personId;
      if (schema.format === "email") return "someone@example.org";
      if (schema.format === "date") return "2027-01-01";
      if (schema.pattern === "^[A-Z]{2}$") return "IL";
      if (schema.pattern === "^[A-Z]{3}$") return "EUR";
      return "x".repeat(Math.max(schema.minLength ?? 1, 3));
    default:
      return null;
  }
}

/** As if the mail worker had delivered it: only a sent or failed message can be resent. */
async function markSent(messageId: string) {
  await t.database.db.execute(sql`update outbox_messages set status = 'sent', sent_at = now() where id = ${messageId}`);
}
