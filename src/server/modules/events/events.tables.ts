/** Events (one-off or occurrences of a weekly series), registrations with a waitlist, attendance, headcounts, hour logs. */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "../../auth/auth.tables.ts";
import { createdAt, id, localizedText, updatedAt } from "../../db/columns.ts";
import { courseModules } from "../learning/learning.tables.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { people } from "../people/people.tables.ts";
import { cohorts, enrollments, programs } from "../programs/programs.tables.ts";

/** Kinds every organization has; an organization adds its own in `event_kinds`. */
export const builtInEventKinds = [
  "seminar",
  "workshop",
  "field_workshop",
  "festival",
  "webinar",
  "networking",
  "conference",
  "study_circle_meeting",
  "exchange_visit",
  "study_visit",
  "internship",
  "self_reflection_meeting",
  "community_visit",
  "weekly_meeting",
  "closing_event",
] as const;
export const sectors = ["civil_society", "government", "private_sector", "media", "academia"] as const;
export const registrationModes = ["open", "invite_only", "none"] as const;
export const eventStatuses = ["scheduled", "cancelled"] as const;
export const registrationStatuses = ["registered", "waitlisted", "cancelled"] as const;
export const attendanceSources = ["check_in", "walk_in", "bulk", "import"] as const;
export type Sector = (typeof sectors)[number];
export type RegistrationMode = (typeof registrationModes)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type RegistrationStatus = (typeof registrationStatuses)[number];
export type AttendanceSource = (typeof attendanceSources)[number];

/** An organization's own kinds beyond the built-in ones, named in each language. */
export const eventKinds = pgTable(
  "event_kinds",
  {
    id: id(),
    organizationId: organizationRef(),
    key: text("key").notNull(),
    name: localizedText("name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique("event_kinds_one_per_key").on(table.organizationId, table.key),
    check("event_kinds_key_format", sql`${table.key} ~ '^[a-z][a-z0-9_]{1,40}$'`),
  ],
);

/**
 * A recurring series (the fellowship's weekly meeting, November to July). Its occurrences are rows of
 * `events` so each can be moved, changed or cancelled on its own; `rule` is an RFC 5545 RRULE in the
 * series' time zone, starting at `first_starts_at`.
 */
export const eventSeries = pgTable(
  "event_series",
  {
    id: id(),
    organizationId: organizationRef(),
    rule: text("rule").notNull(),
    firstStartsAt: timestamp("first_starts_at", { withTimezone: true }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    timeZone: text("time_zone").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [check("event_series_duration_positive", sql`${table.durationMinutes} > 0`)],
);

export const events = pgTable(
  "events",
  {
    id: id(),
    organizationId: organizationRef(),
    seriesId: uuid("series_id").references(() => eventSeries.id, { onDelete: "cascade" }),
    /** The occurrence's original start in its series; stays put when the occurrence is moved. */
    seriesOccurrence: timestamp("series_occurrence", { withTimezone: true }),
    /** Changed on its own: a series edit leaves it as it is. */
    detachedFromSeries: boolean("detached_from_series").notNull().default(false),
    kind: text("kind").notNull(),
    title: localizedText("title").notNull(),
    description: localizedText("description"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    venueName: text("venue_name"),
    city: text("city"),
    country: text("country"),
    onlineUrl: text("online_url"),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
    cohortId: uuid("cohort_id").references(() => cohorts.id, { onDelete: "set null" }),
    /** The course module this event delivers (a field workshop per academy module); any public course. */
    courseModuleId: uuid("course_module_id").references(() => courseModules.id, { onDelete: "set null" }),
    sectors: text("sectors").array().$type<Sector[]>().notNull().default(sql`'{}'::text[]`),
    registration: text("registration").$type<RegistrationMode>().notNull().default("none"),
    capacity: integer("capacity"),
    /** Shown on the public pages and calendar feed of the organization. */
    isPublic: boolean("is_public").notNull().default(false),
    status: text("status").$type<EventStatus>().notNull().default("scheduled"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("events_organization_starts_idx").on(table.organizationId, table.startsAt),
    index("events_series_idx").on(table.seriesId, table.startsAt),
    index("events_cohort_idx").on(table.cohortId, table.startsAt),
    index("events_public_starts_idx").on(table.organizationId, table.startsAt).where(sql`${table.isPublic}`),
    uniqueIndex("events_one_per_series_occurrence").on(table.seriesId, table.seriesOccurrence),
    check("events_end_after_start", sql`${table.endsAt} > ${table.startsAt}`),
    check("events_capacity_positive", sql`${table.capacity} is null or ${table.capacity} > 0`),
    check("events_country_iso", sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
    check("events_registration_known", sql`${table.registration} in ('open','invite_only','none')`),
    check("events_status_known", sql`${table.status} in ('scheduled','cancelled')`),
    check(
      "events_sectors_known",
      sql`${table.sectors} <@ array['civil_society','government','private_sector','media','academia']::text[]`,
    ),
  ],
);

/** A person's place at an event: registered while seats last, then waitlisted in order of arrival. */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: id(),
    organizationId: organizationRef(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The login that registered, when the registrant was signed in. */
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    status: text("status").$type<RegistrationStatus>().notNull(),
    /** The registrant's language for confirmation and reminder emails. */
    locale: text("locale").notNull(),
    /** Lets a registrant cancel from the email link without signing in (stored hashed). */
    cancelTokenHash: text("cancel_token_hash"),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("event_registrations_one_per_person")
      .on(table.eventId, table.personId)
      .where(sql`${table.status} <> 'cancelled'`),
    index("event_registrations_event_idx").on(table.eventId, table.status, table.registeredAt),
    check("event_registrations_status_known", sql`${table.status} in ('registered','waitlisted','cancelled')`),
  ],
);

/** Who was there: one row per person and event, from check-in, walk-in, bulk entry or an imported list. */
export const eventAttendance = pgTable(
  "event_attendance",
  {
    id: id(),
    organizationId: organizationRef(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull(),
    checkedOutAt: timestamp("checked_out_at", { withTimezone: true }),
    source: text("source").$type<AttendanceSource>().notNull(),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
  },
  (table) => [
    unique("event_attendance_one_per_person").on(table.eventId, table.personId),
    index("event_attendance_person_idx").on(table.organizationId, table.personId),
    check(
      "event_attendance_out_after_in",
      sql`${table.checkedOutAt} is null or ${table.checkedOutAt} >= ${table.checkedInAt}`,
    ),
    check("event_attendance_source_known", sql`${table.source} in ('check_in','walk_in','bulk','import')`),
  ],
);

/** Counted, not registered (festival visitors): per country of the visitors when known. */
export const eventHeadcounts = pgTable(
  "event_headcounts",
  {
    id: id(),
    organizationId: organizationRef(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    country: text("country"),
    count: integer("count").notNull(),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("event_headcounts_one_per_country").on(table.eventId, table.country).nullsNotDistinct(),
    check("event_headcounts_count_positive", sql`${table.count} > 0`),
    check("event_headcounts_country_iso", sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
  ],
);

/** Commitment hours done outside attended events (initiative work, volunteering), logged per enrollment. */
export const hourLogs = pgTable(
  "hour_logs",
  {
    id: id(),
    organizationId: organizationRef(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => enrollments.id, { onDelete: "cascade" }),
    workedOn: date("worked_on").notNull(),
    minutes: integer("minutes").notNull(),
    description: text("description").notNull(),
    loggedBy: text("logged_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [
    index("hour_logs_enrollment_idx").on(table.enrollmentId, table.workedOn),
    check("hour_logs_minutes_in_a_day", sql`${table.minutes} > 0 and ${table.minutes} <= 1440`),
  ],
);
