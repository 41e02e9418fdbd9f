/** The public face of events: an organization's calendar of upcoming public events and one event's page. */
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { eventTimeAndPlaceColumns } from "./events.service.ts";
import { eventKinds, events } from "./events.tables.ts";

type PublicReader = { db: Db; clock: Clock };

// The registrations' table is spelled out: drizzle may write a lone table's columns unqualified.
const seatsLeft = sql<
  number | null
>`case when ${events.capacity} is null then null else greatest(0, ${events.capacity} - (select count(*) from event_registrations r where r.event_id = "events"."id" and r.status = 'registered')) end`.mapWith(
  (value) => (value === null ? null : Number(value)),
);

const summaryColumns = {
  id: events.id,
  kind: events.kind,
  kindName: eventKinds.name,
  ...eventTimeAndPlaceColumns,
  registration: events.registration,
  capacity: events.capacity,
  seatsLeft,
  status: events.status,
};

function withIsoTimes<T extends { startsAt: Date; endsAt: Date }>(row: T) {
  return { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() };
}

/**
 * Upcoming public events of one organization, oldest first. One query on the partial index
 * `events_public_starts_idx`; the seats left and the total come along (a correlated count and a window count).
 */
export async function listPublicEvents(
  pub: PublicReader,
  slug: string,
  query: { page: number; pageSize: number; from?: string; to?: string },
) {
  const [organization] = await pub.db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      defaultLocale: organizations.defaultLocale,
      timeZone: organizations.timeZone,
    })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  if (!organization) throw new NotFound("organization");
  const rows = await pub.db
    .select({ ...summaryColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(events)
    .leftJoin(eventKinds, and(eq(eventKinds.organizationId, events.organizationId), eq(eventKinds.key, events.kind)))
    .where(
      and(
        eq(events.organizationId, organization.id),
        eq(events.isPublic, true),
        eq(events.status, "scheduled"),
        gte(events.startsAt, query.from ? new Date(query.from) : pub.clock()),
        query.to ? lt(events.startsAt, new Date(query.to)) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const { id: _, ...shownOrganization } = organization;
  return {
    organization: shownOrganization,
    items: rows.map(({ total: __, ...row }) => withIsoTimes(row)),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getPublicEvent(pub: PublicReader, eventId: string) {
  const [row] = await pub.db
    .select({
      ...summaryColumns,
      description: events.description,
      slug: organizations.slug,
      organizationName: organizations.name,
      defaultLocale: organizations.defaultLocale,
    })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.organizationId))
    .leftJoin(eventKinds, and(eq(eventKinds.organizationId, events.organizationId), eq(eventKinds.key, events.kind)))
    .where(and(eq(events.id, eventId), eq(events.isPublic, true)));
  if (!row) throw new NotFound("event");
  const { slug, organizationName, defaultLocale, ...event } = row;
  return { ...withIsoTimes(event), organization: { slug, name: organizationName, defaultLocale } };
}
