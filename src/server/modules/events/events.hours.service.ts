/**
 * Commitment hours of an enrollment: the cohort's events the person attended (check-in to check-out when both
 * are known, else the scheduled length) plus hours logged by staff, against the cohort's target (else the program's).
 */
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { OrgContext, SessionUser } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { peopleOfLogin } from "../people/people.service.ts";
import { people } from "../people/people.tables.ts";
import { cohorts, enrollments, programs } from "../programs/programs.tables.ts";
import type { HourLogInput } from "./events.hours.schemas.ts";
import { eventAttendance, events, hourLogs } from "./events.tables.ts";

/** Minutes one attendance counts for. */
const attendedMinutes = sql<number>`round(extract(epoch from coalesce(
  ${eventAttendance.checkedOutAt} - ${eventAttendance.checkedInAt},
  ${events.endsAt} - ${events.startsAt})) / 60)`;

const targetHours = sql<number | null>`coalesce(${cohorts.commitmentHours}, ${programs.commitmentHours})`;

function totals(target: number | null, eventMinutes: number, loggedMinutes: number) {
  const totalMinutes = eventMinutes + loggedMinutes;
  const percent = target ? Math.round((totalMinutes / (target * 60)) * 100) : null;
  return { eventMinutes, loggedMinutes, totalMinutes, percent };
}

const hourLogColumns = {
  id: hourLogs.id,
  workedOn: hourLogs.workedOn,
  minutes: hourLogs.minutes,
  description: hourLogs.description,
};

async function cohortTarget(ctx: OrgContext, cohortId: string) {
  const [cohort] = await ctx.db
    .select({ targetHours: targetHours.mapWith((value) => (value === null ? null : Number(value))) })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)));
  if (!cohort) throw new NotFound("cohort");
  return cohort.targetHours;
}

/** Every person enrolled in a cohort with their hours, in one query (staff's roster view). */
export async function cohortHours(ctx: OrgContext, cohortId: string) {
  const target = await cohortTarget(ctx, cohortId);
  const attended = ctx.db
    .select({
      personId: eventAttendance.personId,
      minutes: sql<number>`sum(${attendedMinutes})`.as("attended_minutes"),
      events: count().as("attended_events"),
    })
    .from(eventAttendance)
    .innerJoin(events, eq(events.id, eventAttendance.eventId))
    .where(
      and(
        eq(eventAttendance.organizationId, ctx.organizationId),
        eq(events.cohortId, cohortId),
        eq(events.status, "scheduled"),
      ),
    )
    .groupBy(eventAttendance.personId)
    .as("attended");
  const logged = ctx.db
    .select({
      enrollmentId: hourLogs.enrollmentId,
      minutes: sql<number>`sum(${hourLogs.minutes})`.as("logged_minutes"),
    })
    .from(hourLogs)
    .where(eq(hourLogs.organizationId, ctx.organizationId))
    .groupBy(hourLogs.enrollmentId)
    .as("logged");
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      personId: people.id,
      fullName: people.fullName,
      role: enrollments.role,
      status: enrollments.status,
      eventsAttended: sql<number>`coalesce(${attended.events}, 0)`.mapWith(Number),
      eventMinutes: sql<number>`coalesce(${attended.minutes}, 0)`.mapWith(Number),
      loggedMinutes: sql<number>`coalesce(${logged.minutes}, 0)`.mapWith(Number),
    })
    .from(enrollments)
    .innerJoin(people, eq(people.id, enrollments.personId))
    .leftJoin(attended, eq(attended.personId, enrollments.personId))
    .leftJoin(logged, eq(logged.enrollmentId, enrollments.id))
    .where(and(eq(enrollments.organizationId, ctx.organizationId), eq(enrollments.cohortId, cohortId)))
    .orderBy(asc(people.fullName), asc(enrollments.id));
  return {
    cohortId,
    targetHours: target,
    items: rows.map(({ eventMinutes, loggedMinutes, ...row }) => ({
      ...row,
      ...totals(target, eventMinutes, loggedMinutes),
    })),
  };
}

const enrollmentColumns = {
  enrollmentId: enrollments.id,
  organizationId: enrollments.organizationId,
  personId: people.id,
  fullName: people.fullName,
  cohortId: enrollments.cohortId,
  cohortName: cohorts.name,
  programName: programs.name,
  targetHours: targetHours.mapWith((value) => (value === null ? null : Number(value))),
};

function enrollmentsQuery(db: Db) {
  return db
    .select(enrollmentColumns)
    .from(enrollments)
    .innerJoin(people, eq(people.id, enrollments.personId))
    .innerJoin(cohorts, eq(cohorts.id, enrollments.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId));
}

type EnrollmentRow = Awaited<ReturnType<ReturnType<typeof enrollmentsQuery>["execute"]>>[number];

/** One enrollment's hours with what they are made of: each attended event and each log. */
async function hoursBreakdown(db: Db, enrollment: EnrollmentRow) {
  const [attended, logs] = await Promise.all([
    db
      .select({
        eventId: events.id,
        title: events.title,
        startsAt: events.startsAt,
        timeZone: events.timeZone,
        minutes: attendedMinutes.mapWith(Number),
        measured: sql<boolean>`${eventAttendance.checkedOutAt} is not null`,
      })
      .from(eventAttendance)
      .innerJoin(events, eq(events.id, eventAttendance.eventId))
      .where(
        and(
          eq(eventAttendance.organizationId, enrollment.organizationId),
          eq(eventAttendance.personId, enrollment.personId),
          eq(events.cohortId, enrollment.cohortId),
          eq(events.status, "scheduled"),
        ),
      )
      .orderBy(asc(events.startsAt)),
    db
      .select(hourLogColumns)
      .from(hourLogs)
      .where(
        and(eq(hourLogs.organizationId, enrollment.organizationId), eq(hourLogs.enrollmentId, enrollment.enrollmentId)),
      )
      .orderBy(asc(hourLogs.workedOn), asc(hourLogs.createdAt)),
  ]);
  const eventMinutes = attended.reduce((sum, event) => sum + event.minutes, 0);
  const loggedMinutes = logs.reduce((sum, log) => sum + log.minutes, 0);
  return {
    enrollmentId: enrollment.enrollmentId,
    personId: enrollment.personId,
    fullName: enrollment.fullName,
    cohortId: enrollment.cohortId,
    targetHours: enrollment.targetHours,
    ...totals(enrollment.targetHours, eventMinutes, loggedMinutes),
    events: attended.map((event) => ({ ...event, startsAt: event.startsAt.toISOString() })),
    logs,
  };
}

async function enrollmentOfOrganization(ctx: OrgContext, enrollmentId: string) {
  const [enrollment] = await enrollmentsQuery(ctx.db).where(
    and(eq(enrollments.organizationId, ctx.organizationId), eq(enrollments.id, enrollmentId)),
  );
  if (!enrollment) throw new NotFound("enrollment");
  return enrollment;
}

export async function enrollmentHours(ctx: OrgContext, enrollmentId: string) {
  return hoursBreakdown(ctx.db, await enrollmentOfOrganization(ctx, enrollmentId));
}

/** The signed-in person's own hours in every program they are enrolled in. */
export async function myHours(db: Db, user: SessionUser) {
  const rows = await enrollmentsQuery(db)
    .where(inArray(enrollments.personId, peopleOfLogin(db, user)))
    .orderBy(asc(cohorts.startsOn));
  const organizationsById = await organizationsOf(db, [...new Set(rows.map((row) => row.organizationId))]);
  return Promise.all(
    rows.map(async (row) => ({
      ...(await hoursBreakdown(db, row)),
      organization: organizationsById.get(row.organizationId) as OrganizationOfHours,
      programName: row.programName,
      cohortName: row.cohortName,
    })),
  );
}

type OrganizationOfHours = { id: string; name: Record<string, string>; defaultLocale: string };

/** Names and languages of the organizations a person's enrollments belong to (their names' fallback language). */
async function organizationsOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, OrganizationOfHours>();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, defaultLocale: organizations.defaultLocale })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return new Map(rows.map((row) => [row.id, { ...row, name: row.name as Record<string, string> }]));
}

export async function logHours(ctx: OrgContext, enrollmentId: string, input: HourLogInput) {
  await enrollmentOfOrganization(ctx, enrollmentId);
  const [log] = await ctx.db
    .insert(hourLogs)
    .values({ organizationId: ctx.organizationId, enrollmentId, ...input, loggedBy: ctx.actor.userId })
    .returning(hourLogColumns);
  return log;
}

export async function editHourLog(ctx: OrgContext, logId: string, input: HourLogInput) {
  const [log] = await ctx.db
    .update(hourLogs)
    .set(input)
    .where(and(eq(hourLogs.organizationId, ctx.organizationId), eq(hourLogs.id, logId)))
    .returning(hourLogColumns);
  if (!log) throw new NotFound("hour log");
  return log;
}

export async function removeHourLog(ctx: OrgContext, logId: string) {
  const removed = await ctx.db
    .delete(hourLogs)
    .where(and(eq(hourLogs.organizationId, ctx.organizationId), eq(hourLogs.id, logId)))
    .returning({ id: hourLogs.id });
  if (removed.length === 0) throw new NotFound("hour log");
  return { ok: true as const };
}
