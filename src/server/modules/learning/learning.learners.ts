/** The public catalog and the learner's side: enroll, read modules, pass quizzes, complete, get a certificate. */
import { and, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { defaultLocale, isLocale, type Locale } from "../../../shared/i18n/locales.ts";
import type { Db } from "../../db/client.ts";
import { type Clock, can, type SessionUser } from "../../http/context.ts";
import { AppError, Conflict, Forbidden, NotFound, ValidationFailed } from "../../http/errors.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { peopleOfLogin, personOfLogin } from "../people/people.service.ts";
import { people } from "../people/people.tables.ts";
import { answerIssues, type QuizAnswers, quizForLearner, scoreOf } from "./learning.quiz.ts";
import { modulesOf } from "./learning.service.ts";
import { courseEnrollments, courseModules, courses, moduleCompletions } from "./learning.tables.ts";

/** Reading the catalog needs no sign-in and no organization. */
export type CatalogContext = { db: Db; clock: Clock };
/** A learner is any signed-in user, member of the course's organization or not. */
export type LearnerContext = CatalogContext & { user: SessionUser };

type CourseRow = typeof courses.$inferSelect;
type EnrollmentRow = typeof courseEnrollments.$inferSelect;

const iso = (date: Date | null) => date?.toISOString() ?? null;

const organizationColumns = {
  slug: organizations.slug,
  name: organizations.name,
  defaultLocale: organizations.defaultLocale,
};

const moduleCount = sql<number>`(select count(*)::int from course_modules where course_modules.course_id = "courses"."id")`;

function publicCourseFields(course: CourseRow) {
  return {
    id: course.id,
    title: course.title,
    summary: course.summary ?? null,
    selfEnrollment: course.selfEnrollment,
    opensAt: iso(course.opensAt),
  };
}

function catalogQuery(db: Db, ...conditions: ReturnType<typeof eq>[]) {
  return db
    .select({ course: courses, organization: organizationColumns, moduleCount })
    .from(courses)
    .innerJoin(organizations, eq(organizations.id, courses.organizationId))
    .where(and(eq(courses.isPublished, true), ...conditions));
}

type CatalogRow = Awaited<ReturnType<typeof catalogQuery>>[number];
const catalogEntry = (row: CatalogRow) => ({
  ...publicCourseFields(row.course),
  organization: row.organization,
  moduleCount: row.moduleCount,
});

/** Published courses of every organization, newest first. */
export async function browseCatalog(pub: CatalogContext, query: { page: number; pageSize: number }) {
  const [{ total }] = await pub.db.select({ total: count() }).from(courses).where(eq(courses.isPublished, true));
  const rows = await catalogQuery(pub.db)
    .orderBy(desc(courses.createdAt), desc(courses.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { items: rows.map(catalogEntry), total, page: query.page, pageSize: query.pageSize };
}

export async function organizationCatalog(pub: CatalogContext, slug: string) {
  const [organization] = await pub.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  if (!organization) throw new NotFound("organization");
  const rows = await catalogQuery(pub.db, eq(courses.organizationId, organization.id)).orderBy(desc(courses.createdAt));
  return rows.map(catalogEntry);
}

async function publishedCourseEntry(db: Db, courseId: string) {
  const [row] = await catalogQuery(db, eq(courses.id, courseId));
  if (!row) throw new NotFound("course");
  return row;
}

async function moduleTitles(db: Db, courseId: string) {
  const modules = await modulesOf(db, courseId);
  return modules.map((module) => ({ id: module.id, position: module.position, title: module.title }));
}

export async function getPublicCourse(pub: CatalogContext, courseId: string) {
  const row = await publishedCourseEntry(pub.db, courseId);
  return { ...catalogEntry(row), modules: await moduleTitles(pub.db, courseId) };
}

// ——— The learner's own enrollments ———

/** The user's enrollments: made by them, or made by staff for a person the login stands for (see peopleOfLogin). */
function mine(db: Db, user: SessionUser) {
  return or(eq(courseEnrollments.userId, user.id), inArray(courseEnrollments.personId, peopleOfLogin(db, user)));
}

async function myEnrollment(db: Db, user: SessionUser, courseId: string, lock = false) {
  const query = db
    .select({ enrollment: courseEnrollments })
    .from(courseEnrollments)
    .where(and(eq(courseEnrollments.courseId, courseId), mine(db, user)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: courseEnrollments }) : await query;
  return row?.enrollment;
}

/** An enrollment's progress, counted where it is read: completions are never a stored total. */
const progressColumns = {
  completedModules: sql<number>`(select count(*)::int from module_completions where module_completions.enrollment_id = "course_enrollments"."id")`,
  moduleCount: sql<number>`(select count(*)::int from course_modules where course_modules.course_id = "course_enrollments"."course_id")`,
};

type EnrollmentWithProgress = { enrollment: EnrollmentRow; completedModules: number; moduleCount: number };

function enrollmentView({ enrollment, completedModules, moduleCount }: EnrollmentWithProgress) {
  return {
    enrollmentId: enrollment.id,
    courseId: enrollment.courseId,
    enrolledAt: enrollment.enrolledAt.toISOString(),
    completedModules,
    moduleCount,
    completedAt: iso(enrollment.completedAt),
  };
}

async function myEnrollmentView(db: Db, enrollmentId: string) {
  const [row] = await db
    .select({ enrollment: courseEnrollments, ...progressColumns })
    .from(courseEnrollments)
    .where(eq(courseEnrollments.id, enrollmentId));
  return enrollmentView(row);
}

/** Free, published courses take self-enrollment once they open; a second enrollment is refused with 409. */
export async function enrollMyself(learner: LearnerContext, courseId: string, input: { locale?: Locale }) {
  const { course, organization } = await publishedCourseEntry(learner.db, courseId);
  if (!course.selfEnrollment) {
    throw new Conflict("errors.selfEnrollmentClosed", "Staff enroll learners in this course");
  }
  if (course.opensAt && course.opensAt > learner.clock()) {
    throw new Conflict("errors.courseNotOpen", `This course opens at ${course.opensAt.toISOString()}`);
  }
  const locale = input.locale ?? (isLocale(organization.defaultLocale) ? organization.defaultLocale : defaultLocale);
  const enrollment = await learner.db.transaction(async (tx) => {
    const db = tx as Db;
    const fullName = learner.user.name.trim() || learner.user.email;
    const personId = await personOfLogin(db, course.organizationId, learner.user, { fullName, locale });
    const [created] = await db
      .insert(courseEnrollments)
      .values({ organizationId: course.organizationId, courseId, personId, userId: learner.user.id, source: "self" })
      .returning();
    return created;
  });
  return myEnrollmentView(learner.db, enrollment.id);
}

export async function listMyLearning(learner: LearnerContext) {
  const rows = await learner.db
    .select({
      enrollment: courseEnrollments,
      ...progressColumns,
      title: courses.title,
      organization: organizationColumns,
    })
    .from(courseEnrollments)
    .innerJoin(courses, eq(courses.id, courseEnrollments.courseId))
    .innerJoin(organizations, eq(organizations.id, courseEnrollments.organizationId))
    .where(mine(learner.db, learner.user))
    .orderBy(desc(courseEnrollments.enrolledAt));
  return rows.map((row) => ({ ...enrollmentView(row), title: row.title, organization: row.organization }));
}

async function isStaffOf(db: Db, user: SessionUser, organizationId: string) {
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, user.id)));
  return !!membership && can(membership.role, "learning.write");
}

/** A published course, or one the learner is enrolled in; otherwise it does not exist for them. */
export async function getMyCourse(learner: LearnerContext, courseId: string) {
  const [row] = await learner.db
    .select({ course: courses, organization: organizationColumns, moduleCount })
    .from(courses)
    .innerJoin(organizations, eq(organizations.id, courses.organizationId))
    .where(eq(courses.id, courseId));
  const enrollment = row ? await myEnrollment(learner.db, learner.user, courseId) : undefined;
  if (!row || (!row.course.isPublished && !enrollment)) throw new NotFound("course");
  const completed = enrollment
    ? await learner.db
        .select({ moduleId: moduleCompletions.moduleId })
        .from(moduleCompletions)
        .where(eq(moduleCompletions.enrollmentId, enrollment.id))
    : [];
  return {
    ...catalogEntry(row),
    modules: await moduleTitles(learner.db, courseId),
    enrollment: enrollment ? await myEnrollmentView(learner.db, enrollment.id) : null,
    completedModuleIds: completed.map((completion) => completion.moduleId),
  };
}

/**
 * Module content is for enrolled learners and the course's staff. Someone else gets 403 for a
 * published course (its outline is public anyway, so they can enroll) and 404 for an unpublished one.
 */
async function moduleWithAccess(db: Db, user: SessionUser, moduleId: string, lock = false) {
  const [row] = await db
    .select({ module: courseModules, course: courses })
    .from(courseModules)
    .innerJoin(courses, eq(courses.id, courseModules.courseId))
    .where(eq(courseModules.id, moduleId));
  if (!row) throw new NotFound("module");
  const enrollment = await myEnrollment(db, user, row.course.id, lock);
  if (enrollment) return { ...row, enrollment };
  if (await isStaffOf(db, user, row.course.organizationId)) return { ...row, enrollment: undefined };
  if (row.course.isPublished) throw new AppError(403, "errors.notEnrolled", "Enroll in the course to read its modules");
  throw new NotFound("module");
}

export async function readModule(learner: LearnerContext, moduleId: string) {
  const { module, course, enrollment } = await moduleWithAccess(learner.db, learner.user, moduleId);
  const [completion] = enrollment
    ? await learner.db
        .select()
        .from(moduleCompletions)
        .where(and(eq(moduleCompletions.enrollmentId, enrollment.id), eq(moduleCompletions.moduleId, module.id)))
    : [];
  const [next] = await learner.db
    .select({ id: courseModules.id })
    .from(courseModules)
    .where(and(eq(courseModules.courseId, course.id), sql`${courseModules.position} > ${module.position}`))
    .orderBy(asc(courseModules.position))
    .limit(1);
  return {
    id: module.id,
    courseId: course.id,
    courseTitle: course.title,
    position: module.position,
    title: module.title,
    body: module.body ?? null,
    videoUrl: module.videoUrl,
    materials: module.materials,
    quiz: module.quiz ? quizForLearner(module.quiz) : null,
    completion: completion
      ? { completedAt: completion.completedAt.toISOString(), quizScore: completion.quizScore }
      : null,
    nextModuleId: next?.id ?? null,
  };
}

/**
 * Marks a module complete; a quiz must be passed first (a failed attempt is a 200 with the score, to retry).
 * The enrollment row is locked so the last two modules finished at once still set completed_at.
 */
export async function completeModule(learner: LearnerContext, moduleId: string, input: { answers?: QuizAnswers }) {
  return learner.db.transaction(async (tx) => {
    const db = tx as Db;
    const { module, enrollment } = await moduleWithAccess(db, learner.user, moduleId, true);
    if (!enrollment) throw new Forbidden("Staff read modules but do not complete them");
    let quizScore: number | null = null;
    if (module.quiz) {
      const issues = answerIssues(module.quiz, input.answers);
      if (issues.length > 0) throw new ValidationFailed(issues);
      quizScore = scoreOf(module.quiz, input.answers as QuizAnswers);
    }
    const passed = !module.quiz || (quizScore ?? 0) >= module.quiz.passPercent;
    if (passed) await recordCompletion(db, enrollment, module.id, quizScore, learner.clock());
    const [done] = await db
      .select({ id: moduleCompletions.id })
      .from(moduleCompletions)
      .where(and(eq(moduleCompletions.enrollmentId, enrollment.id), eq(moduleCompletions.moduleId, module.id)));
    return {
      completed: !!done,
      quizScore,
      passPercent: module.quiz?.passPercent ?? null,
      progress: await myEnrollmentView(db, enrollment.id),
    };
  });
}

/** A retaken quiz keeps the best score; the course completes when every module is. */
async function recordCompletion(
  db: Db,
  enrollment: EnrollmentRow,
  moduleId: string,
  quizScore: number | null,
  now: Date,
) {
  await db
    .insert(moduleCompletions)
    .values({
      organizationId: enrollment.organizationId,
      enrollmentId: enrollment.id,
      moduleId,
      quizScore,
      completedAt: now,
    })
    .onConflictDoUpdate({
      target: [moduleCompletions.enrollmentId, moduleCompletions.moduleId],
      set: { quizScore: sql`greatest(${moduleCompletions.quizScore}, excluded.quiz_score)` },
    });
  const progress = await myEnrollmentView(db, enrollment.id);
  if (!enrollment.completedAt && progress.completedModules >= progress.moduleCount) {
    await db.update(courseEnrollments).set({ completedAt: now }).where(eq(courseEnrollments.id, enrollment.id));
  }
}

/** The learner's (or, for the course's staff, any learner's) certificate, once the course is completed. */
export async function getCertificate(learner: LearnerContext, enrollmentId: string) {
  const [row] = await learner.db
    .select({
      enrollment: courseEnrollments,
      learnerName: people.fullName,
      learnerLocale: people.locale,
      isMine: sql<boolean>`${mine(learner.db, learner.user)}`,
      courseTitle: courses.title,
      organizationName: organizations.name,
      organizationLocale: organizations.defaultLocale,
    })
    .from(courseEnrollments)
    .innerJoin(people, eq(people.id, courseEnrollments.personId))
    .innerJoin(courses, eq(courses.id, courseEnrollments.courseId))
    .innerJoin(organizations, eq(organizations.id, courseEnrollments.organizationId))
    .where(eq(courseEnrollments.id, enrollmentId));
  if (!row) throw new NotFound("certificate");
  if (!row.isMine && !(await isStaffOf(learner.db, learner.user, row.enrollment.organizationId))) {
    throw new NotFound("certificate");
  }
  if (!row.enrollment.completedAt) {
    throw new AppError(403, "errors.courseNotCompleted", "The course is not completed yet");
  }
  return {
    verificationCode: row.enrollment.id,
    learnerName: row.learnerName,
    learnerLocale: row.learnerLocale ?? row.organizationLocale,
    courseTitle: row.courseTitle,
    organizationName: row.organizationName,
    organizationLocale: row.organizationLocale,
    completedAt: row.enrollment.completedAt.toISOString(),
  };
}
