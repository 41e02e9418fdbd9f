import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { user } from "../../auth/auth.tables.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;
let orgId: string;
let manager: { cookie: string };

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

const quiz = {
  passPercent: 50,
  questions: [
    { prompt: { en: "Capital of Slovenia?" }, options: [{ en: "Ljubljana" }, { en: "Maribor" }], correct: [0] },
    {
      prompt: { en: "Which are Balkan countries?" },
      options: [{ en: "Croatia" }, { en: "Norway" }, { en: "Serbia" }],
      correct: [0, 2],
    },
  ],
};

async function createCourse(overrides: Record<string, unknown> = {}) {
  const response = await t.call("POST", `/api/orgs/${orgId}/courses`, {
    cookie: manager.cookie,
    body: {
      title: { en: "Cross-border cooperation", sl: "Čezmejno sodelovanje" },
      summary: { en: "Seven modules on working across borders." },
      isPublished: true,
      selfEnrollment: true,
      ...overrides,
    },
  });
  expect(response.status).toBe(201);
  return json(response);
}

async function addModule(courseId: string, body: Record<string, unknown> = {}) {
  const response = await t.call("POST", `/api/orgs/${orgId}/courses/${courseId}/modules`, {
    cookie: manager.cookie,
    body: { title: { en: "A module" }, ...body },
  });
  expect(response.status).toBe(201);
  return json(response);
}

/** A published course of two modules, the second with a quiz. */
async function courseWithQuiz() {
  const course = await createCourse();
  const reading = await addModule(course.id, { title: { en: "Reading" }, body: { en: "# Welcome" } });
  const quizzed = await addModule(course.id, { title: { en: "Check" }, quiz });
  return { course, reading, quizzed };
}

async function enrolledLearner(courseId: string) {
  const learner = await t.signUp("Nino Beridze ნინო");
  const response = await t.call("POST", `/api/my/courses/${courseId}/enrollment`, {
    cookie: learner.cookie,
    body: { locale: "ka" },
  });
  expect(response.status).toBe(201);
  return { ...learner, enrollmentId: (await json(response)).enrollmentId as string };
}

/** The person of the organization a course's enrollment is for, as staff see it in the roster. */
async function learnerOf(courseId: string, enrollmentId: string) {
  const roster = await json(
    await t.call("GET", `/api/orgs/${orgId}/courses/${courseId}/enrollments`, { cookie: manager.cookie }),
  );
  return roster.learners.find((learner: any) => learner.enrollmentId === enrollmentId).person;
}

function complete(cookie: string, moduleId: string, answers?: number[][]) {
  return t.call("POST", `/api/my/course-modules/${moduleId}/completion`, { cookie, body: { answers } });
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.createOrganization("si-academy")).id;
  manager = await t.memberOf(orgId, "program_manager");
});

describe("staff build courses", () => {
  test("a course keeps its title per language and its modules in order", async () => {
    const course = await createCourse();
    await addModule(course.id, { title: { en: "One" }, videoUrl: "https://video.example.org/1" });
    await addModule(course.id, {
      title: { en: "Two" },
      materials: [{ name: { en: "Handbook", sl: "Priročnik" }, url: "https://example.org/handbook.pdf" }],
    });
    const detail = await json(
      await t.call("GET", `/api/orgs/${orgId}/courses/${course.id}`, { cookie: manager.cookie }),
    );
    expect(detail.title.sl).toBe("Čezmejno sodelovanje");
    expect(detail.modules.map((module: any) => [module.position, module.title.en])).toEqual([
      [1, "One"],
      [2, "Two"],
    ]);
    expect(detail.modules[1].materials[0].name.sl).toBe("Priročnik");
  });

  test("a course without a title and a module with a javascript: video are refused with their paths", async () => {
    const noTitle = await t.call("POST", `/api/orgs/${orgId}/courses`, { cookie: manager.cookie, body: { title: {} } });
    expect(noTitle.status).toBe(400);
    expect((await json(noTitle)).errors[0].path).toBe("json.title");
    const course = await createCourse();
    const badVideo = await t.call("POST", `/api/orgs/${orgId}/courses/${course.id}/modules`, {
      cookie: manager.cookie,
      body: { title: { en: "X" }, videoUrl: "javascript:alert(1)" },
    });
    expect(badVideo.status).toBe(400);
    expect((await json(badVideo)).errors.map((error: any) => error.path)).toEqual(["json.videoUrl"]);
  });

  test("a quiz needs two options per question and correct answers among them", async () => {
    const course = await createCourse();
    const response = await t.call("POST", `/api/orgs/${orgId}/courses/${course.id}/modules`, {
      cookie: manager.cookie,
      body: {
        title: { en: "Quiz" },
        quiz: {
          passPercent: 60,
          questions: [
            { prompt: { en: "Lonely" }, options: [{ en: "Only" }], correct: [0] },
            { prompt: { en: "Out of range" }, options: [{ en: "A" }, { en: "B" }], correct: [1, 2] },
            { prompt: { en: "None right" }, options: [{ en: "A" }, { en: "B" }], correct: [] },
          ],
        },
      },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((error: any) => [error.path, error.code])).toEqual([
      ["json.quiz.questions.0.options", "errors.quizTwoOptions"],
      ["json.quiz.questions.1.correct.1", "errors.quizCorrectOutOfRange"],
      ["json.quiz.questions.2.correct", "errors.quizCorrectRequired"],
    ]);
  });

  test("a course linked to another organization's program is refused", async () => {
    const other = await t.createOrganization("other-for-program");
    const otherOwner = await t.memberOf(other.id, "owner");
    const program = await json(
      await t.call("POST", `/api/orgs/${other.id}/programs`, {
        cookie: otherOwner.cookie,
        body: { type: "academy", name: { en: "Theirs" } },
      }),
    );
    const response = await t.call("POST", `/api/orgs/${orgId}/courses`, {
      cookie: manager.cookie,
      body: { title: { en: "Mine" }, programId: program.id },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.programId");
  });

  test("modules are reordered in one step and a removed module closes the gap", async () => {
    const course = await createCourse();
    const first = await addModule(course.id, { title: { en: "First" } });
    const second = await addModule(course.id, { title: { en: "Second" } });
    const third = await addModule(course.id, { title: { en: "Third" } });
    const reordered = await t.call("PUT", `/api/orgs/${orgId}/courses/${course.id}/module-order`, {
      cookie: manager.cookie,
      body: { moduleIds: [third.id, first.id, second.id] },
    });
    expect(reordered.status).toBe(200);
    expect((await json(reordered)).modules.map((module: any) => [module.position, module.title.en])).toEqual([
      [1, "Third"],
      [2, "First"],
      [3, "Second"],
    ]);
    await t.call("DELETE", `/api/orgs/${orgId}/courses/${course.id}/modules/${first.id}`, { cookie: manager.cookie });
    const detail = await json(
      await t.call("GET", `/api/orgs/${orgId}/courses/${course.id}`, { cookie: manager.cookie }),
    );
    expect(detail.modules.map((module: any) => [module.position, module.title.en])).toEqual([
      [1, "Third"],
      [2, "Second"],
    ]);
  });

  test("an order that leaves out or repeats a module is refused", async () => {
    const course = await createCourse();
    const first = await addModule(course.id);
    await addModule(course.id);
    const response = await t.call("PUT", `/api/orgs/${orgId}/courses/${course.id}/module-order`, {
      cookie: manager.cookie,
      body: { moduleIds: [first.id, first.id] },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.moduleIds");
  });

  test("an edited module keeps its place and a deleted course is gone", async () => {
    const course = await createCourse();
    const module = await addModule(course.id);
    const edited = await t.call("PUT", `/api/orgs/${orgId}/courses/${course.id}/modules/${module.id}`, {
      cookie: manager.cookie,
      body: { title: { en: "Renamed", he: "שם חדש" }, body: { he: "**שלום**" } },
    });
    expect(await json(edited)).toMatchObject({ position: 1, title: { he: "שם חדש" }, body: { he: "**שלום**" } });
    await t.call("DELETE", `/api/orgs/${orgId}/courses/${course.id}`, { cookie: manager.cookie });
    const gone = await t.call("GET", `/api/orgs/${orgId}/courses/${course.id}`, { cookie: manager.cookie });
    expect(gone.status).toBe(404);
  });
});

describe("the public catalog", () => {
  test("lists published courses of an organization with their module titles, without sign-in", async () => {
    const { course } = await courseWithQuiz();
    const hidden = await createCourse({ title: { en: "Draft course" }, isPublished: false });
    const list = await json(await t.call("GET", "/api/public/orgs/si-academy/courses"));
    const ids = list.map((entry: any) => entry.id);
    expect(ids).toContain(course.id);
    expect(ids).not.toContain(hidden.id);
    const page = await json(await t.call("GET", `/api/public/courses/${course.id}`));
    expect(page.modules.map((module: any) => module.title.en)).toEqual(["Reading", "Check"]);
    expect(page.moduleCount).toBe(2);
    expect(list.find((entry: any) => entry.id === course.id).moduleCount).toBe(2);
    expect(page.modules[0]).not.toHaveProperty("body");
    const everywhere = await json(await t.call("GET", "/api/public/courses?pageSize=200"));
    expect(everywhere.items.map((entry: any) => entry.id)).toContain(course.id);
  });

  test("an unpublished course is not found by the public or by a would-be learner", async () => {
    const hidden = await createCourse({ isPublished: false });
    expect((await t.call("GET", `/api/public/courses/${hidden.id}`)).status).toBe(404);
    const learner = await t.signUp();
    const enroll = await t.call("POST", `/api/my/courses/${hidden.id}/enrollment`, {
      cookie: learner.cookie,
      body: {},
    });
    expect(enroll.status).toBe(404);
    expect((await t.call("GET", `/api/my/courses/${hidden.id}`, { cookie: learner.cookie })).status).toBe(404);
  });

  test("an unknown organization's catalog is not found", async () => {
    expect((await t.call("GET", "/api/public/orgs/nobody-here/courses")).status).toBe(404);
  });
});

describe("learners", () => {
  test("a learner enrolls once; the second time is a 409, and they become a person of the organization", async () => {
    const { course } = await courseWithQuiz();
    const learner = await enrolledLearner(course.id);
    const again = await t.call("POST", `/api/my/courses/${course.id}/enrollment`, { cookie: learner.cookie, body: {} });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("errors.alreadyInCourse");
    const roster = await json(
      await t.call("GET", `/api/orgs/${orgId}/courses/${course.id}/enrollments`, { cookie: manager.cookie }),
    );
    expect(roster.learners).toHaveLength(1);
    expect(roster.learners[0]).toMatchObject({ source: "self", person: { fullName: "Nino Beridze ნინო" } });
  });

  test("a course closed to self-enrollment, or not open yet, refuses a learner", async () => {
    const staffOnly = await createCourse({ selfEnrollment: false });
    const later = await createCourse({ opensAt: "2027-01-01T00:00:00Z" });
    const learner = await t.signUp();
    const closed = await t.call("POST", `/api/my/courses/${staffOnly.id}/enrollment`, {
      cookie: learner.cookie,
      body: {},
    });
    expect((await json(closed)).code).toBe("errors.selfEnrollmentClosed");
    const early = await t.call("POST", `/api/my/courses/${later.id}/enrollment`, { cookie: learner.cookie, body: {} });
    expect(early.status).toBe(409);
    expect((await json(early)).code).toBe("errors.courseNotOpen");
  });

  test("module content is refused (403) to someone not enrolled and readable once enrolled, without quiz answers", async () => {
    const { course, quizzed } = await courseWithQuiz();
    const stranger = await t.signUp();
    const refused = await t.call("GET", `/api/my/course-modules/${quizzed.id}`, { cookie: stranger.cookie });
    expect(refused.status).toBe(403);
    expect((await json(refused)).code).toBe("errors.notEnrolled");
    const learner = await enrolledLearner(course.id);
    const module = await json(await t.call("GET", `/api/my/course-modules/${quizzed.id}`, { cookie: learner.cookie }));
    expect(module.quiz.questions[1]).toEqual({
      prompt: { en: "Which are Balkan countries?" },
      options: [{ en: "Croatia" }, { en: "Norway" }, { en: "Serbia" }],
      multiple: true,
    });
    const staffView = await t.call("GET", `/api/my/course-modules/${quizzed.id}`, { cookie: manager.cookie });
    expect(staffView.status).toBe(200);
  });

  test("a failed quiz returns the score without completing; a passed one completes the module", async () => {
    const { course, quizzed } = await courseWithQuiz();
    const learner = await enrolledLearner(course.id);
    const failed = await complete(learner.cookie, quizzed.id, [[1], [0]]);
    expect(failed.status).toBe(200);
    expect(await json(failed)).toMatchObject({ completed: false, quizScore: 0, passPercent: 50 });
    const passed = await json(await complete(learner.cookie, quizzed.id, [[0], [2, 0]]));
    expect(passed).toMatchObject({
      completed: true,
      quizScore: 100,
      progress: { completedModules: 1, moduleCount: 2 },
    });
  });

  test("quiz answers must answer every question with existing options", async () => {
    const { course, quizzed } = await courseWithQuiz();
    const learner = await enrolledLearner(course.id);
    const missing = await complete(learner.cookie, quizzed.id, [[0]]);
    expect(missing.status).toBe(400);
    expect((await json(missing)).errors[0].path).toBe("json.answers");
    const unknown = await complete(learner.cookie, quizzed.id, [[0], [5]]);
    expect((await json(unknown)).errors.map((error: any) => error.path)).toEqual(["json.answers.1"]);
  });

  test("completing every module sets completed_at and opens the certificate, refused before", async () => {
    const { course, reading, quizzed } = await courseWithQuiz();
    const learner = await enrolledLearner(course.id);
    const certificatePath = `/api/my/course-enrollments/${learner.enrollmentId}/certificate`;
    await complete(learner.cookie, reading.id);
    const early = await t.call("GET", certificatePath, { cookie: learner.cookie });
    expect(early.status).toBe(403);
    expect((await json(early)).code).toBe("errors.courseNotCompleted");
    const last = await json(await complete(learner.cookie, quizzed.id, [[0], [0, 2]]));
    expect(last.progress.completedAt).toBe("2026-11-23T10:00:00.000Z");
    const certificate = await json(await t.call("GET", certificatePath, { cookie: learner.cookie }));
    expect(certificate).toMatchObject({
      verificationCode: learner.enrollmentId,
      learnerName: "Nino Beridze ნინო",
      learnerLocale: "ka",
      courseTitle: { sl: "Čezmejno sodelovanje" },
      completedAt: "2026-11-23T10:00:00.000Z",
    });
    const mine = await json(await t.call("GET", "/api/my/courses", { cookie: learner.cookie }));
    expect(mine[0]).toMatchObject({ courseId: course.id, completedModules: 2, moduleCount: 2 });
    const roster = await json(
      await t.call("GET", `/api/orgs/${orgId}/courses/${course.id}/enrollments`, { cookie: manager.cookie }),
    );
    expect(roster.modules.map((module: any) => module.completions)).toEqual([1, 1]);
  });

  test("someone else's certificate is not found", async () => {
    const { course } = await courseWithQuiz();
    const learner = await enrolledLearner(course.id);
    const stranger = await t.signUp();
    const response = await t.call("GET", `/api/my/course-enrollments/${learner.enrollmentId}/certificate`, {
      cookie: stranger.cookie,
    });
    expect(response.status).toBe(404);
  });

  test("staff enroll a person of their organization; a login with that email finds the course once its email is verified", async () => {
    const { course } = await courseWithQuiz();
    const login = await t.signUp("Μαρία Παπαδοπούλου");
    const person = await json(
      await t.call("POST", `/api/orgs/${orgId}/people`, {
        cookie: manager.cookie,
        body: { fullName: "Μαρία Παπαδοπούλου", email: login.email },
      }),
    );
    const enrolled = await t.call("POST", `/api/orgs/${orgId}/courses/${course.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: person.id },
    });
    expect(enrolled.status).toBe(201);
    expect(await json(enrolled)).toMatchObject({ source: "staff", completedModules: 0 });
    const twice = await t.call("POST", `/api/orgs/${orgId}/courses/${course.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: person.id },
    });
    expect(twice.status).toBe(409);
    const unverified = await json(await t.call("GET", "/api/my/courses", { cookie: login.cookie }));
    expect(unverified).toEqual([]);
    await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, login.userId));
    const mine = await json(await t.call("GET", "/api/my/courses", { cookie: login.cookie }));
    expect(mine.map((entry: any) => entry.courseId)).toEqual([course.id]);
  });

  test("signing up with someone else's email and enrolling does not take over their person or name the certificate for them", async () => {
    const { course, reading, quizzed } = await courseWithQuiz();
    const victimEmail = `eva-${Date.now()}@example.org`;
    const victim = await json(
      await t.call("POST", `/api/orgs/${orgId}/people`, {
        cookie: manager.cookie,
        body: { fullName: "Eva Novak", email: victimEmail },
      }),
    );
    const impostor = await t.signUp("Not Eva", victimEmail);
    const enrolled = await t.call("POST", `/api/my/courses/${course.id}/enrollment`, {
      cookie: impostor.cookie,
      body: { locale: "sl" },
    });
    expect(enrolled.status).toBe(201);
    const { enrollmentId } = await json(enrolled);
    await complete(impostor.cookie, reading.id);
    await complete(impostor.cookie, quizzed.id, [[0], [0, 2]]);
    const certificate = await json(
      await t.call("GET", `/api/my/course-enrollments/${enrollmentId}/certificate`, { cookie: impostor.cookie }),
    );
    expect(certificate.learnerName).toBe("Not Eva");

    const person = await learnerOf(course.id, enrollmentId);
    expect(person).toMatchObject({ fullName: "Not Eva", email: null });
    expect(person.id).not.toBe(victim.id);
    const untouched = await json(
      await t.call("GET", `/api/orgs/${orgId}/people/${victim.id}`, { cookie: manager.cookie }),
    );
    expect(untouched).toMatchObject({ fullName: "Eva Novak", email: victimEmail });

    // The next course is taken as the same new person.
    const next = await createCourse();
    const again = await t.call("POST", `/api/my/courses/${next.id}/enrollment`, { cookie: impostor.cookie, body: {} });
    expect((await learnerOf(next.id, (await json(again)).enrollmentId)).id).toBe(person.id);
  });

  test("a login whose email is verified enrolls itself as the organization's person with that email", async () => {
    const course = await createCourse();
    const login = await t.signUp("Luka Horvat");
    const person = await json(
      await t.call("POST", `/api/orgs/${orgId}/people`, {
        cookie: manager.cookie,
        body: { fullName: "Luka Horvat", email: login.email },
      }),
    );
    await t.database.db.update(user).set({ emailVerified: true }).where(eq(user.id, login.userId));
    const enrolled = await json(
      await t.call("POST", `/api/my/courses/${course.id}/enrollment`, { cookie: login.cookie, body: {} }),
    );
    expect((await learnerOf(course.id, enrolled.enrollmentId)).id).toBe(person.id);
  });

  test("my learning needs a sign-in", async () => {
    expect((await t.call("GET", "/api/my/courses")).status).toBe(401);
    expect(
      (await t.call("POST", "/api/my/course-modules/019a0000-0000-7000-8000-000000000000/completion", { body: {} }))
        .status,
    ).toBe(401);
  });
});

describe("organization boundaries and roles", () => {
  test("another organization's owner gets 404 for this organization's courses and modules", async () => {
    const { course, reading } = await courseWithQuiz();
    const other = await t.createOrganization("another-academy");
    const owner = await t.memberOf(other.id, "owner");
    const paths = [
      ["GET", `/api/orgs/${other.id}/courses/${course.id}`],
      ["PUT", `/api/orgs/${other.id}/courses/${course.id}`, { title: { en: "Mine now" } }],
      ["DELETE", `/api/orgs/${other.id}/courses/${course.id}`],
      ["POST", `/api/orgs/${other.id}/courses/${course.id}/modules`, { title: { en: "X" } }],
      ["PUT", `/api/orgs/${other.id}/courses/${course.id}/module-order`, { moduleIds: [reading.id] }],
      ["PUT", `/api/orgs/${other.id}/courses/${course.id}/modules/${reading.id}`, { title: { en: "X" } }],
      ["DELETE", `/api/orgs/${other.id}/courses/${course.id}/modules/${reading.id}`],
      ["GET", `/api/orgs/${other.id}/courses/${course.id}/enrollments`],
      ["GET", `/api/orgs/${orgId}/courses/${course.id}`],
    ] as const;
    for (const [method, path, body] of paths) {
      const response = await t.call(method, path, { cookie: owner.cookie, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  test("staff cannot enroll another organization's person", async () => {
    const { course } = await courseWithQuiz();
    const other = await t.createOrganization("people-elsewhere");
    const otherOwner = await t.memberOf(other.id, "owner");
    const stranger = await json(
      await t.call("POST", `/api/orgs/${other.id}/people`, {
        cookie: otherOwner.cookie,
        body: { fullName: "Elsewhere" },
      }),
    );
    const response = await t.call("POST", `/api/orgs/${orgId}/courses/${course.id}/enrollments`, {
      cookie: manager.cookie,
      body: { personId: stranger.id },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.personId");
  });

  test("a mentor or participant may not edit courses, and no session gets 401", async () => {
    const course = await createCourse();
    for (const role of ["mentor", "participant", "partner_viewer"] as const) {
      const member = await t.memberOf(orgId, role);
      const response = await t.call("PUT", `/api/orgs/${orgId}/courses/${course.id}`, {
        cookie: member.cookie,
        body: { title: { en: "Nope" } },
      });
      expect(response.status, role).toBe(403);
    }
    expect((await t.call("GET", `/api/orgs/${orgId}/courses`)).status).toBe(401);
  });
});
