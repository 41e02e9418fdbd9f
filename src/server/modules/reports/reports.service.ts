/**
 * Results of a period, computed from the records each time (never from stored totals), one SQL query per figure.
 * A network's results aggregate over its member organizations: only counts leave an organization, never names.
 */
import { type CalendarDate, fromDate, parseDate, toCalendarDate, toZoned } from "@internationalized/date";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import type { OrgContext } from "../../http/context.ts";
import { invalidField, NotFound } from "../../http/errors.ts";
import { eventKinds } from "../events/events.tables.ts";
import { networkMemberships } from "../organizations/organizations.tables.ts";
import { programs } from "../programs/programs.tables.ts";
import type { Results, ResultsQuery } from "./reports.schemas.ts";

/** Whose records and which instants a results query covers. */
export type ResultsScope = {
  /** The period's first and last day (yyyy-mm-dd). */
  from: string;
  to: string;
  organizationIds: string[];
  /** The organization asking, whose unpublished courses are its own to see. */
  viewerOrganizationId: string;
  programId: string | null;
  networkId: string | null;
  /** The period's first instant (included) and the instant after its last day (excluded). */
  startsAt: string;
  endsBefore: string;
};

type Rows<T> = { rows: T[] };

async function rowsOf<T>(ctx: OrgContext, query: SQL) {
  return ((await ctx.db.execute(query)) as unknown as Rows<T>).rows;
}

/** Midnight at the start of `day` in `timeZone`, as an ISO instant. */
function startOfDay(day: CalendarDate, timeZone: string) {
  return toZoned(day, timeZone).toAbsoluteString();
}

/** The query's days, by default this year (of `from`, else of today in the organization's time zone). */
export function periodOf(ctx: OrgContext, query: ResultsQuery) {
  const today = toCalendarDate(fromDate(ctx.clock(), ctx.organization.timeZone));
  const from = query.from ? parseDate(query.from) : today.set({ month: 1, day: 1 });
  const to = query.to ? parseDate(query.to) : from.set({ month: 12, day: 31 });
  if (to.compare(from) < 0)
    throw invalidField("query.to", "errors.endsBeforeStart", "The period ends before it starts");
  return { from: from.toString(), to: to.toString() };
}

/** The organizations and instants of the query; another organization's program or network is a 404. */
export async function resolveScope(ctx: OrgContext, query: ResultsQuery): Promise<ResultsScope> {
  const timeZone = ctx.organization.timeZone;
  const { from, to } = periodOf(ctx, query);
  const period = {
    from,
    to,
    startsAt: startOfDay(parseDate(from), timeZone),
    endsBefore: startOfDay(parseDate(to).add({ days: 1 }), timeZone),
  };
  if (query.programId) {
    const [program] = await ctx.db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.organizationId, ctx.organizationId), eq(programs.id, query.programId)));
    if (!program) throw new NotFound("program");
  }
  const organizationIds = query.networkId ? await networkMembers(ctx, query.networkId) : [ctx.organizationId];
  return {
    organizationIds,
    viewerOrganizationId: ctx.organizationId,
    programId: query.programId ?? null,
    networkId: query.networkId ?? null,
    ...period,
  };
}

/** Member organizations of a network this organization belongs to. */
async function networkMembers(ctx: OrgContext, networkId: string) {
  const members = await ctx.db
    .select({ organizationId: networkMemberships.organizationId })
    .from(networkMemberships)
    .where(eq(networkMemberships.networkId, networkId));
  const organizationIds = members.map((member) => member.organizationId);
  if (!organizationIds.includes(ctx.organizationId)) throw new NotFound("network");
  return organizationIds;
}

const inScope = (column: SQL, scope: ResultsScope) =>
  sql`${column} in (${sql.join(
    scope.organizationIds.map((organizationId) => sql`${organizationId}::uuid`),
    sql`, `,
  )})`;

/**
 * Scheduled (not cancelled) events of the scope's organizations starting in the period, by
 * `events_organization_starts_idx` (organization_id, starts_at). Not materialized, so that each use is planned
 * with the events table's statistics. Attendance, headcounts and people are reached through these events only,
 * so they join on their keys alone: repeating the (equal) organization ids there makes the planner misjudge
 * the join sizes by orders of magnitude and pick nested loops over a million rows.
 */
function scopedEvents(scope: ResultsScope, extra: SQL = sql``) {
  return sql`scoped_events as not materialized (
    select e.id, e.kind, e.country, e.course_module_id
    from events e
    where ${inScope(sql`e.organization_id`, scope)}
      and e.starts_at >= ${scope.startsAt}::timestamptz and e.starts_at < ${scope.endsBefore}::timestamptz
      and e.status = 'scheduled'
      ${scope.programId ? sql`and e.program_id = ${scope.programId}::uuid` : sql``}
      ${extra}
  )`;
}

/**
 * Everyone who took part, as counts per event and country: attendance records in the person's own country when
 * known, else the event's venue country; headcounts in their visitors' country when known, else the venue's.
 * Attendance is first counted per event and person country, so the figures group thousands of rows, not millions.
 */
const participantRows = sql`attended as (
    select a.event_id, p.country, count(*)::int as attendees
    from event_attendance a
    join people p on p.id = a.person_id
    where a.event_id in (select id from scoped_events)
    group by a.event_id, p.country
  ),
  participants as (
    select e.kind, e.course_module_id, coalesce(a.country, e.country) as country, a.attendees, 0 as counted
    from scoped_events e
    join attended a on a.event_id = e.id
    union all
    select e.kind, e.course_module_id, coalesce(h.country, e.country), 0, h.count
    from scoped_events e
    join event_headcounts h on h.event_id = e.id
  )`;

type GroupedCount = { level: number; kind: string | null; country: string | null };

/** Events by kind, and by kind and venue country, in one pass. */
async function countEvents(ctx: OrgContext, scope: ResultsScope) {
  const rows = await rowsOf<GroupedCount & { events: number }>(
    ctx,
    sql`with ${scopedEvents(scope)}
      select grouping(kind, country)::int as level, kind, country, count(*)::int as events
      from scoped_events
      group by grouping sets ((kind), (kind, country))
      order by events desc, kind, country nulls last`,
  );
  const byKind = rows.filter((row) => row.level === 1).map((row) => ({ kind: row.kind ?? "", events: row.events }));
  return {
    total: byKind.reduce((sum, row) => sum + row.events, 0),
    byKind,
    byKindAndCountry: rows
      .filter((row) => row.level === 0)
      .map((row) => ({ kind: row.kind ?? "", country: row.country, events: row.events })),
  };
}

type ParticipantCount = GroupedCount & { attendees: number; counted: number };

const noParticipants = { attendees: 0, counted: 0, participants: 0 };

const withTotal = ({ attendees, counted }: ParticipantCount) => ({
  attendees,
  counted,
  participants: attendees + counted,
});

/**
 * Participants (attendance records + headcounts) by kind, by country, by both, and in all, in one pass: the
 * grouping level tells the sets apart (0 kind and country, 1 kind, 2 country, 3 all).
 */
async function countParticipants(ctx: OrgContext, scope: ResultsScope) {
  const rows = await rowsOf<ParticipantCount>(
    ctx,
    sql`with ${scopedEvents(scope)}, ${participantRows}
      select grouping(kind, country)::int as level, kind, country,
        sum(attendees)::int as attendees, sum(counted)::int as counted
      from participants
      group by grouping sets ((kind, country), (kind), (country), ())
      order by sum(attendees) + sum(counted) desc, kind, country nulls last`,
  );
  const at = (level: number) => rows.filter((row) => row.level === level);
  const total = at(3)[0];
  return {
    total: total ? withTotal(total) : noParticipants,
    byKind: at(1).map((row) => ({ kind: row.kind ?? "", ...withTotal(row) })),
    byCountry: at(2).map((row) => ({ country: row.country, ...withTotal(row) })),
    byKindAndCountry: at(0).map((row) => ({ kind: row.kind ?? "", country: row.country, ...withTotal(row) })),
  };
}

/** Distinct people with an attendance record; headcounts are not people. */
async function countUniquePeople(ctx: OrgContext, scope: ResultsScope) {
  const [row] = await rowsOf<{ people: number }>(
    ctx,
    sql`with ${scopedEvents(scope)}
      select count(*)::int as people
      from (select distinct a.person_id from scoped_events e join event_attendance a on a.event_id = e.id) attending`,
  );
  return row?.people ?? 0;
}

/**
 * The scope's courses that had opened (or, without an opening date, existed) before the period ended; of the other
 * organizations of a network only published ones, whose titles are public.
 */
const scopedCourses = (scope: ResultsScope) =>
  sql`${inScope(sql`c.organization_id`, scope)}
    and coalesce(c.opens_at, c.created_at) < ${scope.endsBefore}::timestamptz
    and (c.is_published or c.organization_id = ${scope.viewerOrganizationId}::uuid)
    ${scope.programId ? sql`and c.program_id = ${scope.programId}::uuid` : sql``}`;

/** Per course of the scope: enrollments made and courses completed in the period. */
async function countCourseEnrollments(ctx: OrgContext, scope: ResultsScope) {
  const rows = await rowsOf<{ course_id: string; title: LocalizedText; enrollments: number; completions: number }>(
    ctx,
    sql`select c.id as course_id, c.title,
        count(ce.id) filter (where ce.enrolled_at >= ${scope.startsAt}::timestamptz
          and ce.enrolled_at < ${scope.endsBefore}::timestamptz)::int as enrollments,
        count(ce.id) filter (where ce.completed_at >= ${scope.startsAt}::timestamptz
          and ce.completed_at < ${scope.endsBefore}::timestamptz)::int as completions
      from courses c
      left join course_enrollments ce on ce.course_id = c.id and ce.organization_id = c.organization_id
      where ${scopedCourses(scope)}
      group by c.id
      order by c.created_at, c.id`,
  );
  return rows.map((row) => ({
    courseId: row.course_id,
    title: row.title,
    enrollments: row.enrollments,
    completions: row.completions,
  }));
}

type ModuleRow = {
  course_id: string;
  course_title: LocalizedText;
  module_id: string;
  position: number;
  module_title: LocalizedText;
};

const moduleFields = (row: ModuleRow) => ({
  courseId: row.course_id,
  courseTitle: row.course_title,
  moduleId: row.module_id,
  position: row.position,
  moduleTitle: row.module_title,
});

/** Per module of the scope's courses: modules completed in the period (`module_completions_module_idx`). */
async function countModuleCompletions(ctx: OrgContext, scope: ResultsScope) {
  const rows = await rowsOf<ModuleRow & { completions: number }>(
    ctx,
    sql`select c.id as course_id, c.title as course_title, m.id as module_id, m.position, m.title as module_title,
        count(mc.id)::int as completions
      from courses c
      join course_modules m on m.course_id = c.id and m.organization_id = c.organization_id
      left join module_completions mc on mc.organization_id = m.organization_id and mc.module_id = m.id
        and mc.completed_at >= ${scope.startsAt}::timestamptz and mc.completed_at < ${scope.endsBefore}::timestamptz
      where ${scopedCourses(scope)}
      group by c.id, m.id
      order by c.created_at, c.id, m.position`,
  );
  return rows.map((row) => ({ ...moduleFields(row), completions: row.completions }));
}

/**
 * Per course module delivered by the scope's events (field workshops): events and their participants. The module
 * may belong to another organization's published course, whose titles are public.
 */
async function countWorkshopParticipantsByModule(ctx: OrgContext, scope: ResultsScope) {
  const rows = await rowsOf<ModuleRow & { events: number; attendees: number; counted: number }>(
    ctx,
    sql`with ${scopedEvents(scope, sql`and e.course_module_id is not null`)}, ${participantRows},
      per_module as (
        select course_module_id, sum(attendees)::int as attendees, sum(counted)::int as counted
        from participants group by course_module_id
      ),
      events_per_module as (
        select course_module_id, count(*)::int as events from scoped_events group by course_module_id
      )
      select c.id as course_id, c.title as course_title, m.id as module_id, m.position, m.title as module_title,
        epm.events, coalesce(pm.attendees, 0)::int as attendees, coalesce(pm.counted, 0)::int as counted
      from events_per_module epm
      join course_modules m on m.id = epm.course_module_id
      join courses c on c.id = m.course_id
      left join per_module pm on pm.course_module_id = epm.course_module_id
      order by c.created_at, c.id, m.position`,
  );
  return rows.map((row) => ({
    ...moduleFields(row),
    events: row.events,
    attendees: row.attendees,
    counted: row.counted,
    participants: row.attendees + row.counted,
  }));
}

/** Names of the scope organizations' own kinds (the first organization's name when two share a key). */
async function customKindNames(ctx: OrgContext, scope: ResultsScope) {
  const rows = await ctx.db
    .select({ key: eventKinds.key, name: eventKinds.name })
    .from(eventKinds)
    .where(inArray(eventKinds.organizationId, scope.organizationIds))
    .orderBy(eventKinds.createdAt);
  const names = new Map<string, LocalizedText>();
  for (const row of rows) if (!names.has(row.key)) names.set(row.key, row.name);
  return [...names].map(([key, name]) => ({ key, name }));
}

/** The parts of the results a figure is computed from; a chart needs only its own. */
export const resultParts = [
  "events",
  "participants",
  "uniquePeople",
  "courses",
  "moduleCompletions",
  "workshops",
] as const;
export type ResultPart = (typeof resultParts)[number];

/** Figures of the period for the scope; parts left out of `parts` come back empty, without a query. */
export async function readResults(
  ctx: OrgContext,
  query: ResultsQuery,
  parts: readonly ResultPart[] = resultParts,
): Promise<Results> {
  const scope = await resolveScope(ctx, query);
  const when = <T>(part: ResultPart, count: () => Promise<T>, empty: T) =>
    parts.includes(part) ? count() : Promise.resolve(empty);
  const [events, participants, uniquePeople, courses, moduleCompletions, workshopParticipantsByModule, customKinds] =
    await Promise.all([
      when("events", () => countEvents(ctx, scope), { total: 0, byKind: [], byKindAndCountry: [] }),
      when("participants", () => countParticipants(ctx, scope), {
        total: noParticipants,
        byKind: [],
        byCountry: [],
        byKindAndCountry: [],
      }),
      when("uniquePeople", () => countUniquePeople(ctx, scope), 0),
      when("courses", () => countCourseEnrollments(ctx, scope), []),
      when("moduleCompletions", () => countModuleCompletions(ctx, scope), []),
      when("workshops", () => countWorkshopParticipantsByModule(ctx, scope), []),
      customKindNames(ctx, scope),
    ]);
  return {
    period: { from: scope.from, to: scope.to, timeZone: ctx.organization.timeZone },
    scope: {
      kind: scope.networkId ? "network" : scope.programId ? "program" : "organization",
      programId: scope.programId,
      networkId: scope.networkId,
      organizations: scope.organizationIds.length,
    },
    customKinds,
    events,
    participants,
    uniquePeople,
    courses,
    moduleCompletions,
    workshopParticipantsByModule,
  };
}
