/**
 * Reminder emails about 24 hours before an event, in each registrant's language, through the outbox.
 *
 * A periodic sweep finds who is due rather than queueing a delayed message at registration: nothing has to be
 * dropped or rescheduled when an event is moved or cancelled, a registration cancelled or a waitlisted person
 * promoted, because the sweep reads the registrations and events as they are when the reminder falls due (and
 * writes the title, time and place as they are then). `event_reminders` is unique per registration and event
 * start, so parallel sweeps queue each reminder exactly once, and a moved event is announced again for its new
 * start.
 */
import { and, asc, eq, gt, isNotNull, lte, notExists, sql } from "drizzle-orm";
import { pickLocale } from "../../../shared/localized-text.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import type { Clock } from "../../http/context.ts";
import { translate } from "../../i18n.ts";
import { enqueueMail } from "../../mail/mail.service.ts";
import { periodicTask } from "../../periodic-task.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { people } from "../people/people.tables.ts";
import { placeOf } from "./events.ical.service.ts";
import { eventReminders } from "./events.reminders.tables.ts";
import { eventTimeAndPlaceColumns } from "./events.service.ts";
import { eventRegistrations, events } from "./events.tables.ts";

export const reminderLeadMs = 24 * 3_600_000;

export type ReminderSweepContext = { db: Db; clock: Clock; config: Config };

const dueColumns = {
  registrationId: eventRegistrations.id,
  organizationId: eventRegistrations.organizationId,
  locale: eventRegistrations.locale,
  fullName: people.fullName,
  email: people.email,
  organizationLocale: organizations.defaultLocale,
  eventId: events.id,
  isPublic: events.isPublic,
  ...eventTimeAndPlaceColumns,
};

type DueReminder = Awaited<ReturnType<typeof findDueReminders>>[number];

/**
 * Queues the reminders that are due now: registered people (with an email) of scheduled events starting within
 * 24 hours, who registered before the reminder moment (a later registrant has just had the confirmation) and
 * have not been reminded of this start yet. Returns the registrations reminded.
 */
export async function queueDueEventReminders(sweep: ReminderSweepContext, batchSize = 200) {
  const reminded: string[] = [];
  for (;;) {
    const batch = await sweep.db.transaction(async (tx) => {
      const due = await findDueReminders(tx as Db, sweep.clock(), batchSize);
      if (due.length === 0) return { found: 0, queued: [] };
      // A sweep running in parallel inserts the same keys: the unique constraint lets only one of them through.
      const claimed = await tx
        .insert(eventReminders)
        .values(
          due.map((row) => ({
            organizationId: row.organizationId,
            registrationId: row.registrationId,
            eventStartsAt: row.startsAt,
          })),
        )
        .onConflictDoNothing()
        .returning({ registrationId: eventReminders.registrationId });
      const claimedIds = new Set(claimed.map((row) => row.registrationId));
      const queued = due.filter((row) => claimedIds.has(row.registrationId));
      for (const row of queued) await queueReminderMail(tx as Db, sweep.config, row);
      return { found: due.length, queued: queued.map((row) => row.registrationId) };
    });
    reminded.push(...batch.queued);
    if (batch.found < batchSize) return reminded;
  }
}

function findDueReminders(db: Db, now: Date, limit: number) {
  const reminderMoment = sql`${events.startsAt} - make_interval(secs => ${reminderLeadMs / 1000})`;
  return db
    .select(dueColumns)
    .from(eventRegistrations)
    .innerJoin(
      events,
      and(eq(events.id, eventRegistrations.eventId), eq(events.organizationId, eventRegistrations.organizationId)),
    )
    .innerJoin(
      people,
      and(eq(people.id, eventRegistrations.personId), eq(people.organizationId, eventRegistrations.organizationId)),
    )
    .innerJoin(organizations, eq(organizations.id, eventRegistrations.organizationId))
    .where(
      and(
        eq(eventRegistrations.status, "registered"),
        eq(events.status, "scheduled"),
        gt(events.startsAt, now),
        lte(reminderMoment, now),
        lte(eventRegistrations.registeredAt, reminderMoment),
        isNotNull(people.email),
        notExists(
          db
            .select({ one: sql`1` })
            .from(eventReminders)
            .where(
              and(
                eq(eventReminders.registrationId, eventRegistrations.id),
                eq(eventReminders.eventStartsAt, events.startsAt),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(events.startsAt), asc(eventRegistrations.id))
    .limit(limit);
}

async function queueReminderMail(db: Db, config: Config, row: DueReminder) {
  const { locale, organizationLocale } = row;
  const values = {
    name: row.fullName,
    event: pickLocale(row.title, locale, organizationLocale),
    when: new Intl.DateTimeFormat(locale, {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: row.timeZone,
    }).formatRange(row.startsAt, row.endsAt),
    timeZone: row.timeZone,
  };
  const place = placeOf(row, locale);
  const lines = [
    translate(locale, "mail.event.reminder.body", values),
    place && translate(locale, "mail.event.reminder.place", { place }),
    row.onlineUrl && translate(locale, "mail.event.reminder.online", { url: row.onlineUrl }),
    row.isPublic &&
      translate(locale, "mail.event.reminder.calendar", {
        link: new URL(`/api/public/events/${row.eventId}.ics?lang=${locale}`, config.baseUrl).toString(),
      }),
  ];
  await enqueueMail(db, {
    organizationId: row.organizationId,
    // The query leaves out people without an email.
    recipient: row.email as string,
    locale,
    kind: "event.reminder",
    subject: translate(locale, "mail.event.reminder.subject", values),
    body: lines.filter(Boolean).join("\n\n"),
  });
}

/** Runs the sweep every `intervalMs` (a pass never overlaps the previous one); errors are logged, not thrown. */
export function createEventReminderSweep(
  sweep: ReminderSweepContext & { intervalMs?: number; log?: (message: string) => void },
) {
  const { intervalMs = 60_000, log = console.error } = sweep;
  return periodicTask("Event reminders", () => queueDueEventReminders(sweep), intervalMs, log);
}
