import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { publishedCohortCall } from "./calls.test-helpers.ts";

let t: TestApp;
let orgId: string;
let callId: string;
let manager: Member;

type Member = { cookie: string; userId: string; email: string };

const pdf = (text = "a CV") => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
/** A Windows program: `MZ` and a DOS stub, whatever its name says. */
const program = new TextEncoder().encode("MZ\x90\x00\x03\x00This program cannot be run in DOS mode.");

const fields = [
  { key: "motivation", type: "long_text", label: { en: "Why?" } },
  {
    key: "cv",
    type: "file",
    label: { en: "Your CV", ka: "თქვენი CV" },
    required: true,
    maxFileMb: 1,
    fileKinds: ["pdf"],
  },
  { key: "photo", type: "file", label: { en: "A photo" } },
];

async function json(response: Response) {
  return (await response.json()) as any;
}

const staff = (method: string, route: string, body?: unknown, cookie = manager.cookie) =>
  t.call(method, `/api/orgs/${orgId}${route}`, { cookie, body });

function upload(cookie: string, applicationId: string, fieldKey: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.append("file", new File([bytes as BlobPart], name, { type: "application/pdf" }));
  return t.app.request(`/api/my/applications/${applicationId}/files/${fieldKey}`, {
    method: "POST",
    headers: { cookie },
    body: form,
  });
}

async function draft() {
  const person = await t.signUp();
  const started = await t.call("POST", "/api/my/applications", {
    cookie: person.cookie,
    body: { callId, answers: { motivation: "To learn" } },
  });
  expect(started.status, await started.clone().text()).toBe(201);
  return { applicant: person, id: (await json(started)).id as string };
}

async function uploaded(applicant: Member, applicationId: string, name = "CV.pdf", bytes = pdf()) {
  const response = await upload(applicant.cookie, applicationId, "cv", bytes, name);
  expect(response.status, await response.clone().text()).toBe(201);
  return json(response);
}

/** Every file under the uploads directory, partial ones included. */
function filesOnDisk() {
  const root = path.join(t.config.dataDir, "uploads");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

async function expectProblem(response: Response, status: number, code: string, fieldPath?: string) {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  const problem = await json(response);
  if (fieldPath) expect(problem.errors).toEqual([expect.objectContaining({ path: fieldPath, code })]);
  else expect(problem.code).toBe(code);
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("files-hub")).id;
  manager = await t.memberOf(orgId, "program_manager");
  callId = await publishedCohortCall(t, orgId, manager, {
    title: { en: "Residency" },
    opensAt: "2026-11-01T00:00:00Z",
    closesAt: "2026-12-31T00:00:00Z",
    fields,
  });
});

describe("file questions in the form builder", () => {
  test("a file question keeps its size limit and kinds, and gets 10 MB and every kind when none are given", async () => {
    const call = await json(await staff("GET", `/calls/${callId}`));
    const byKey = Object.fromEntries(call.fields.map((field: any) => [field.key, field]));
    expect(byKey.cv).toMatchObject({ type: "file", maxFileMb: 1, fileKinds: ["pdf"] });
    expect(byKey.photo).toMatchObject({
      maxFileMb: 10,
      fileKinds: ["pdf", "doc", "docx", "odt", "xlsx", "jpg", "png"],
    });
    expect(byKey.motivation).toMatchObject({ maxFileMb: null, fileKinds: null });
  });

  test("a size limit outside 1–25 MB, an unknown kind, or a limit on a text question is a 400 at that field", async () => {
    const edit = (field: object) =>
      staff("PUT", `/calls/${callId}`, {
        title: { en: "Residency" },
        opensAt: "2026-11-01T00:00:00Z",
        closesAt: "2026-12-31T00:00:00Z",
        fields: [...fields, field],
      });
    const outOfRange = await edit({ key: "cv2", type: "file", label: { en: "CV" }, maxFileMb: 26, fileKinds: ["exe"] });
    expect(outOfRange.status).toBe(400);
    expect((await json(outOfRange)).errors.map((issue: any) => issue.path)).toEqual([
      "json.fields.3.maxFileMb",
      "json.fields.3.fileKinds.0",
    ]);
    const onText = await edit({ key: "bio", type: "short_text", label: { en: "Bio" }, maxFileMb: 2 });
    await expectProblem(onText, 400, "errors.notForThisType", "json.fields.3.maxFileMb");
  });
});

describe("an applicant uploads files to their draft", () => {
  test("an uploaded PDF becomes the question's answer, and the applicant downloads it under its own name", async () => {
    const { applicant, id } = await draft();
    const name = "ნინოს CV — קורות חיים.pdf";
    const file = await uploaded(applicant, id, name, pdf("Nino"));
    expect(file).toMatchObject({ fieldKey: "cv", name, mediaType: "application/pdf", size: pdf("Nino").byteLength });

    const application = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(application.answers).toEqual({ motivation: "To learn", cv: file.id });
    const listed = await json(await t.call("GET", `/api/my/applications/${id}/files`, { cookie: applicant.cookie }));
    expect(listed).toEqual([file]);

    const response = await t.call("GET", `/api/my/applications/${id}/files/${file.id}`, { cookie: applicant.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(name);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf("Nino"));
  });

  test("uploading again replaces the file: the old one is gone from the answer, the records and the disk", async () => {
    const { applicant, id } = await draft();
    const first = await uploaded(applicant, id, "old.pdf");
    const before = filesOnDisk();
    const second = await uploaded(applicant, id, "new.pdf", pdf("newer"));
    expect(filesOnDisk()).toContain(second.id);
    expect(filesOnDisk()).not.toContain(first.id);
    expect(filesOnDisk()).toHaveLength(before.length);
    const old = await t.call("GET", `/api/my/applications/${id}/files/${first.id}`, { cookie: applicant.cookie });
    await expectProblem(old, 404, "errors.notFound");
    const application = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(application.answers.cv).toBe(second.id);
  });

  test("the applicant takes a file off the draft: the question is unanswered again and the file is gone", async () => {
    const { applicant, id } = await draft();
    const file = await uploaded(applicant, id);
    const stranger = await t.signUp();
    const url = `/api/my/applications/${id}/files/${file.id}`;
    await expectProblem(await t.call("DELETE", url, { cookie: stranger.cookie }), 404, "errors.notFound");
    const removed = await t.call("DELETE", url, { cookie: applicant.cookie });
    expect(removed.status).toBe(200);
    expect(filesOnDisk()).not.toContain(file.id);
    const application = await json(await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie }));
    expect(application.answers).toEqual({ motivation: "To learn" });
    await expectProblem(await t.call("DELETE", url, { cookie: applicant.cookie }), 404, "errors.notFound");
  });

  test("removing the applicant from the people list takes their application's files off the disk", async () => {
    const { applicant, id } = await draft();
    const file = await uploaded(applicant, id);
    const { personId } = await json(await staff("GET", `/applications/${id}`));
    const removed = await staff("DELETE", `/people/${personId}`);
    expect(removed.status, await removed.clone().text()).toBe(200);
    expect(filesOnDisk()).not.toContain(file.id);
    const mine = await t.call("GET", `/api/my/applications/${id}`, { cookie: applicant.cookie });
    await expectProblem(mine, 404, "errors.notFound");
  });

  test("a required file question without a file refuses the submission at that answer", async () => {
    const { applicant, id } = await draft();
    const response = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    await expectProblem(response, 400, "errors.required", "json.answers.cv");
    await uploaded(applicant, id);
    const submitted = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    expect(submitted.status, await submitted.clone().text()).toBe(200);
  });

  test("a file answer must be the file uploaded to this application for this question", async () => {
    const { applicant, id } = await draft();
    const other = await draft();
    const othersFile = await uploaded(other.applicant, other.id);
    const mine = await uploaded(applicant, id);
    for (const answers of [{ cv: othersFile.id }, { photo: mine.id }, { cv: 42 }]) {
      const response = await t.call("PUT", `/api/my/applications/${id}`, {
        cookie: applicant.cookie,
        body: { answers },
      });
      expect(response.status).toBe(400);
      expect((await json(response)).errors[0].path).toMatch(/^json\.answers\.(cv|photo)$/);
    }
    const kept = await t.call("PUT", `/api/my/applications/${id}`, {
      cookie: applicant.cookie,
      body: { answers: { motivation: "Still to learn", cv: mine.id } },
    });
    expect(kept.status).toBe(200);
  });
});

describe("refused uploads leave nothing behind", () => {
  test("a file over the question's limit is a 413 at the file, and nothing is stored", async () => {
    const { applicant, id } = await draft();
    const before = filesOnDisk();
    const oversized = new Uint8Array(1024 * 1024 + 1);
    oversized.set(pdf());
    const response = await upload(applicant.cookie, id, "cv", oversized, "big.pdf");
    await expectProblem(response, 413, "errors.fileTooLarge", "form.file");
    expect(filesOnDisk()).toEqual(before);
    expect(await json(await t.call("GET", `/api/my/applications/${id}/files`, { cookie: applicant.cookie }))).toEqual(
      [],
    );
  });

  test("a body above the largest limit is refused by its declared length before it is read", async () => {
    const { applicant, id } = await draft();
    const response = await t.app.request(`/api/my/applications/${id}/files/photo`, {
      method: "POST",
      headers: {
        cookie: applicant.cookie,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(100 * 1024 * 1024),
      },
      body: "--x--",
    });
    await expectProblem(response, 413, "errors.fileTooLarge", "form.file");
  });

  test("a body above the largest limit sent without a length is refused while it streams", async () => {
    const { applicant, id } = await draft();
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 100 * chunk.byteLength) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await t.app.request(`/api/my/applications/${id}/files/photo`, {
      method: "POST",
      headers: { cookie: applicant.cookie, "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    await expectProblem(response, 413, "errors.fileTooLarge", "form.file");
    expect(sent).toBeLessThan(30 * chunk.byteLength);
  });

  test("a program renamed .pdf, or a PNG where only PDF is accepted, is a 415 and nothing is stored", async () => {
    const { applicant, id } = await draft();
    const before = filesOnDisk();
    for (const [bytes, name] of [
      [program, "cv.pdf"],
      [png, "cv.png"],
    ] as const) {
      const response = await upload(applicant.cookie, id, "cv", bytes, name);
      await expectProblem(response, 415, "errors.fileTypeNotAccepted", "form.file");
    }
    expect(filesOnDisk()).toEqual(before);
    const photo = await upload(applicant.cookie, id, "photo", png, "me.png");
    expect(photo.status).toBe(201);
    expect((await json(photo)).mediaType).toBe("image/png");
  });

  test("no file, a question that is not a file question, or one the form lacks is a 400", async () => {
    const { applicant, id } = await draft();
    const empty = await t.app.request(`/api/my/applications/${id}/files/cv`, {
      method: "POST",
      headers: { cookie: applicant.cookie },
      body: new FormData(),
    });
    await expectProblem(empty, 400, "errors.validation");
    expect((await json(await upload(applicant.cookie, id, "motivation", pdf(), "cv.pdf"))).errors[0]).toMatchObject({
      path: "param.fieldKey",
      code: "errors.notAFileQuestion",
    });
    await expectProblem(
      await upload(applicant.cookie, id, "no_such_question", pdf(), "cv.pdf"),
      400,
      "errors.notAFileQuestion",
      "param.fieldKey",
    );
  });

  test("JSON sent to the upload is a 415", async () => {
    const { applicant, id } = await draft();
    const response = await t.call("POST", `/api/my/applications/${id}/files/cv`, {
      cookie: applicant.cookie,
      body: { file: "cv.pdf" },
    });
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  test("a submitted application, or a draft after the deadline, takes no more files (409)", async () => {
    const { applicant, id } = await draft();
    await uploaded(applicant, id);
    await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    await expectProblem(await upload(applicant.cookie, id, "cv", pdf(), "cv.pdf"), 409, "errors.applicationNotDraft");
    const late = await draft();
    t.setNow(new Date("2027-01-05T10:00:00Z"));
    try {
      await expectProblem(
        await upload(late.applicant.cookie, late.id, "cv", pdf(), "cv.pdf"),
        409,
        "errors.callClosed",
      );
    } finally {
      t.setNow(new Date("2026-11-23T10:00:00Z"));
    }
  });
});

describe("who may download", () => {
  let applicationId: string;
  let file: any;

  beforeAll(async () => {
    const { applicant, id } = await draft();
    file = await uploaded(applicant, id, "Αίτηση.pdf");
    const submitted = await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    expect(submitted.status).toBe(200);
    applicationId = id;
  });

  const staffFile = (cookie: string, org = orgId) =>
    t.call("GET", `/api/orgs/${org}/applications/${applicationId}/files/${file.id}`, { cookie });

  test("staff download the file and list the application's files", async () => {
    const response = await staffFile(manager.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''%CE%91");
    expect(await json(await staff("GET", `/applications/${applicationId}/files`))).toEqual([file]);
  });

  test("another applicant, another organization's owner and a stranger to the file get 404", async () => {
    const stranger = await t.signUp();
    const theirs = await t.call("GET", `/api/my/applications/${applicationId}/files/${file.id}`, {
      cookie: stranger.cookie,
    });
    await expectProblem(theirs, 404, "errors.notFound");
    const otherOrg = (await t.createOrganization("files-elsewhere")).id;
    const otherOwner = await t.memberOf(otherOrg, "owner");
    await expectProblem(await staffFile(otherOwner.cookie, otherOrg), 404, "errors.notFound");
    await expectProblem(await staffFile(otherOwner.cookie), 404, "errors.notFound");
  });

  test("a participant is refused by role (403), and without a session it is a 401", async () => {
    const participant = await t.memberOf(orgId, "participant");
    await expectProblem(await staffFile(participant.cookie), 403, "errors.forbidden");
    const anonymous = await t.call("GET", `/api/orgs/${orgId}/applications/${applicationId}/files/${file.id}`);
    expect(anonymous.status).toBe(401);
    const anonymousApplicant = await t.call("GET", `/api/my/applications/${applicationId}/files/${file.id}`);
    expect(anonymousApplicant.status).toBe(401);
  });

  test("a reviewer sees the file only while assigned without a conflict, and not in a blind review", async () => {
    const reviewer = await t.memberOf(orgId, "mentor");
    await expectProblem(await staffFile(reviewer.cookie), 404, "errors.notFound");
    const reviewSetup = (blindReview: boolean) =>
      staff("PUT", `/calls/${callId}/review-stages`, {
        blindReview,
        stages: [{ name: { en: "Read" }, criteria: [{ name: { en: "Fit" }, weight: 1, min: 1, max: 5 }] }],
      });
    const setup = await json(await reviewSetup(false));
    const stageId = setup.stages[0].id;
    await staff("POST", `/calls/${callId}/review-moves`, {
      action: "advance",
      fromStageId: null,
      applicationIds: [applicationId],
    });
    const assigned = await staff("POST", `/review-stages/${stageId}/assignments`, {
      applicationIds: [applicationId],
      reviewerUserIds: [reviewer.userId],
    });
    expect(assigned.status, await assigned.clone().text()).toBe(200);
    expect((await staffFile(reviewer.cookie)).status).toBe(200);
    expect(await json(await staff("GET", `/applications/${applicationId}/files`, undefined, reviewer.cookie))).toEqual([
      file,
    ]);

    expect((await reviewSetup(true)).status).toBe(200);
    await expectProblem(await staffFile(reviewer.cookie), 404, "errors.notFound");
    expect((await reviewSetup(false)).status).toBe(200);
    expect((await staffFile(reviewer.cookie)).status).toBe(200);

    const assignments = await json(await staff("GET", "/review-assignments", undefined, reviewer.cookie));
    const assignment = assignments.find((row: any) => row.applicationId === applicationId);
    const declared = await staff(
      "POST",
      `/review-assignments/${assignment.id}/conflict`,
      { reason: "My cousin" },
      reviewer.cookie,
    );
    expect(declared.status, await declared.clone().text()).toBeLessThan(300);
    await expectProblem(await staffFile(reviewer.cookie), 404, "errors.notFound");
  });
});

describe("exports", () => {
  test("the CSV export shows a file answer as the file's original name", async () => {
    const { applicant, id } = await draft();
    await uploaded(applicant, id, "Résumé Nino.pdf");
    await t.call("POST", `/api/my/applications/${id}/submit`, { cookie: applicant.cookie });
    const csv = await (await staff("GET", `/calls/${callId}/applications/export.csv`)).text();
    expect(csv).toContain("Résumé Nino.pdf");
  });
});
