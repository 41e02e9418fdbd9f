/** Programs, cohorts on a timeline with budgets, and enrolling people or groups within capacity. */

import type { z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { can, type OrgContext } from "../../http/context.ts";
import { Conflict, NotFound } from "../../http/errors.ts";
import { groups, people } from "../people/people.tables.ts";
import type { ChangeEnrollmentInput, CohortInput, EnrollInput, ProgramInput } from "./programs.schemas.ts";
import { budgetLines, cohortPhases, cohorts, enrollments, programs } from "./programs.tables.ts";

/** Enrolling needs only the organization's scope, so a call's automatic waitlist promotion can enroll too. */
type Scoped = Pick<OrgContext, "db" | "organizationId">;

const seatTaking = and(
  inArray(enrollments.role, ["participant", "team"]),
  inArray(enrollments.status, ["invited", "active"]),
);

function seatsTakenByCohort(ctx: OrgContext) {
  return ctx.db
    .select({ cohortId: enrollments.cohortId, taken: count().as("taken") })
    .from(enrollments)
    .where(and(eq(enrollments.organizationId, ctx.organizationId), seatTaking))
    .groupBy(enrollments.cohortId)
    .as("seats");
}

export async function listPrograms(ctx: OrgContext) {
  return findPrograms(ctx);
}

async function findPrograms(ctx: OrgContext, programId?: string) {
  const cohortCounts = ctx.db
    .select({ programId: cohorts.programId, cohorts: count().as("cohorts") })
    .from(cohorts)
    .where(eq(cohorts.organizationId, ctx.organizationId))
    .groupBy(cohorts.programId)
    .as("cohort_counts");
  const rows = await ctx.db
    .select({
      id: programs.id,
      type: programs.type,
      name: programs.name,
      description: programs.description,
      defaultCapacity: programs.defaultCapacity,
      commitmentHours: programs.commitmentHours,
      cohortCount: sql<number>`coalesce(${cohortCounts.cohorts}, 0)`.mapWith(Number),
    })
    .from(programs)
    .leftJoin(cohortCounts, eq(cohortCounts.programId, programs.id))
    .where(and(eq(programs.organizationId, ctx.organizationId), programId ? eq(programs.id, programId) : undefined))
    .orderBy(desc(programs.createdAt));
  return rows.map((row) => ({ ...row, description: row.description ?? null }));
}

export async function getProgram(ctx: OrgContext, programId: string) {
  const [program] = await findPrograms(ctx, programId);
  if (!program) throw new NotFound("program");
  const seats = seatsTakenByCohort(ctx);
  const cohortRows = await ctx.db
    .select({ ...cohortSummaryColumns, seatsTaken: sql<number>`coalesce(${seats.taken}, 0)`.mapWith(Number) })
    .from(cohorts)
    .leftJoin(seats, eq(seats.cohortId, cohorts.id))
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.programId, programId)))
    .orderBy(desc(cohorts.startsOn));
  return { ...program, cohorts: cohortRows };
}

const cohortSummaryColumns = {
  id: cohorts.id,
  programId: cohorts.programId,
  name: cohorts.name,
  startsOn: cohorts.startsOn,
  endsOn: cohorts.endsOn,
  capacity: cohorts.capacity,
  commitmentHours: cohorts.commitmentHours,
};

export async function createProgram(ctx: OrgContext, input: z.infer<typeof ProgramInput>) {
  const [program] = await ctx.db
    .insert(programs)
    .values({ ...input, organizationId: ctx.organizationId })
    .returning({ id: programs.id });
  return getProgram(ctx, program.id);
}

export async function editProgram(ctx: OrgContext, programId: string, input: z.infer<typeof ProgramInput>) {
  const updated = await ctx.db
    .update(programs)
    .set(input)
    .where(and(eq(programs.organizationId, ctx.organizationId), eq(programs.id, programId)))
    .returning({ id: programs.id });
  if (updated.length === 0) throw new NotFound("program");
  return getProgram(ctx, programId);
}

export async function getCohort(ctx: OrgContext, cohortId: string) {
  const seats = seatsTakenByCohort(ctx);
  const [cohort] = await ctx.db
    .select({
      ...cohortSummaryColumns,
      seatsTaken: sql<number>`coalesce(${seats.taken}, 0)`.mapWith(Number),
      programName: programs.name,
      programType: programs.type,
    })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .leftJoin(seats, eq(seats.cohortId, cohorts.id))
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)));
  if (!cohort) throw new NotFound("cohort");
  const phases = await ctx.db
    .select({
      id: cohortPhases.id,
      position: cohortPhases.position,
      name: cohortPhases.name,
      startsOn: cohortPhases.startsOn,
      endsOn: cohortPhases.endsOn,
    })
    .from(cohortPhases)
    .where(and(eq(cohortPhases.organizationId, ctx.organizationId), eq(cohortPhases.cohortId, cohortId)))
    .orderBy(asc(cohortPhases.position));
  const budget = can(ctx.actor.role, "budget.read")
    ? await ctx.db
        .select({
          id: budgetLines.id,
          category: budgetLines.category,
          plannedAmount: budgetLines.plannedAmount,
          currency: budgetLines.currency,
          note: budgetLines.note,
        })
        .from(budgetLines)
        .where(and(eq(budgetLines.organizationId, ctx.organizationId), eq(budgetLines.cohortId, cohortId)))
        .orderBy(asc(budgetLines.position))
    : null;
  return { ...cohort, phases, budgetLines: budget };
}

async function requireProgram(db: Db, ctx: OrgContext, programId: string) {
  const [program] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.organizationId, ctx.organizationId), eq(programs.id, programId)));
  if (!program) throw new NotFound("program");
}

async function writeTimelineAndBudget(db: Db, ctx: OrgContext, cohortId: string, input: z.infer<typeof CohortInput>) {
  await db
    .delete(cohortPhases)
    .where(and(eq(cohortPhases.organizationId, ctx.organizationId), eq(cohortPhases.cohortId, cohortId)));
  await db
    .delete(budgetLines)
    .where(and(eq(budgetLines.organizationId, ctx.organizationId), eq(budgetLines.cohortId, cohortId)));
  if (input.phases.length > 0) {
    await db
      .insert(cohortPhases)
      .values(
        input.phases.map((phase, position) => ({ ...phase, position, cohortId, organizationId: ctx.organizationId })),
      );
  }
  if (input.budgetLines.length > 0) {
    await db.insert(budgetLines).values(
      input.budgetLines.map((line, position) => ({
        ...line,
        position,
        cohortId,
        organizationId: ctx.organizationId,
      })),
    );
  }
}

export async function openCohort(ctx: OrgContext, input: z.infer<typeof CohortInput>) {
  const cohortId = await ctx.db.transaction(async (tx) => {
    await requireProgram(tx as Db, ctx, input.programId);
    const { phases: _, budgetLines: __, ...cohort } = input;
    const [row] = await tx
      .insert(cohorts)
      .values({ ...cohort, organizationId: ctx.organizationId })
      .returning({ id: cohorts.id });
    await writeTimelineAndBudget(tx as Db, ctx, row.id, input);
    return row.id;
  });
  return getCohort(ctx, cohortId);
}

/** Replaces the cohort's settings, phases and budget; capacity may not drop below the seats taken. */
export async function editCohort(ctx: OrgContext, cohortId: string, input: z.infer<typeof CohortInput>) {
  await ctx.db.transaction(async (tx) => {
    await requireProgram(tx as Db, ctx, input.programId);
    // Locking the cohort row holds off enrollments (their trigger takes the same lock) while we count.
    const [locked] = await tx
      .select({ id: cohorts.id })
      .from(cohorts)
      .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)))
      .for("update");
    if (!locked) throw new NotFound("cohort");
    const [{ taken }] = await tx
      .select({ taken: count() })
      .from(enrollments)
      .where(and(eq(enrollments.cohortId, cohortId), seatTaking));
    if (input.capacity < taken) {
      throw new Conflict("errors.capacityBelowEnrolled", `${taken} places are taken; capacity cannot be lower`, [
        { path: "json.capacity", code: "errors.capacityBelowEnrolled", message: `At least ${taken}` },
      ]);
    }
    const { phases: _, budgetLines: __, ...cohort } = input;
    await tx.update(cohorts).set(cohort).where(eq(cohorts.id, cohortId));
    await writeTimelineAndBudget(tx as Db, ctx, cohortId, input);
  });
  return getCohort(ctx, cohortId);
}

const enrollmentColumns = {
  id: enrollments.id,
  cohortId: enrollments.cohortId,
  personId: enrollments.personId,
  groupId: enrollments.groupId,
  name: sql<string>`coalesce(${people.fullName}, ${groups.name})`,
  role: enrollments.role,
  status: enrollments.status,
  enrolledAt: enrollments.createdAt,
};

async function findEnrollments(ctx: Scoped, where: ReturnType<typeof and>) {
  const rows = await ctx.db
    .select(enrollmentColumns)
    .from(enrollments)
    .leftJoin(people, eq(people.id, enrollments.personId))
    .leftJoin(groups, eq(groups.id, enrollments.groupId))
    .where(and(eq(enrollments.organizationId, ctx.organizationId), where))
    .orderBy(asc(enrollments.role), sql`coalesce(${people.fullName}, ${groups.name})`);
  return rows.map((row) => ({ ...row, enrolledAt: row.enrolledAt.toISOString() }));
}

export async function listRoster(ctx: OrgContext, cohortId: string) {
  await getCohortRow(ctx, cohortId);
  return findEnrollments(ctx, eq(enrollments.cohortId, cohortId));
}

async function getCohortRow(ctx: Scoped, cohortId: string) {
  const [cohort] = await ctx.db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)));
  if (!cohort) throw new NotFound("cohort");
}

async function requireEnrollee(ctx: Scoped, input: z.infer<typeof EnrollInput>) {
  const [found] = input.personId
    ? await ctx.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, input.personId)))
    : await ctx.db
        .select({ id: groups.id })
        .from(groups)
        .where(and(eq(groups.organizationId, ctx.organizationId), eq(groups.id, input.groupId ?? "")));
  if (!found) throw new NotFound(input.personId ? "person" : "group");
}

/** The database trigger `enrollments_within_cohort_capacity` refuses a participant beyond capacity. */
export async function enrollInCohort(ctx: Scoped, cohortId: string, input: z.infer<typeof EnrollInput>) {
  await getCohortRow(ctx, cohortId);
  await requireEnrollee(ctx, input);
  const [row] = await ctx.db
    .insert(enrollments)
    .values({
      organizationId: ctx.organizationId,
      cohortId,
      personId: input.personId ?? null,
      groupId: input.groupId ?? null,
      role: input.role,
      status: input.status,
    })
    .returning({ id: enrollments.id });
  const [enrollment] = await findEnrollments(ctx, eq(enrollments.id, row.id));
  return enrollment;
}

export async function changeEnrollment(
  ctx: Scoped,
  enrollmentId: string,
  input: z.infer<typeof ChangeEnrollmentInput>,
) {
  const updated = await ctx.db
    .update(enrollments)
    .set({ status: input.status, ...(input.role ? { role: input.role } : {}) })
    .where(and(eq(enrollments.organizationId, ctx.organizationId), eq(enrollments.id, enrollmentId)))
    .returning({ id: enrollments.id });
  if (updated.length === 0) throw new NotFound("enrollment");
  const [enrollment] = await findEnrollments(ctx, eq(enrollments.id, enrollmentId));
  return enrollment;
}

export async function listPersonEnrollments(ctx: OrgContext, personId: string) {
  // Someone else's (or no) person is a 404, not an empty list.
  const [person] = await ctx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)));
  if (!person) throw new NotFound("person");
  return ctx.db
    .select({
      id: enrollments.id,
      cohortId: cohorts.id,
      programId: programs.id,
      cohortName: cohorts.name,
      programName: programs.name,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      role: enrollments.role,
      status: enrollments.status,
    })
    .from(enrollments)
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(and(eq(enrollments.organizationId, ctx.organizationId), eq(enrollments.personId, personId)))
    .orderBy(desc(cohorts.startsOn));
}
