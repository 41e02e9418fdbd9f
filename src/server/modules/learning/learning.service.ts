/** Staff build courses of ordered modules, enroll people and follow their progress. */
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../http/context.ts";
import { invalidField, NotFound } from "../../http/errors.ts";
import { people } from "../people/people.tables.ts";
import { programs } from "../programs/programs.tables.ts";
import type { CourseInput, ModuleInput } from "./learning.schemas.ts";
import { courseEnrollments, courseModules, courses, moduleCompletions } from "./learning.tables.ts";

type CourseRow = typeof courses.$inferSelect;
type ModuleRow = typeof courseModules.$inferSelect;

const iso = (date: Date | null) => date?.toISOString() ?? null;

function courseFields(course: CourseRow) {
  return {
    id: course.id,
    title: course.title,
    summary: course.summary ?? null,
    programId: course.programId,
    isPublished: course.isPublished,
    selfEnrollment: course.selfEnrollment,
    opensAt: iso(course.opensAt),
  };
}

export function moduleFields(module: ModuleRow) {
  return {
    id: module.id,
    position: module.position,
    title: module.title,
    body: module.body ?? null,
    videoUrl: module.videoUrl,
    materials: module.materials,
    quiz: module.quiz ?? null,
  };
}

export async function modulesOf(db: Db, courseId: string) {
  return db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
    .orderBy(asc(courseModules.position));
}

/** The organization's course, locked when it is about to change; another organization's is not found. */
async function findCourse(ctx: OrgContext, courseId: string, lock = false) {
  const query = ctx.db
    .select()
    .from(courses)
    .where(and(eq(courses.organizationId, ctx.organizationId), eq(courses.id, courseId)));
  const [course] = lock ? await query.for("update") : await query;
  if (!course) throw new NotFound("course");
  return course;
}

type ModuleKey = { courseId: string; moduleId: string };

async function findModule(ctx: OrgContext, { courseId, moduleId }: ModuleKey) {
  const [module] = await ctx.db
    .select()
    .from(courseModules)
    .where(
      and(
        eq(courseModules.organizationId, ctx.organizationId),
        eq(courseModules.courseId, courseId),
        eq(courseModules.id, moduleId),
      ),
    );
  if (!module) throw new NotFound("module");
  return module;
}

async function ensureOwnProgram(ctx: OrgContext, programId: string | null | undefined) {
  if (!programId) return;
  const [program] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.organizationId, ctx.organizationId), eq(programs.id, programId)));
  if (!program) throw invalidField("json.programId", "errors.notFound", "No such program in this organization");
}

function courseValues(input: CourseInput) {
  return {
    title: input.title,
    summary: input.summary ?? null,
    programId: input.programId ?? null,
    isPublished: input.isPublished,
    selfEnrollment: input.selfEnrollment,
    opensAt: input.opensAt ? new Date(input.opensAt) : null,
  };
}

export async function listCourses(ctx: OrgContext) {
  const moduleCounts = ctx.db
    .select({ courseId: courseModules.courseId, n: count().as("module_count") })
    .from(courseModules)
    .where(eq(courseModules.organizationId, ctx.organizationId))
    .groupBy(courseModules.courseId)
    .as("module_counts");
  const enrollmentCounts = ctx.db
    .select({ courseId: courseEnrollments.courseId, n: count().as("enrollment_count") })
    .from(courseEnrollments)
    .where(eq(courseEnrollments.organizationId, ctx.organizationId))
    .groupBy(courseEnrollments.courseId)
    .as("enrollment_counts");
  const rows = await ctx.db
    .select({ course: courses, moduleCount: moduleCounts.n, enrollmentCount: enrollmentCounts.n })
    .from(courses)
    .leftJoin(moduleCounts, eq(moduleCounts.courseId, courses.id))
    .leftJoin(enrollmentCounts, eq(enrollmentCounts.courseId, courses.id))
    .where(eq(courses.organizationId, ctx.organizationId))
    .orderBy(desc(courses.createdAt));
  return rows.map((row) => ({
    ...courseFields(row.course),
    moduleCount: row.moduleCount ?? 0,
    enrollmentCount: row.enrollmentCount ?? 0,
  }));
}

export async function getCourse(ctx: OrgContext, courseId: string) {
  const course = await findCourse(ctx, courseId);
  const modules = await modulesOf(ctx.db, course.id);
  return { ...courseFields(course), modules: modules.map(moduleFields) };
}

export async function createCourse(ctx: OrgContext, input: CourseInput) {
  await ensureOwnProgram(ctx, input.programId);
  const [course] = await ctx.db
    .insert(courses)
    .values({ organizationId: ctx.organizationId, ...courseValues(input) })
    .returning();
  return { ...courseFields(course), modules: [] };
}

export async function editCourse(ctx: OrgContext, courseId: string, input: CourseInput) {
  await findCourse(ctx, courseId);
  await ensureOwnProgram(ctx, input.programId);
  await ctx.db
    .update(courses)
    .set(courseValues(input))
    .where(and(eq(courses.organizationId, ctx.organizationId), eq(courses.id, courseId)));
  return getCourse(ctx, courseId);
}

export async function removeCourse(ctx: OrgContext, courseId: string) {
  await findCourse(ctx, courseId);
  await ctx.db.delete(courses).where(and(eq(courses.organizationId, ctx.organizationId), eq(courses.id, courseId)));
  return { ok: true as const };
}

function moduleValues(input: ModuleInput) {
  return {
    title: input.title,
    body: input.body ?? null,
    videoUrl: input.videoUrl ?? null,
    materials: input.materials,
    quiz: input.quiz ?? null,
  };
}

/** A new module goes last; the course row lock keeps two additions from taking the same position. */
export async function addModule(ctx: OrgContext, courseId: string, input: ModuleInput) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const course = await findCourse({ ...ctx, db }, courseId, true);
    const [{ last }] = await db
      .select({ last: sql<number>`coalesce(max(${courseModules.position}), 0)::int` })
      .from(courseModules)
      .where(eq(courseModules.courseId, course.id));
    const [module] = await db
      .insert(courseModules)
      .values({ organizationId: ctx.organizationId, courseId: course.id, position: last + 1, ...moduleValues(input) })
      .returning();
    return moduleFields(module);
  });
}

export async function editModule(ctx: OrgContext, key: ModuleKey, input: ModuleInput) {
  await findModule(ctx, key);
  const [module] = await ctx.db
    .update(courseModules)
    .set(moduleValues(input))
    .where(and(eq(courseModules.organizationId, ctx.organizationId), eq(courseModules.id, key.moduleId)))
    .returning();
  return moduleFields(module);
}

/**
 * Positions are unique per course and checked row by row, so renumbering goes in two steps:
 * first every module moves above the highest position in use, then each takes its final place.
 */
async function renumber(db: Db, courseId: string, orderedIds: string[]) {
  if (orderedIds.length === 0) return;
  await db
    .update(courseModules)
    .set({
      position: sql`${courseModules.position} + (select max(position) from course_modules where course_id = ${courseId})`,
    })
    .where(eq(courseModules.courseId, courseId));
  const places = sql.join(
    orderedIds.map((moduleId, index) => sql`(${moduleId}::uuid, ${index + 1}::int)`),
    sql`, `,
  );
  await db.execute(sql`
    update course_modules set position = places.position
    from (values ${places}) as places(id, position)
    where course_modules.id = places.id and course_modules.course_id = ${courseId}`);
}

export async function removeModule(ctx: OrgContext, key: ModuleKey) {
  const module = await findModule(ctx, key);
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await findCourse({ ...ctx, db }, module.courseId, true);
    await db.delete(courseModules).where(eq(courseModules.id, module.id));
    const rest = await modulesOf(db, module.courseId);
    await renumber(
      db,
      module.courseId,
      rest.map((row) => row.id),
    );
  });
  return { ok: true as const };
}

/** The new order names every module of the course exactly once. */
export async function reorderModules(ctx: OrgContext, courseId: string, moduleIds: string[]) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const course = await findCourse({ ...ctx, db }, courseId, true);
    const current = await modulesOf(db, course.id);
    const known = new Set(current.map((module) => module.id));
    const sameSet = moduleIds.length === known.size && new Set(moduleIds).size === known.size;
    if (!sameSet || moduleIds.some((moduleId) => !known.has(moduleId))) {
      throw invalidField("json.moduleIds", "errors.moduleOrderIncomplete", "Name every module of the course once");
    }
    await renumber(db, course.id, moduleIds);
  });
  return getCourse(ctx, courseId);
}

export async function enrollPerson(ctx: OrgContext, courseId: string, personId: string) {
  const course = await findCourse(ctx, courseId);
  const [person] = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)));
  if (!person) throw invalidField("json.personId", "errors.notFound", "No such person in this organization");
  const [enrollment] = await ctx.db
    .insert(courseEnrollments)
    .values({ organizationId: ctx.organizationId, courseId: course.id, personId: person.id, source: "staff" })
    .returning({ id: courseEnrollments.id });
  const { learners } = await listCourseEnrollments(ctx, course.id);
  return learners.find((learner) => learner.enrollmentId === enrollment.id) as (typeof learners)[number];
}

/** Learners with their progress, and completions per module counted in one grouped query. */
export async function listCourseEnrollments(ctx: OrgContext, courseId: string) {
  const course = await findCourse(ctx, courseId);
  const completedPerEnrollment = ctx.db
    .select({ enrollmentId: moduleCompletions.enrollmentId, n: count().as("completed_modules") })
    .from(moduleCompletions)
    .where(eq(moduleCompletions.organizationId, ctx.organizationId))
    .groupBy(moduleCompletions.enrollmentId)
    .as("completed_per_enrollment");
  const learners = await ctx.db
    .select({
      enrollment: courseEnrollments,
      person: { id: people.id, fullName: people.fullName, email: people.email },
      completedModules: completedPerEnrollment.n,
    })
    .from(courseEnrollments)
    .innerJoin(people, eq(people.id, courseEnrollments.personId))
    .leftJoin(completedPerEnrollment, eq(completedPerEnrollment.enrollmentId, courseEnrollments.id))
    .where(and(eq(courseEnrollments.organizationId, ctx.organizationId), eq(courseEnrollments.courseId, course.id)))
    .orderBy(asc(people.fullName));
  const modules = await ctx.db
    .select({
      id: courseModules.id,
      position: courseModules.position,
      title: courseModules.title,
      completions: sql<number>`count(${moduleCompletions.id})::int`,
    })
    .from(courseModules)
    .leftJoin(moduleCompletions, eq(moduleCompletions.moduleId, courseModules.id))
    .where(and(eq(courseModules.organizationId, ctx.organizationId), eq(courseModules.courseId, course.id)))
    .groupBy(courseModules.id)
    .orderBy(asc(courseModules.position));
  return {
    moduleCount: modules.length,
    learners: learners.map((row) => ({
      enrollmentId: row.enrollment.id,
      person: row.person,
      source: row.enrollment.source,
      enrolledAt: row.enrollment.enrolledAt.toISOString(),
      completedAt: iso(row.enrollment.completedAt),
      completedModules: row.completedModules ?? 0,
    })),
    modules,
  };
}
