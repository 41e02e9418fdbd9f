/** Who came: check-in and check-out at the door, walk-ins, bulk entry after the fact, and headcounts of the uncounted. */
import type { z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { OrgContext } from "../../http/context.ts";
import { Conflict, NotFound } from "../../http/errors.ts";
import { likePattern, personRow } from "../people/people.service.ts";
import { people } from "../people/people.tables.ts";
import { searchKeyOf } from "../people/search-key.ts";
import { enrollments } from "../programs/programs.tables.ts";
import type { HeadcountsInput, WalkInInput } from "./events.attendance.schemas.ts";
import { eventAttendance, eventHeadcounts, eventRegistrations, events } from "./events.tables.ts";

const attendanceColumns = {
  personId: eventAttendance.personId,
  checkedInAt: eventAttendance.checkedInAt,
  checkedOutAt: eventAttendance.checkedOutAt,
  source: eventAttendance.source,
};

type AttendanceRow = { personId: string; checkedInAt: Date; checkedOutAt: Date | null; source: string };

function attendanceView(row: AttendanceRow) {
  return {
    personId: row.personId,
    checkedInAt: row.checkedInAt.toISOString(),
    checkedOutAt: row.checkedOutAt?.toISOString() ?? null,
    source: row.source as "check_in" | "walk_in" | "bulk" | "import",
  };
}

/** The organization's event, or 404; inside a transaction it is read there. */
export function eventOfOrganization(ctx: OrgContext, eventId: string, db: Db = ctx.db) {
  return requireOwned(db, ctx.organizationId, events, eventId, "event");
}

/** Nobody attends a cancelled event; its attendance would count towards hours and results. */
export async function eventOpenForAttendance(ctx: OrgContext, eventId: string, db: Db = ctx.db) {
  const event = await eventOfOrganization(ctx, eventId, db);
  if (event.status === "cancelled") throw new Conflict("errors.eventCancelled", "This event is cancelled");
  return event;
}

async function personOfOrganization(ctx: OrgContext, personId: string, db: Db = ctx.db) {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)));
  if (!person) throw new NotFound("person");
}

/**
 * The door list: everyone registered or waitlisted, enrolled in the event's cohort, or already checked in.
 * A search looks through everyone in the organization, so an unregistered member can be checked in too.
 */
export async function listCheckIn(ctx: OrgContext, eventId: string, query: string | undefined) {
  const event = await eventOfOrganization(ctx, eventId);
  const registration = and(
    eq(eventRegistrations.eventId, eventId),
    eq(eventRegistrations.personId, people.id),
    ne(eventRegistrations.status, "cancelled"),
  );
  const enrolled = event.cohortId
    ? and(
        eq(enrollments.cohortId, event.cohortId),
        eq(enrollments.personId, people.id),
        ne(enrollments.status, "withdrawn"),
      )
    : sql`false`;
  const expectedIds = expectedPeople(ctx, eventId, event.cohortId);
  const rows = await ctx.db
    .select({
      personId: people.id,
      fullName: people.fullName,
      email: people.email,
      country: people.country,
      registration: eventRegistrations.status,
      enrollmentId: enrollments.id,
      attendedAt: eventAttendance.checkedInAt,
      checkedOutAt: eventAttendance.checkedOutAt,
      source: eventAttendance.source,
    })
    .from(people)
    .leftJoin(eventRegistrations, registration)
    .leftJoin(enrollments, enrolled)
    .leftJoin(eventAttendance, and(eq(eventAttendance.eventId, eventId), eq(eventAttendance.personId, people.id)))
    .where(
      and(
        eq(people.organizationId, ctx.organizationId),
        query ? sql`${people.searchKey} like ${likePattern(query)}` : inArray(people.id, expectedIds),
      ),
    )
    .orderBy(asc(people.fullName), asc(people.id))
    .limit(500);
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      timeZone: event.timeZone,
      status: event.status,
      cohortId: event.cohortId,
    },
    counts: await checkInCounts(ctx, eventId, expectedIds),
    items: rows.map((row) => ({
      personId: row.personId,
      fullName: row.fullName,
      email: row.email,
      country: row.country,
      registration: row.registration === "cancelled" ? null : row.registration,
      enrolled: row.enrollmentId !== null,
      attendance: row.attendedAt
        ? attendanceView({ ...row, checkedInAt: row.attendedAt, source: row.source as string })
        : null,
    })),
  };
}

function expectedPeople(ctx: OrgContext, eventId: string, cohortId: string | null) {
  const registered = ctx.db
    .select({ personId: eventRegistrations.personId })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.organizationId, ctx.organizationId),
        eq(eventRegistrations.eventId, eventId),
        ne(eventRegistrations.status, "cancelled"),
      ),
    );
  const attended = ctx.db
    .select({ personId: eventAttendance.personId })
    .from(eventAttendance)
    .where(and(eq(eventAttendance.organizationId, ctx.organizationId), eq(eventAttendance.eventId, eventId)));
  if (!cohortId) return registered.union(attended);
  const cohortPeople = ctx.db
    .select({ personId: sql<string>`${enrollments.personId}` })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, ctx.organizationId),
        eq(enrollments.cohortId, cohortId),
        ne(enrollments.status, "withdrawn"),
      ),
    );
  return registered.union(attended).union(cohortPeople);
}

async function checkInCounts(ctx: OrgContext, eventId: string, expectedIds: ReturnType<typeof expectedPeople>) {
  const [[{ checkedIn }], [{ registered }], [{ expected }]] = await Promise.all([
    ctx.db
      .select({ checkedIn: count() })
      .from(eventAttendance)
      .where(and(eq(eventAttendance.organizationId, ctx.organizationId), eq(eventAttendance.eventId, eventId))),
    ctx.db
      .select({ registered: count() })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.organizationId, ctx.organizationId),
          eq(eventRegistrations.eventId, eventId),
          eq(eventRegistrations.status, "registered"),
        ),
      ),
    ctx.db.select({ expected: count() }).from(expectedIds.as("expected")),
  ]);
  return { checkedIn, registered, expected };
}

export async function checkInPerson(ctx: OrgContext, eventId: string, personId: string) {
  await eventOpenForAttendance(ctx, eventId);
  await personOfOrganization(ctx, personId);
  const [row] = await ctx.db
    .insert(eventAttendance)
    .values({
      organizationId: ctx.organizationId,
      eventId,
      personId,
      checkedInAt: ctx.clock(),
      source: "check_in",
      recordedBy: ctx.actor.userId,
    })
    .returning(attendanceColumns);
  return attendanceView(row);
}

export async function checkOutPerson(ctx: OrgContext, eventId: string, personId: string) {
  await eventOfOrganization(ctx, eventId);
  const [present] = await ctx.db
    .select(attendanceColumns)
    .from(eventAttendance)
    .where(attendanceOf(ctx, eventId, personId));
  if (!present) throw new Conflict("errors.notCheckedIn", "Check this person in before checking them out");
  if (present.checkedOutAt) throw new Conflict("errors.alreadyCheckedOut", "This person is checked out already");
  // Check-in may have been recorded with an arrival time later than now (an imported list); leaving is never earlier.
  const leftAt = new Date(Math.max(ctx.clock().getTime(), present.checkedInAt.getTime()));
  const [row] = await ctx.db
    .update(eventAttendance)
    .set({ checkedOutAt: leftAt })
    .where(attendanceOf(ctx, eventId, personId))
    .returning(attendanceColumns);
  return attendanceView(row);
}

/** Takes back a check-in made by mistake; the person is on the door list again as not arrived. */
export async function undoCheckIn(ctx: OrgContext, eventId: string, personId: string) {
  await eventOfOrganization(ctx, eventId);
  const removed = await ctx.db
    .delete(eventAttendance)
    .where(attendanceOf(ctx, eventId, personId))
    .returning({ id: eventAttendance.id });
  if (removed.length === 0) throw new NotFound("check-in");
  return { ok: true as const };
}

function attendanceOf(ctx: OrgContext, eventId: string, personId: string) {
  return and(
    eq(eventAttendance.organizationId, ctx.organizationId),
    eq(eventAttendance.eventId, eventId),
    eq(eventAttendance.personId, personId),
  );
}

/** Someone nobody expected: recorded as a new person and checked in together, or neither. */
export async function admitWalkIn(ctx: OrgContext, eventId: string, input: WalkInInput) {
  return ctx.db.transaction(async (tx) => {
    await eventOpenForAttendance(ctx, eventId, tx);
    const [person] = await tx
      .insert(people)
      .values(personRow(ctx.organizationId, { ...input, phone: null, city: null, locale: null, notes: null }))
      .returning({ id: people.id, fullName: people.fullName });
    const [row] = await tx
      .insert(eventAttendance)
      .values({
        organizationId: ctx.organizationId,
        eventId,
        personId: person.id,
        checkedInAt: ctx.clock(),
        source: "walk_in",
        recordedBy: ctx.actor.userId,
      })
      .returning(attendanceColumns);
    return { ...attendanceView(row), fullName: person.fullName };
  });
}

/** Marks a list of people as attended at once (a session's sign-in sheet); those already present stay as they are. */
export async function recordBulkAttendance(ctx: OrgContext, eventId: string, personIds: string[]) {
  const unique = [...new Set(personIds)];
  return ctx.db.transaction(async (tx) => {
    const event = await eventOpenForAttendance(ctx, eventId, tx);
    const [{ known }] = await tx
      .select({ known: count() })
      .from(people)
      .where(and(eq(people.organizationId, ctx.organizationId), inArray(people.id, unique)));
    if (known !== unique.length) throw new NotFound("person");
    const added = await tx
      .insert(eventAttendance)
      .values(
        unique.map((personId) => ({
          organizationId: ctx.organizationId,
          eventId,
          personId,
          checkedInAt: event.startsAt,
          source: "bulk" as const,
          recordedBy: ctx.actor.userId,
        })),
      )
      .onConflictDoNothing({ target: [eventAttendance.eventId, eventAttendance.personId] })
      .returning({ id: eventAttendance.id });
    return { added: added.length, alreadyPresent: unique.length - added.length };
  });
}

export async function getHeadcounts(ctx: OrgContext, eventId: string) {
  await eventOfOrganization(ctx, eventId);
  return headcountsOf(ctx.db, ctx, eventId);
}

async function headcountsOf(db: Db, ctx: OrgContext, eventId: string) {
  const byCountry = await db
    .select({ country: eventHeadcounts.country, count: eventHeadcounts.count })
    .from(eventHeadcounts)
    .where(and(eq(eventHeadcounts.organizationId, ctx.organizationId), eq(eventHeadcounts.eventId, eventId)))
    .orderBy(sql`${eventHeadcounts.country} asc nulls last`);
  return { total: byCountry.reduce((sum, row) => sum + row.count, 0), byCountry };
}

/** Replaces the event's visitor counts with the ones given, all at once. */
export async function recordHeadcounts(ctx: OrgContext, eventId: string, input: z.infer<typeof HeadcountsInput>) {
  return ctx.db.transaction(async (tx) => {
    await eventOpenForAttendance(ctx, eventId, tx);
    await tx
      .delete(eventHeadcounts)
      .where(and(eq(eventHeadcounts.organizationId, ctx.organizationId), eq(eventHeadcounts.eventId, eventId)));
    if (input.counts.length > 0)
      await tx.insert(eventHeadcounts).values(
        input.counts.map((entry) => ({
          organizationId: ctx.organizationId,
          eventId,
          country: entry.country,
          count: entry.count,
          recordedBy: ctx.actor.userId,
        })),
      );
    return headcountsOf(tx, ctx, eventId);
  });
}

/**
 * People of the organization with one of the given emails (lower case), or whose name folds to one of the
 * given name keys (`searchKeyOf(name)`), for matching the rows of an imported attendance list.
 */
export async function peopleByEmailOrName(ctx: OrgContext, emails: string[], nameKeys: string[]) {
  if (emails.length === 0 && nameKeys.length === 0) return [];
  const namePatterns = nameKeys.map((key) => sql`${likePattern(key)}`);
  const candidates = await ctx.db
    .select({ id: people.id, email: people.email, fullName: people.fullName })
    .from(people)
    .where(
      and(
        eq(people.organizationId, ctx.organizationId),
        or(
          emails.length > 0 ? inArray(people.email, emails) : sql`false`,
          // The search key holds name and email together; the trigram index narrows, the exact name check follows.
          namePatterns.length > 0
            ? sql`${people.searchKey} like any (array[${sql.join(namePatterns, sql`, `)}]::text[])`
            : sql`false`,
        ),
      ),
    );
  return candidates.map((person) => ({ ...person, nameKey: searchKeyOf(person.fullName) }));
}
