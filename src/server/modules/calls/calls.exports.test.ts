import { eq } from "drizzle-orm";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, test } from "vitest";
import { organizations } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { sheetName } from "./calls.exports.ts";
import { json, type Member, publishedCohortCall, submitApplication } from "./calls.test-helpers.ts";

let t: TestApp;
let orgId: string;
let callId: string;
let manager: Member;
let colleague: Member;
/** Submitted applications in order of submission: Hebrew, Georgian and Greek answers. */
let submitted: string[];

const as = (member: Member, method: string, path: string, body?: unknown) =>
  t.call(method, `/api/orgs/${orgId}${path}`, { cookie: member.cookie, body });

const applicants = [
  {
    name: "נועה לוי",
    answers: { motivation: "אני רוצה להקים מועדון קריאה לילדים בשכונה", resident: "yes", topics: ["ed", "env"] },
  },
  { name: "ნინო ბერიძე", answers: { motivation: "მინდა ბავშვებისთვის წიგნის კლუბი შევქმნა", resident: "no", age: 24 } },
  { name: "Ελένη Παπαδοπούλου", answers: { motivation: "=1+2 Θέλω να ανοίξω μια λέσχη ανάγνωσης", agree: true } },
];

beforeAll(async () => {
  t = await createTestApp();
  const organization = await t.createOrganization("exports-he");
  orgId = organization.id;
  // Hebrew is the organization's language: headers and choice labels come out in Hebrew.
  await t.database.db.update(organizations).set({ defaultLocale: "he" }).where(eq(organizations.id, orgId));
  manager = await t.memberOf(orgId, "program_manager");
  colleague = await t.memberOf(orgId, "admin");
  callId = await publishedCohortCall(t, orgId, manager, {
    title: { en: "Leadership 20/20", he: "מנהיגות 20/20" },
    opensAt: "2026-11-01T00:00:00Z",
    closesAt: "2026-12-31T00:00:00Z",
    fields: [
      { key: "motivation", type: "long_text", label: { en: "Why?", he: "למה?" }, required: true },
      {
        key: "resident",
        type: "single_choice",
        label: { en: "Resident?", he: "תושב/ת העיר?" },
        options: [
          { value: "yes", label: { en: "Yes", he: "כן" } },
          { value: "no", label: { en: "No", he: "לא" } },
        ],
      },
      {
        key: "topics",
        type: "multiple_choice",
        label: { en: "Topics", he: "נושאים" },
        options: [
          { value: "ed", label: { en: "Education", he: "חינוך" } },
          { value: "env", label: { en: "Environment", he: "סביבה" } },
        ],
      },
      { key: "age", type: "number", label: { en: "Age", he: "גיל" } },
      { key: "agree", type: "consent", label: { en: "I agree", he: "אני מסכים/ה" } },
    ],
  });
  submitted = [];
  for (const [n, applicant] of applicants.entries()) {
    const login = await t.signUp(applicant.name, `exports${n}@example.org`);
    submitted.push(await submitApplication(t, login, { callId, answers: applicant.answers }));
  }
  const drafter = await t.signUp("Still Drafting", "drafting@example.org");
  await t.call("POST", "/api/my/applications", {
    cookie: drafter.cookie,
    body: { callId, answers: { motivation: "not yet" } },
  });
  // The first applicant enters screening and is scored by two reviewers: weighted 4 and 3.
  const setup = await json(
    await as(manager, "PUT", `/calls/${callId}/review-stages`, {
      stages: [
        {
          name: { en: "Screening", he: "סינון" },
          criteria: [
            { name: { en: "Motivation", he: "מוטיבציה" }, weight: 3, min: 1, max: 5 },
            { name: { en: "Fit" }, weight: 1, min: 1, max: 5 },
          ],
        },
        { name: { en: "Interview", he: "ראיון" }, criteria: [{ name: { en: "Clarity" }, weight: 1, min: 1, max: 5 }] },
      ],
    }),
  );
  const criteria = setup.stages[0].criteria.map((criterion: any) => criterion.id);
  await as(manager, "POST", `/calls/${callId}/review-moves`, {
    action: "advance",
    fromStageId: null,
    applicationIds: [submitted[0]],
  });
  await as(manager, "POST", `/review-stages/${setup.stages[0].id}/assignments`, {
    applicationIds: [submitted[0]],
    reviewerUserIds: [manager.userId, colleague.userId],
  });
  for (const [reviewer, scores] of [
    [manager, [5, 1]],
    [colleague, [3, 3]],
  ] as const) {
    const [assignment] = await json(await as(reviewer, "GET", "/review-assignments"));
    const response = await as(reviewer, "PUT", `/review-assignments/${assignment.id}/scores`, {
      scores: [
        { criterionId: criteria[0], score: scores[0], comment: "מוטיבציה ברורה" },
        { criterionId: criteria[1], score: scores[1] },
      ],
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }
});

const expectedHeader = [
  "מגיש/ה",
  "דוא״ל",
  "סטטוס",
  "מועד הגשה",
  "שלב נוכחי",
  "סינון: ממוצע משוקלל",
  "סינון: פיזור",
  "ראיון: ממוצע משוקלל",
  "ראיון: פיזור",
  "למה?",
  "תושב/ת העיר?",
  "נושאים",
  "גיל",
  "אני מסכים/ה",
];

describe("CSV export", () => {
  test("the CSV starts with the byte-order mark and keeps Hebrew, Georgian and Greek intact", async () => {
    const response = await as(manager, "GET", `/calls/${callId}/applications/export.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(expectedHeader);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      "נועה לוי",
      "exports0@example.org",
      "הוגשה",
      "2026-11-23T12:00:00+02:00",
      "סינון",
      "3.5",
      "1",
      "",
      "",
      "אני רוצה להקים מועדון קריאה לילדים בשכונה",
      "כן",
      "חינוך; סביבה",
      "",
      "",
    ]);
    expect(rows[1][0]).toBe("ნინო ბერიძე");
    expect(rows[1][9]).toBe("მინდა ბავშვებისთვის წიგნის კლუბი შევქმნა");
    expect(rows[1][10]).toBe("לא");
    expect(rows[1][12]).toBe("24");
    expect(rows[2][0]).toBe("Ελένη Παπαδοπούλου");
    // A formula in an answer is written as text, never evaluated by a spreadsheet.
    expect(rows[2][9]).toBe("'=1+2 Θέλω να ανοίξω μια λέσχη ανάγνωσης");
    expect(rows[2][13]).toBe("ניתנה");
  });

  test("drafts are left out", async () => {
    const text = await (await as(manager, "GET", `/calls/${callId}/applications/export.csv`)).text();
    expect(text).not.toContain("Still Drafting");
    expect(text).not.toContain("not yet");
  });
});

describe("XLSX export", () => {
  test("the workbook parses back with a sheet named after the call, the header and one row per application", async () => {
    const response = await as(manager, "GET", `/calls/${callId}/applications/export.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const buffer = Buffer.from(await response.arrayBuffer());
    const sheets = await readXlsxFile(buffer);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["מנהיגות 20 20"]);
    const [header, ...rows] = sheets[0].data;
    expect(header).toEqual(expectedHeader);
    expect(rows).toHaveLength(3);
    expect(rows[0].slice(0, 7)).toEqual([
      "נועה לוי",
      "exports0@example.org",
      "הוגשה",
      "2026-11-23T12:00:00+02:00",
      "סינון",
      3.5,
      1,
    ]);
    expect(rows[1][0]).toBe("ნინო ბერიძე");
    expect(rows[1][12]).toBe(24);
    expect(rows[2][9]).toBe("=1+2 Θέλω να ανοίξω μια λέσχη ανάγνωσης");
    expect(rows.map((row) => row[0])).not.toContain("Still Drafting");
  });

  test("sheet names keep to Excel's rules: 31 characters at most, no []:*?/\\", () => {
    expect(sheetName("Call: 2027/28 [draft]?")).toBe("Call  2027 28  draft");
    expect(Array.from(sheetName("ქ".repeat(40)))).toHaveLength(31);
    expect(sheetName("///")).toBe("Applications");
  });
});

describe("scores by stage", () => {
  test("an application's scores show each stage's weighted mean and spread and each reviewer's scores", async () => {
    const stages = await json(await as(manager, "GET", `/applications/${submitted[0]}/scores`));
    expect(stages.map((stage: any) => stage.name.he)).toEqual(["סינון", "ראיון"]);
    expect(stages[0]).toMatchObject({ reviews: 2, weightedMean: 3.5, spread: 1 });
    expect(stages[0].scores).toHaveLength(4);
    expect(stages[0].scores[0]).toMatchObject({ score: expect.any(Number), comment: "מוטיבציה ברורה" });
    expect(stages[1]).toMatchObject({ reviews: 0, weightedMean: null, spread: null, scores: [] });
  });
});

describe("who may export", () => {
  test("another organization gets 404 for this call's exports and this application's scores", async () => {
    const other = await t.createOrganization("exports-other");
    const outsider = await t.memberOf(other.id, "owner");
    for (const path of [
      `/calls/${callId}/applications/export.csv`,
      `/calls/${callId}/applications/export.xlsx`,
      `/applications/${submitted[0]}/scores`,
    ]) {
      const response = await t.call("GET", `/api/orgs/${other.id}${path}`, { cookie: outsider.cookie });
      expect(response.status, path).toBe(404);
    }
  });

  test("a participant gets 403 and a mentor too: exports are for staff who read applications", async () => {
    for (const role of ["participant", "mentor"] as const) {
      const member = await t.memberOf(orgId, role);
      for (const path of [
        `/calls/${callId}/applications/export.csv`,
        `/calls/${callId}/applications/export.xlsx`,
        `/applications/${submitted[0]}/scores`,
      ]) {
        expect((await as(member, "GET", path)).status, `${role} ${path}`).toBe(403);
      }
    }
  });

  test("without a session the exports are 401", async () => {
    const response = await t.call("GET", `/api/orgs/${orgId}/calls/${callId}/applications/export.csv`);
    expect(response.status).toBe(401);
  });
});
