/**
 * Recurring series (the fellowship's weekly meeting): an RFC 5545 rule expanded in the series' time zone, each
 * occurrence materialized as an event that can be changed or cancelled on its own.
 */
import { CalendarDateTime, parseAbsolute, toZoned } from "@internationalized/date";
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import ICAL from "ical.js";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { OrgContext } from "../../http/context.ts";
import { invalidField } from "../../http/errors.ts";
import type { SeriesEditInput, SeriesInput } from "./events.schemas.ts";
import { cancelLockedEvent, checkEventReferences, detailColumns, findEvents, lockEvent } from "./events.service.ts";
import { eventRegistrations, eventSeries, events } from "./events.tables.ts";

export const maxOccurrences = 200;

/** Parts of a rule we expand; others (BYSETPOS, ordinal BYDAY, yearly rules) are refused rather than guessed at. */
const allowedParts = new Set(["FREQ", "INTERVAL", "UNTIL", "COUNT", "BYDAY", "WKST"]);

function refuseRule(code: string, message: string): never {
  throw invalidField("json.rule", code, message);
}

/** Reads an RRULE; UNTIL (a local date or date-time in the series' zone) or COUNT is required. */
function parseRule(rule: string) {
  const text = rule.replace(/^RRULE:/i, "").toUpperCase();
  const parts = new Map(text.split(";").map((part) => part.split("=", 2) as [string, string | undefined]));
  for (const [name, value] of parts) {
    if (!allowedParts.has(name) || !value) refuseRule("errors.invalidRule", `Rule part ${name} is not supported`);
  }
  if (!["DAILY", "WEEKLY"].includes(parts.get("FREQ") ?? "")) {
    refuseRule("errors.invalidRule", "Use FREQ=WEEKLY or FREQ=DAILY");
  }
  if (!/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(parts.get("BYDAY") ?? "MO")) {
    refuseRule("errors.invalidRule", "BYDAY lists weekdays");
  }
  if (!parts.has("UNTIL") && !parts.has("COUNT")) refuseRule("errors.ruleNeedsEnd", "Give UNTIL or COUNT");
  try {
    return ICAL.Recur.fromString(text);
  } catch (error) {
    refuseRule("errors.invalidRule", (error as Error).message);
  }
}

/**
 * The occurrences' start instants. The rule runs on local wall-clock times, and each local time becomes an
 * instant in the zone, so an 18:00 meeting in Asia/Jerusalem stays at 18:00 across the change of daylight time.
 */
export function expandRule(rule: string, firstStartsAt: Date, timeZone: string): Date[] {
  const recur = parseRule(rule);
  const local = parseAbsolute(firstStartsAt.toISOString(), timeZone);
  if (recur.until?.isDate) {
    // A date-only UNTIL includes that whole day.
    recur.until = ICAL.Time.fromData({ ...recur.until.toJSON(), hour: 23, minute: 59, second: 59, isDate: false });
  } else if (recur.until?.zone === ICAL.Timezone.utcTimezone) {
    const until = parseAbsolute(recur.until.toJSDate().toISOString(), timeZone);
    recur.until = ICAL.Time.fromData({ ...until, isDate: false });
  }
  const iterator = recur.iterator(
    ICAL.Time.fromData({
      year: local.year,
      month: local.month,
      day: local.day,
      hour: local.hour,
      minute: local.minute,
      second: local.second,
      isDate: false,
    }),
  );
  const starts: Date[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (starts.length === maxOccurrences) {
      refuseRule("errors.tooManyOccurrences", `A series has at most ${maxOccurrences} occurrences`);
    }
    starts.push(
      toZoned(new CalendarDateTime(next.year, next.month, next.day, next.hour, next.minute), timeZone).toDate(),
    );
  }
  return starts;
}

export async function createSeries(ctx: OrgContext, input: SeriesInput) {
  const { programId } = await checkEventReferences(ctx.db, ctx.organizationId, input);
  const firstStartsAt = new Date(input.startsAt);
  const durationMinutes = Math.round((Date.parse(input.endsAt) - firstStartsAt.getTime()) / 60_000);
  const starts = expandRule(input.rule, firstStartsAt, input.timeZone);
  const seriesId = await ctx.db.transaction(async (tx) => {
    const [series] = await tx
      .insert(eventSeries)
      .values({
        organizationId: ctx.organizationId,
        rule: input.rule.replace(/^RRULE:/i, "").toUpperCase(),
        firstStartsAt,
        durationMinutes,
        timeZone: input.timeZone,
      })
      .returning({ id: eventSeries.id });
    await tx.insert(events).values(
      starts.map((startsAt) => ({
        ...detailColumns(input, programId),
        organizationId: ctx.organizationId,
        seriesId: series.id,
        seriesOccurrence: startsAt,
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000),
        timeZone: input.timeZone,
      })),
    );
    return series.id;
  });
  return getSeries(ctx, seriesId);
}

function findSeries(db: Db, organizationId: string, seriesId: string) {
  return requireOwned(db, organizationId, eventSeries, seriesId, "series");
}

export async function getSeries(ctx: OrgContext, seriesId: string) {
  const series = await findSeries(ctx.db, ctx.organizationId, seriesId);
  const occurrences = await findEvents(ctx.db, ctx.organizationId, eq(events.seriesId, seriesId));
  return {
    id: series.id,
    rule: series.rule,
    timeZone: series.timeZone,
    firstStartsAt: series.firstStartsAt.toISOString(),
    durationMinutes: series.durationMinutes,
    occurrences,
  };
}

/** The occurrence's original local date at the series' new start time, as an instant. */
function rescheduled(occurrence: Date, timeZone: string, startTime: string) {
  const date = parseAbsolute(occurrence.toISOString(), timeZone);
  const [hour, minute] = startTime.split(":").map(Number);
  return toZoned(new CalendarDateTime(date.year, date.month, date.day, hour, minute), timeZone).toDate();
}

/**
 * Changes the whole series: every future occurrence not changed on its own gets the new details, start time and
 * length. Past occurrences keep what happened; a capacity below an occurrence's registrations refuses the edit whole.
 */
export async function editSeries(ctx: OrgContext, seriesId: string, input: SeriesEditInput) {
  const { programId } = await checkEventReferences(ctx.db, ctx.organizationId, input);
  await ctx.db.transaction(async (tx) => {
    const series = await findSeries(tx as Db, ctx.organizationId, seriesId);
    await tx.update(eventSeries).set({ durationMinutes: input.durationMinutes }).where(eq(eventSeries.id, seriesId));
    const upcoming = await tx
      .select({ id: events.id, seriesOccurrence: events.seriesOccurrence })
      .from(events)
      .where(
        and(
          eq(events.organizationId, ctx.organizationId),
          eq(events.seriesId, seriesId),
          eq(events.detachedFromSeries, false),
          gt(events.startsAt, ctx.clock()),
        ),
      )
      .orderBy(asc(events.startsAt));
    const details = detailColumns(input, programId);
    for (const occurrence of upcoming) {
      const startsAt = rescheduled(occurrence.seriesOccurrence as Date, series.timeZone, input.startTime);
      await tx
        .update(events)
        .set({ ...details, startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) })
        .where(eq(events.id, occurrence.id));
    }
  });
  return getSeries(ctx, seriesId);
}

/**
 * Ends a series from now on: future occurrences nobody registered for are deleted; those with registrants are
 * cancelled instead, so the registrants are told.
 */
export async function endSeries(ctx: OrgContext, seriesId: string) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await findSeries(db, ctx.organizationId, seriesId);
    const future = await db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          eq(events.organizationId, ctx.organizationId),
          eq(events.seriesId, seriesId),
          gt(events.startsAt, ctx.clock()),
        ),
      );
    const withRegistrants = new Set(
      (
        await db
          .selectDistinct({ eventId: eventRegistrations.eventId })
          .from(eventRegistrations)
          .where(
            and(
              inArray(
                eventRegistrations.eventId,
                future.map((event) => event.id),
              ),
              inArray(eventRegistrations.status, ["registered", "waitlisted"]),
            ),
          )
      ).map((row) => row.eventId),
    );
    const toDelete = future.filter((event) => !withRegistrants.has(event.id)).map((event) => event.id);
    if (toDelete.length > 0) await db.delete(events).where(inArray(events.id, toDelete));
    let cancelled = 0;
    for (const eventId of withRegistrants) {
      const event = await lockEvent(db, ctx.organizationId, eventId);
      if (event.status === "cancelled") continue;
      await cancelLockedEvent(db, ctx.organization.defaultLocale, event);
      cancelled++;
    }
    return { deleted: toDelete.length, cancelled };
  });
}
