/**
 * iCalendar (RFC 5545) files for calendar clients: one public event, an organization's public calendar and a
 * cohort's private feed behind a secret token. Written with ical.js (folding by UTF-8 octets, escaping of
 * commas, semicolons and newlines); each time zone comes with its VTIMEZONE from timezones-ical-library.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, asc, eq, gte, type SQL } from "drizzle-orm";
import ICAL from "ical.js";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { pickLocale } from "../../../shared/localized-text.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { Clock, OrgContext } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { cohorts } from "../programs/programs.tables.ts";
import { calendarFeedTokens } from "./events.ical.tables.ts";
import { eventTimeAndPlaceColumns } from "./events.service.ts";
import { events } from "./events.tables.ts";

// ical.js folds after this many octets and then starts the next line with a space: 74 keeps every line within
// RFC 5545's 75 octets.
ICAL.foldLength = 74;

/** Feeds need no sign-in: the database, the clock (for the window) and the public origin (for UIDs). */
export type FeedContext = { db: Db; clock: Clock; config: Config };

/** A calendar file and how to offer it for download. */
export type IcsFile = { body: string; disposition: string };

/** Feeds show what is coming and what happened in the last 90 days, so a subscriber's recent past stays. */
const pastWindowMs = 90 * 24 * 3_600_000;

const eventColumns = {
  ...eventTimeAndPlaceColumns,
  id: events.id,
  description: events.description,
  status: events.status,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
};

type CalendarEvent = Pick<typeof events.$inferSelect, keyof typeof eventColumns>;

/** The language of the texts: the one asked for, else the organization's own (then any the text has). */
type Language = { locale: string; organizationLocale: string };

function languageOf(lang: string | undefined, organizationLocale: string): Language {
  return { locale: lang ?? organizationLocale, organizationLocale };
}

// ——— Public files ———

/** One public event as a calendar file; a private or unknown event does not exist here. */
export async function publicEventIcs(feed: FeedContext, input: { eventId: string; lang?: string }): Promise<IcsFile> {
  const [row] = await feed.db
    .select({ event: eventColumns, organizationLocale: organizations.defaultLocale })
    .from(events)
    .innerJoin(organizations, eq(organizations.id, events.organizationId))
    .where(and(eq(events.id, input.eventId), eq(events.isPublic, true)));
  if (!row) throw new NotFound("event");
  const language = languageOf(input.lang, row.organizationLocale);
  const title = pickLocale(row.event.title, language.locale, language.organizationLocale);
  return {
    body: writeCalendar(feed.config, language, title, [row.event]),
    disposition: attachmentDisposition(`${title}.ics`, "event"),
  };
}

/** The organization's public events, upcoming and of the last 90 days, cancelled ones marked so. */
export async function organizationFeedIcs(feed: FeedContext, input: { slug: string; lang?: string }): Promise<IcsFile> {
  const [organization] = await feed.db
    .select({ id: organizations.id, name: organizations.name, defaultLocale: organizations.defaultLocale })
    .from(organizations)
    .where(eq(organizations.slug, input.slug));
  if (!organization) throw new NotFound("organization");
  const rows = await feedEvents(feed, organization.id, eq(events.isPublic, true));
  const language = languageOf(input.lang, organization.defaultLocale);
  const name = pickLocale(organization.name, language.locale, language.organizationLocale);
  return {
    body: writeCalendar(feed.config, language, name, rows),
    disposition: attachmentDisposition(`${input.slug}.ics`, "events"),
  };
}

/** A cohort's events, public or not, for whoever holds the cohort's feed token; a wrong token is a 404. */
export async function cohortFeedIcs(
  feed: FeedContext,
  input: { cohortId: string; token: string; lang?: string },
): Promise<IcsFile> {
  const [cohort] = await feed.db
    .select({
      organizationId: cohorts.organizationId,
      name: cohorts.name,
      token: calendarFeedTokens.token,
      organizationLocale: organizations.defaultLocale,
    })
    .from(calendarFeedTokens)
    .innerJoin(cohorts, eq(cohorts.id, calendarFeedTokens.cohortId))
    .innerJoin(organizations, eq(organizations.id, cohorts.organizationId))
    .where(eq(calendarFeedTokens.cohortId, input.cohortId));
  if (!cohort || !sameSecret(cohort.token, input.token)) throw new NotFound("calendar");
  const rows = await feedEvents(feed, cohort.organizationId, eq(events.cohortId, input.cohortId));
  const language = languageOf(input.lang, cohort.organizationLocale);
  const name = pickLocale(cohort.name, language.locale, language.organizationLocale);
  return {
    body: writeCalendar(feed.config, language, name, rows),
    disposition: attachmentDisposition(`${name}.ics`, "cohort"),
  };
}

/** The organization's events that `which` picks, from the start of the feed's window on, in calendar order. */
function feedEvents(feed: FeedContext, organizationId: string, which: SQL) {
  return feed.db
    .select(eventColumns)
    .from(events)
    .where(and(eq(events.organizationId, organizationId), which, gte(events.endsAt, windowStart(feed.clock))))
    .orderBy(asc(events.startsAt), asc(events.id));
}

function windowStart(clock: Clock) {
  return new Date(clock().getTime() - pastWindowMs);
}

/** Compares digests of equal length in constant time, so response timing tells nothing about the token. */
function sameSecret(expected: string, given: string) {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

// ——— Staff: the cohort's feed address ———

/** The cohort's private feed address; the first request creates its token. */
export async function cohortCalendarFeed(ctx: OrgContext, cohortId: string) {
  await requireCohort(ctx, cohortId);
  await ctx.db
    .insert(calendarFeedTokens)
    .values({ organizationId: ctx.organizationId, cohortId, token: newToken(), rotatedAt: ctx.clock() })
    .onConflictDoNothing();
  return feedAddress(ctx, cohortId);
}

/** A new token: every calendar subscribed with the old address stops receiving the cohort's events. */
export async function rotateCohortCalendarFeed(ctx: OrgContext, cohortId: string) {
  await requireCohort(ctx, cohortId);
  const values = { organizationId: ctx.organizationId, cohortId, token: newToken(), rotatedAt: ctx.clock() };
  await ctx.db
    .insert(calendarFeedTokens)
    .values(values)
    .onConflictDoUpdate({
      target: [calendarFeedTokens.organizationId, calendarFeedTokens.cohortId],
      set: { token: values.token, rotatedAt: values.rotatedAt },
    });
  return feedAddress(ctx, cohortId);
}

async function requireCohort(ctx: OrgContext, cohortId: string) {
  const [cohort] = await ctx.db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)));
  if (!cohort) throw new NotFound("cohort");
}

async function feedAddress(ctx: OrgContext, cohortId: string) {
  const [row] = await ctx.db
    .select({ token: calendarFeedTokens.token, rotatedAt: calendarFeedTokens.rotatedAt })
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.organizationId, ctx.organizationId), eq(calendarFeedTokens.cohortId, cohortId)));
  const url = new URL(`/api/public/cohorts/${cohortId}/events.ics`, ctx.config.baseUrl);
  url.searchParams.set("token", row.token);
  return { cohortId, url: url.toString(), rotatedAt: row.rotatedAt.toISOString() };
}

/** 256 random bits, URL-safe. */
function newToken() {
  return randomBytes(32).toString("base64url");
}

// ——— Writing iCalendar ———

function writeCalendar(config: Config, language: Language, name: string, rows: CalendarEvent[]) {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//Civic Hub//Events//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addProperty(textProperty("x-wr-calname", name));
  // Subscribed clients poll at this pace (Apple and Outlook read the first, RFC 7986 clients the second).
  calendar.addPropertyWithValue("x-published-ttl", "PT1H");
  calendar.addProperty(refreshInterval());
  const zones = new Map<string, ICAL.Timezone | null>();
  for (const row of rows) {
    if (!zones.has(row.timeZone)) zones.set(row.timeZone, vtimezone(row.timeZone));
  }
  for (const zone of zones.values()) if (zone) calendar.addSubcomponent(zone.component);
  const host = new URL(config.baseUrl).hostname;
  for (const row of rows) calendar.addSubcomponent(vevent(row, zones.get(row.timeZone) ?? null, host, language));
  return calendar.toString();
}

/** ical.js writes properties it does not know (X-…) unescaped unless told their value is TEXT. */
function textProperty(name: string, value: string) {
  const property = new ICAL.Property(name);
  property.resetType("text");
  property.setValue(value);
  return property;
}

function refreshInterval() {
  const property = new ICAL.Property("refresh-interval");
  property.resetType("duration");
  property.setValue(ICAL.Duration.fromString("PT1H"));
  return property;
}

/**
 * One occurrence is one VEVENT with the event's own id as UID: a series' occurrences are stored rows that are
 * moved, retitled and cancelled one by one, so each carries its own times and status rather than a rule.
 */
function vevent(row: CalendarEvent, zone: ICAL.Timezone | null, host: string, language: Language) {
  const component = new ICAL.Component("vevent");
  const event = new ICAL.Event(component);
  const { locale, organizationLocale } = language;
  event.uid = `${row.id}@${host}`;
  component.addPropertyWithValue("dtstamp", utc(row.updatedAt));
  component.addPropertyWithValue("created", utc(row.createdAt));
  component.addPropertyWithValue("last-modified", utc(row.updatedAt));
  event.startDate = inZone(row.startsAt, zone);
  event.endDate = inZone(row.endsAt, zone);
  // Grows with every update, so clients replace their copy: seconds (begun) from creation to the last change.
  event.sequence = Math.max(0, Math.ceil((row.updatedAt.getTime() - row.createdAt.getTime()) / 1000));
  event.summary = pickLocale(row.title, locale, organizationLocale);
  const description = pickLocale(row.description, locale, organizationLocale);
  if (description) event.description = description;
  const place = placeOf(row, locale);
  if (place) event.location = place;
  else if (row.onlineUrl) event.location = row.onlineUrl;
  if (row.onlineUrl) component.addPropertyWithValue("url", row.onlineUrl);
  component.addPropertyWithValue("status", row.status === "cancelled" ? "CANCELLED" : "CONFIRMED");
  return component;
}

/** Venue, city and country (named in the reader's language), as a calendar or an email shows the place. */
export function placeOf(row: Pick<CalendarEvent, "venueName" | "city" | "country">, locale: string) {
  const country = row.country ? new Intl.DisplayNames([locale], { type: "region" }).of(row.country) : null;
  return [row.venueName, row.city, country].filter(Boolean).join(", ");
}

function utc(date: Date) {
  return ICAL.Time.fromJSDate(date, true);
}

/** The instant as wall time in the zone, computed from the same VTIMEZONE the client will read back. */
function inZone(date: Date, zone: ICAL.Timezone | null) {
  return zone ? utc(date).convertToZone(zone) : utc(date);
}

/** The zone's VTIMEZONE, or null for UTC and zones the library does not know (times are then written in UTC). */
function vtimezone(timeZone: string): ICAL.Timezone | null {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  const block = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(block)) return null;
  return new ICAL.Timezone(new ICAL.Component(ICAL.parse(block[0])));
}
