/**
 * Registering for events: by staff, by signed-in users and by public visitors; seats first, then the waitlist;
 * a cancellation frees its seat for the oldest waitlisted person in the same transaction.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Clock, OrgContext, SessionUser } from "../../http/context.ts";
import { Conflict, invalidField, NotFound } from "../../http/errors.ts";
import { memberships, organizations } from "../organizations/organizations.tables.ts";
import { people } from "../people/people.tables.ts";
import { searchKeyOf } from "../people/search-key.ts";
import { cancelLink, newCancelToken, queueRegistrantNotice, tokenMatches } from "./events.mail.ts";
import { lockEvent } from "./events.service.ts";
import { eventRegistrations, events } from "./events.tables.ts";

/** What registering needs besides the database: whose organization, its language, links, and the time. */
export type RegistrationScope = { organizationId: string; organizationLocale: string; baseUrl: string; now: Date };

export type PublicContext = { db: Db; clock: Clock; baseUrl: string; user: SessionUser | null };

type EventRow = typeof events.$inferSelect;
type Person = { id: string; fullName: string; email: string | null };

export function scopeOf(ctx: OrgContext): RegistrationScope {
  return {
    organizationId: ctx.organizationId,
    organizationLocale: ctx.organization.defaultLocale,
    baseUrl: ctx.config.baseUrl,
    now: ctx.clock(),
  };
}

function refuseClosedEvent(event: EventRow, now: Date) {
  if (event.status === "cancelled") throw new Conflict("errors.eventCancelled", "This event is cancelled");
  if (event.startsAt <= now) throw new Conflict("errors.eventPast", "This event has already started");
  if (event.registration === "none")
    throw new Conflict("errors.registrationClosed", "This event takes no registrations");
}

/** Call with the event row locked: the count of seats taken cannot change until the transaction ends. */
async function registerLocked(
  db: Db,
  scope: RegistrationScope,
  event: EventRow,
  person: Person,
  locale: string,
  userId: string | null,
) {
  refuseClosedEvent(event, scope.now);
  const [existing] = await db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, event.id),
        eq(eventRegistrations.personId, person.id),
        inArray(eventRegistrations.status, ["registered", "waitlisted"]),
      ),
    );
  if (existing) throw new Conflict("errors.alreadyRegistered", "Already registered for this event");
  const taken = await registeredCount(db, event.id);
  const status: "registered" | "waitlisted" =
    event.capacity === null || taken < event.capacity ? "registered" : "waitlisted";
  const { token, hash } = newCancelToken();
  const [row] = await db
    .insert(eventRegistrations)
    .values({
      organizationId: event.organizationId,
      eventId: event.id,
      personId: person.id,
      userId,
      status,
      locale,
      cancelTokenHash: hash,
      // The wall clock at insert (not the transaction's start) keeps the waitlist in the order the lock was won.
      registeredAt: sql`clock_timestamp()`,
    })
    .returning({ id: eventRegistrations.id });
  await queueRegistrantNotice(
    db,
    event,
    { registrationId: row.id, fullName: person.fullName, email: person.email, locale },
    status,
    scope.organizationLocale,
    cancelLink(scope.baseUrl, row.id, token),
  );
  return { id: row.id, status, waitlistPosition: status === "waitlisted" ? await waitlistPosition(db, row.id) : null };
}

async function registeredCount(db: Db, eventId: string) {
  const [{ taken }] = await db
    .select({ taken: sql<number>`count(*)`.mapWith(Number) })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")));
  return taken;
}

const waitlistOrder = [asc(eventRegistrations.registeredAt), asc(eventRegistrations.id)];

async function waitlistPosition(db: Db, registrationId: string) {
  const [row] = await db
    .select({ position: sql<number>`count(*)`.mapWith(Number) })
    .from(eventRegistrations)
    .innerJoin(
      sql`${eventRegistrations} as mine`,
      sql`mine.id = ${registrationId} and mine.event_id = ${eventRegistrations.eventId}`,
    )
    .where(
      and(
        eq(eventRegistrations.status, "waitlisted"),
        sql`(${eventRegistrations.registeredAt}, ${eventRegistrations.id}) <= (mine.registered_at, mine.id)`,
      ),
    );
  return row.position;
}

/**
 * Gives free seats to the oldest waitlisted people, each with a fresh cancellation link in their promotion email.
 * Call with the event row locked.
 */
export async function fillSeatsFromWaitlist(db: Db, scope: RegistrationScope | OrgContext, eventId: string) {
  const registrationScope = "config" in scope ? scopeOf(scope) : scope;
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event || event.status === "cancelled") return;
  const free = event.capacity === null ? null : event.capacity - (await registeredCount(db, eventId));
  if (free !== null && free <= 0) return;
  const next = await db
    .select({
      registrationId: eventRegistrations.id,
      locale: eventRegistrations.locale,
      fullName: people.fullName,
      email: people.email,
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "waitlisted")))
    .orderBy(...waitlistOrder)
    .limit(free ?? 1_000_000);
  for (const registrant of next) {
    const { token, hash } = newCancelToken();
    await db
      .update(eventRegistrations)
      .set({ status: "registered", cancelTokenHash: hash })
      .where(eq(eventRegistrations.id, registrant.registrationId));
    await queueRegistrantNotice(
      db,
      event,
      registrant,
      "promoted",
      registrationScope.organizationLocale,
      cancelLink(registrationScope.baseUrl, registrant.registrationId, token),
    );
  }
}

async function cancelRegistrationLocked(db: Db, scope: RegistrationScope, registration: RegistrationRow) {
  if (registration.status === "cancelled") return;
  await db
    .update(eventRegistrations)
    .set({ status: "cancelled", cancelledAt: scope.now })
    .where(eq(eventRegistrations.id, registration.id));
  if (registration.status === "registered") await fillSeatsFromWaitlist(db, scope, registration.eventId);
}

type RegistrationRow = typeof eventRegistrations.$inferSelect;

async function findRegistration(db: Db, registrationId: string, organizationId?: string) {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.id, registrationId),
        organizationId ? eq(eventRegistrations.organizationId, organizationId) : undefined,
      ),
    );
  return row;
}

/** Locks the event first, then reads the registration again: its status may have changed while we waited. */
async function cancelWithLock(db: Db, scope: RegistrationScope, registration: RegistrationRow) {
  await db.transaction(async (tx) => {
    await lockEvent(tx as Db, registration.organizationId, registration.eventId);
    const current = await findRegistration(tx as Db, registration.id);
    await cancelRegistrationLocked(tx as Db, scope, current);
  });
}

// Staff

export async function listRegistrations(ctx: OrgContext, eventId: string) {
  const [event] = await ctx.db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.organizationId, ctx.organizationId), eq(events.id, eventId)));
  if (!event) throw new NotFound("event");
  return findRegistrations(
    ctx.db,
    and(eq(eventRegistrations.organizationId, ctx.organizationId), eq(eventRegistrations.eventId, eventId)),
  );
}

async function findRegistrations(db: Db, where: ReturnType<typeof and>) {
  const rows = await db
    .select({
      id: eventRegistrations.id,
      eventId: eventRegistrations.eventId,
      personId: eventRegistrations.personId,
      fullName: people.fullName,
      email: people.email,
      status: eventRegistrations.status,
      locale: eventRegistrations.locale,
      registeredAt: eventRegistrations.registeredAt,
      cancelledAt: eventRegistrations.cancelledAt,
      waitlistPosition: sql<
        number | null
      >`case when ${eventRegistrations.status} = 'waitlisted' then row_number() over (partition by ${eventRegistrations.eventId}, ${eventRegistrations.status} order by ${eventRegistrations.registeredAt}, ${eventRegistrations.id}) end`.mapWith(
        (value) => (value === null ? null : Number(value)),
      ),
    })
    .from(eventRegistrations)
    .innerJoin(people, eq(people.id, eventRegistrations.personId))
    .where(where)
    .orderBy(
      sql`case ${eventRegistrations.status} when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
      ...waitlistOrder,
    );
  return rows.map((row) => ({
    ...row,
    registeredAt: row.registeredAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  }));
}

/** One registration as staff see it; its waitlist position is counted among its event's registrations. */
async function registrationById(db: Db, organizationId: string, registrationId: string) {
  const registration = await findRegistration(db, registrationId, organizationId);
  if (!registration) throw new NotFound("registration");
  const all = await findRegistrations(
    db,
    and(eq(eventRegistrations.organizationId, organizationId), eq(eventRegistrations.eventId, registration.eventId)),
  );
  return all.find((row) => row.id === registrationId) as (typeof all)[number];
}

/** Staff register a person of the organization; invite-only events take registrations only this way. */
export async function registerPerson(ctx: OrgContext, eventId: string, input: { personId: string; locale?: string }) {
  const [person] = await ctx.db
    .select({ id: people.id, fullName: people.fullName, email: people.email, locale: people.locale })
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, input.personId)));
  if (!person) throw invalidField("json.personId", "errors.notFound", "No such person in this organization");
  const locale = input.locale ?? person.locale ?? ctx.organization.defaultLocale;
  const { id } = await ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx as Db, ctx.organizationId, eventId);
    return registerLocked(tx as Db, scopeOf(ctx), event, person, locale, null);
  });
  return registrationById(ctx.db, ctx.organizationId, id);
}

export async function cancelRegistrationAsStaff(ctx: OrgContext, registrationId: string) {
  const registration = await findRegistration(ctx.db, registrationId, ctx.organizationId);
  if (!registration) throw new NotFound("registration");
  await cancelWithLock(ctx.db, scopeOf(ctx), registration);
  return registrationById(ctx.db, ctx.organizationId, registrationId);
}

// Public and signed-in registrants

async function publicScope(pub: PublicContext, organizationId: string): Promise<RegistrationScope> {
  const [organization] = await pub.db
    .select({ defaultLocale: organizations.defaultLocale })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return { organizationId, organizationLocale: organization.defaultLocale, baseUrl: pub.baseUrl, now: pub.clock() };
}

/** A public event, or any event of an organization the signed-in user belongs to; anything else is not found. */
async function findRegistrableEvent(pub: PublicContext, eventId: string) {
  const [event] = await pub.db.select().from(events).where(eq(events.id, eventId));
  if (!event) throw new NotFound("event");
  if (event.isPublic) return event;
  const [membership] = pub.user
    ? await pub.db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organizationId, event.organizationId), eq(memberships.userId, pub.user.id)))
    : [];
  if (!membership) throw new NotFound("event");
  return event;
}

/** Finds the organization's person with this email (any letter case), or records a new one. */
async function personByEmail(db: Db, organizationId: string, fullName: string, email: string, locale: string) {
  const normalized = email.trim().toLowerCase();
  const lookup = () =>
    db
      .select({ id: people.id, fullName: people.fullName, email: people.email })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), sql`lower(${people.email}) = ${normalized}`))
      .limit(1);
  const [known] = await lookup();
  if (known) return known;
  await db
    .insert(people)
    .values({ organizationId, fullName, email: normalized, locale, searchKey: searchKeyOf(fullName, normalized) })
    .onConflictDoNothing({ target: [people.organizationId, people.email] });
  const [created] = await lookup();
  return created;
}

export async function registerPublicly(
  pub: PublicContext,
  eventId: string,
  input: { fullName?: string; email?: string; locale: string },
) {
  const found = await findRegistrableEvent(pub, eventId);
  const fullName = input.fullName ?? pub.user?.name;
  const email = input.email ?? pub.user?.email;
  if (!fullName) throw invalidField("json.fullName", "errors.required", "Give your name");
  if (!email) throw invalidField("json.email", "errors.required", "Give your email");
  if (found.registration === "invite_only") {
    throw new Conflict("errors.eventInviteOnly", "This event takes registrations by invitation only");
  }
  const scope = await publicScope(pub, found.organizationId);
  return pub.db.transaction(async (tx) => {
    const db = tx as Db;
    const event = await lockEvent(db, found.organizationId, eventId);
    refuseClosedEvent(event, scope.now);
    const person = await personByEmail(db, event.organizationId, fullName, email, input.locale);
    return registerLocked(db, scope, event, person, input.locale, pub.user?.id ?? null);
  });
}

export async function cancelMyRegistration(pub: PublicContext & { user: SessionUser }, registrationId: string) {
  const registration = await findRegistration(pub.db, registrationId);
  if (!registration || registration.userId !== pub.user.id) throw new NotFound("registration");
  await cancelWithLock(pub.db, await publicScope(pub, registration.organizationId), registration);
  return registrationSummary(pub.db, registrationId);
}

async function registrationWithToken(pub: PublicContext, registrationId: string, token: string) {
  const registration = await findRegistration(pub.db, registrationId);
  // A wrong token looks exactly like a missing registration.
  if (!registration || !tokenMatches(token, registration.cancelTokenHash)) throw new NotFound("registration");
  return registration;
}

export async function viewRegistrationByToken(pub: PublicContext, registrationId: string, token: string) {
  await registrationWithToken(pub, registrationId, token);
  return registrationSummary(pub.db, registrationId);
}

export async function cancelRegistrationByToken(pub: PublicContext, registrationId: string, token: string) {
  const registration = await registrationWithToken(pub, registrationId, token);
  await cancelWithLock(pub.db, await publicScope(pub, registration.organizationId), registration);
  return registrationSummary(pub.db, registrationId);
}

async function registrationSummary(db: Db, registrationId: string) {
  const [row] = await db
    .select({
      status: eventRegistrations.status,
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      slug: organizations.slug,
      name: organizations.name,
      defaultLocale: organizations.defaultLocale,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(organizations, eq(organizations.id, events.organizationId))
    .where(eq(eventRegistrations.id, registrationId));
  const { status, slug, name, defaultLocale, ...event } = row;
  return {
    status,
    event: {
      ...event,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      organization: { slug, name, defaultLocale },
    },
  };
}
