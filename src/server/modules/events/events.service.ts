/** Event kinds and events of an organization: plan, edit, list, cancel (registrants are emailed). */
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { OrgContext } from "../../http/context.ts";
import { Conflict, invalidField, NotFound } from "../../http/errors.ts";
import { courseModules, courses } from "../learning/learning.tables.ts";
import { people } from "../people/people.tables.ts";
import { cohorts, programs } from "../programs/programs.tables.ts";
import { queueRegistrantNotice } from "./events.mail.ts";
import { fillSeatsFromWaitlist } from "./events.registrations.ts";
import type { EventInput, EventsQuery } from "./events.schemas.ts";
import { builtInEventKinds, eventKinds, eventRegistrations, events } from "./events.tables.ts";

type EventsQueryInput = ReturnType<typeof EventsQuery.parse>;
type EventDetails = Omit<EventInput, "startsAt" | "endsAt" | "timeZone">;

const builtIn = new Set<string>(builtInEventKinds);

function countOf(status: "registered" | "waitlisted") {
  // Spelled out with its table: drizzle writes a lone table's columns unqualified, which would bind to the subquery.
  return sql<number>`(select count(*) from event_registrations r where r.event_id = "events"."id" and r.status = ${status})`.mapWith(
    Number,
  );
}

/** An event's title, time and place: what a listing, a calendar entry and a reminder email all tell. */
export const eventTimeAndPlaceColumns = {
  title: events.title,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  venueName: events.venueName,
  city: events.city,
  country: events.country,
  onlineUrl: events.onlineUrl,
};

export const eventColumns = {
  id: events.id,
  kind: events.kind,
  ...eventTimeAndPlaceColumns,
  description: events.description,
  programId: events.programId,
  cohortId: events.cohortId,
  courseModuleId: events.courseModuleId,
  sectors: events.sectors,
  registration: events.registration,
  capacity: events.capacity,
  isPublic: events.isPublic,
  status: events.status,
  seriesId: events.seriesId,
  detachedFromSeries: events.detachedFromSeries,
  registeredCount: countOf("registered"),
  waitlistedCount: countOf("waitlisted"),
};

type EventRow = { startsAt: Date; endsAt: Date; description: Record<string, string> | null };

export function toEvent<T extends EventRow>(row: T) {
  return { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() };
}

export async function findEvents(db: Db, organizationId: string, where?: SQL, order: "asc" | "desc" = "asc") {
  const rows = await db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.organizationId, organizationId), where))
    .orderBy(order === "asc" ? asc(events.startsAt) : desc(events.startsAt), asc(events.id));
  return rows.map(toEvent);
}

export async function getEvent(ctx: OrgContext, eventId: string) {
  const [event] = await findEvents(ctx.db, ctx.organizationId, eq(events.id, eventId));
  if (!event) throw new NotFound("event");
  return event;
}

export async function listEvents(ctx: OrgContext, query: EventsQueryInput) {
  const where = and(
    eq(events.organizationId, ctx.organizationId),
    query.from ? gte(events.endsAt, new Date(query.from)) : undefined,
    query.to ? lt(events.startsAt, new Date(query.to)) : undefined,
    query.kind ? eq(events.kind, query.kind) : undefined,
    query.programId ? eq(events.programId, query.programId) : undefined,
    query.cohortId ? eq(events.cohortId, query.cohortId) : undefined,
    query.seriesId ? eq(events.seriesId, query.seriesId) : undefined,
    query.status ? eq(events.status, query.status) : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select(eventColumns)
      .from(events)
      .where(where)
      .orderBy(query.order === "asc" ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(events).where(where),
  ]);
  return { items: rows.map(toEvent), total, page: query.page, pageSize: query.pageSize };
}

/** Checks what an event points at: its kind, this organization's program and cohort, a published course's module. */
export async function checkEventReferences(db: Db, organizationId: string, input: EventDetails) {
  if (!builtIn.has(input.kind)) {
    const [custom] = await db
      .select({ id: eventKinds.id })
      .from(eventKinds)
      .where(and(eq(eventKinds.organizationId, organizationId), eq(eventKinds.key, input.kind)));
    if (!custom) throw invalidField("json.kind", "errors.unknownEventKind", "No such event kind in this organization");
  }
  let programId = input.programId ?? null;
  if (input.cohortId) {
    const [cohort] = await db
      .select({ programId: cohorts.programId })
      .from(cohorts)
      .where(and(eq(cohorts.organizationId, organizationId), eq(cohorts.id, input.cohortId)));
    if (!cohort) throw invalidField("json.cohortId", "errors.notFound", "No such cohort in this organization");
    if (programId && programId !== cohort.programId) {
      throw invalidField("json.cohortId", "errors.cohortNotInProgram", "The cohort belongs to another program");
    }
    programId = cohort.programId;
  } else if (programId) {
    const [program] = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.organizationId, organizationId), eq(programs.id, programId)));
    if (!program) throw invalidField("json.programId", "errors.notFound", "No such program in this organization");
  }
  if (input.courseModuleId) {
    // Any organization's module, as long as its course is published: partners deliver the lead partner's course.
    const [module] = await db
      .select({ id: courseModules.id })
      .from(courseModules)
      .innerJoin(courses, eq(courses.id, courseModules.courseId))
      .where(and(eq(courseModules.id, input.courseModuleId), eq(courses.isPublished, true)));
    if (!module) throw invalidField("json.courseModuleId", "errors.notFound", "No module of a published course");
  }
  return { programId };
}

/** The stored columns of an event's details, with program filled in from its cohort. */
export function detailColumns(input: EventDetails, programId: string | null) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    venueName: input.venueName ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    onlineUrl: input.onlineUrl ?? null,
    programId,
    cohortId: input.cohortId ?? null,
    courseModuleId: input.courseModuleId ?? null,
    sectors: input.sectors,
    registration: input.registration,
    capacity: input.capacity ?? null,
    isPublic: input.isPublic,
  };
}

export async function planEvent(ctx: OrgContext, input: EventInput) {
  const { programId } = await checkEventReferences(ctx.db, ctx.organizationId, input);
  const [row] = await ctx.db
    .insert(events)
    .values({
      ...detailColumns(input, programId),
      organizationId: ctx.organizationId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      timeZone: input.timeZone,
    })
    .returning({ id: events.id });
  return getEvent(ctx, row.id);
}

/**
 * Saves an event's details and schedule. An occurrence of a series edited on its own is detached, so later edits
 * of the series leave it as it is. Raising the capacity promotes waitlisted people into the new seats; lowering
 * it below the registered count is refused by the trigger `events_capacity_above_registrations`.
 */
export async function editEvent(ctx: OrgContext, eventId: string, input: EventInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const event = await lockEvent(db, ctx.organizationId, eventId);
    const { programId } = await checkEventReferences(db, ctx.organizationId, input);
    await db
      .update(events)
      .set({
        ...detailColumns(input, programId),
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        timeZone: input.timeZone,
        detachedFromSeries: event.seriesId !== null,
      })
      .where(eq(events.id, eventId));
    await fillSeatsFromWaitlist(db, ctx, eventId);
  });
  return getEvent(ctx, eventId);
}

/** Takes the event row's lock: registrations, cancellations and promotions on one event happen one at a time. */
export function lockEvent(db: Db, organizationId: string, eventId: string) {
  return requireOwned(db, organizationId, events, eventId, "event", "update");
}

/** Cancels an event; everyone registered or waitlisted is told in their language. */
export async function cancelEvent(ctx: OrgContext, eventId: string) {
  await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx as Db, ctx.organizationId, eventId);
    if (event.status === "cancelled") return;
    await cancelLockedEvent(tx as Db, ctx.organization.defaultLocale, event);
  });
  return getEvent(ctx, eventId);
}

export async function cancelLockedEvent(db: Db, organizationLocale: string, event: typeof events.$inferSelect) {
  await db.update(events).set({ status: "cancelled" }).where(eq(events.id, event.id));
  const registrants = await db
    .select({
      registrationId: eventRegistrations.id,
      fullName: people.fullName,
      email: people.email,
      locale: eventRegistrations.locale,
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(
      and(eq(eventRegistrations.eventId, event.id), inArray(eventRegistrations.status, ["registered", "waitlisted"])),
    );
  for (const registrant of registrants) {
    await queueRegistrantNotice(db, event, registrant, "cancelled", organizationLocale);
  }
  return registrants.length;
}

/** Modules an event may deliver: those of every published course, whichever organization runs it. */
export async function listDeliverableModules(ctx: OrgContext) {
  return ctx.db
    .select({
      id: courseModules.id,
      courseId: courses.id,
      courseTitle: courses.title,
      position: courseModules.position,
      title: courseModules.title,
    })
    .from(courseModules)
    .innerJoin(courses, eq(courses.id, courseModules.courseId))
    .where(eq(courses.isPublished, true))
    .orderBy(asc(courses.createdAt), asc(courses.id), asc(courseModules.position))
    .limit(500);
}

// Kinds

export async function listEventKinds(ctx: OrgContext) {
  const usage = await ctx.db
    .select({ kind: events.kind, events: count() })
    .from(events)
    .where(eq(events.organizationId, ctx.organizationId))
    .groupBy(events.kind);
  const countOfKind = new Map(usage.map((row) => [row.kind, row.events]));
  const custom = await ctx.db
    .select({ id: eventKinds.id, key: eventKinds.key, name: eventKinds.name })
    .from(eventKinds)
    .where(eq(eventKinds.organizationId, ctx.organizationId))
    .orderBy(asc(eventKinds.createdAt));
  return [
    ...builtInEventKinds.map((key) => ({
      id: null,
      key,
      builtIn: true,
      name: null,
      eventCount: countOfKind.get(key) ?? 0,
    })),
    ...custom.map((kind) => ({ ...kind, builtIn: false, eventCount: countOfKind.get(kind.key) ?? 0 })),
  ];
}

async function findKind(ctx: OrgContext, kindId: string) {
  const kinds = await listEventKinds(ctx);
  const kind = kinds.find((candidate) => candidate.id === kindId);
  if (!kind) throw new NotFound("event kind");
  return kind;
}

export async function addEventKind(ctx: OrgContext, input: { key: string; name: Record<string, string> }) {
  if (builtIn.has(input.key)) {
    throw new Conflict("errors.eventKindTaken", "A kind with this key exists", [
      { path: "json.key", code: "errors.eventKindTaken", message: "Built-in kind" },
    ]);
  }
  const [row] = await ctx.db
    .insert(eventKinds)
    .values({ ...input, organizationId: ctx.organizationId })
    .returning({ id: eventKinds.id });
  return findKind(ctx, row.id);
}

export async function renameEventKind(ctx: OrgContext, kindId: string, input: { name: Record<string, string> }) {
  const updated = await ctx.db
    .update(eventKinds)
    .set({ name: input.name })
    .where(and(eq(eventKinds.organizationId, ctx.organizationId), eq(eventKinds.id, kindId)))
    .returning({ id: eventKinds.id });
  if (updated.length === 0) throw new NotFound("event kind");
  return findKind(ctx, kindId);
}

export async function removeEventKind(ctx: OrgContext, kindId: string) {
  const kind = await findKind(ctx, kindId);
  if (kind.eventCount > 0) {
    throw new Conflict("errors.eventKindInUse", `${kind.eventCount} events are of this kind`);
  }
  await ctx.db
    .delete(eventKinds)
    .where(and(eq(eventKinds.organizationId, ctx.organizationId), eq(eventKinds.id, kindId)));
  return { ok: true as const };
}
