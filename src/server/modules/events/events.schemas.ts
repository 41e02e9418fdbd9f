/** Request and response shapes of event kinds, events, weekly series and registrations. */
import { z } from "@hono/zod-openapi";
import {
  CountryCode,
  LocaleCode,
  LocalizedTextInput,
  LocalizedTextOutput,
  LongLocalizedTextInput,
  OrgParams,
  PageQuery,
  pageOf,
  Uuid,
} from "../../http/common.schemas.ts";
import { timeZone } from "../organizations/organizations.schemas.ts";
import { eventStatuses, registrationModes, registrationStatuses, sectors } from "./events.tables.ts";

const Instant = z.iso.datetime({ offset: true }).openapi({ example: "2026-11-24T18:00:00+02:00" });

export const EventKindInput = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,40}$/, "Lowercase letters, digits and underscores, starting with a letter"),
  name: LocalizedTextInput,
});
export const EventKindNameInput = EventKindInput.pick({ name: true });

export const EventKind = z
  .object({
    id: Uuid.nullable().openapi({ description: "Null for built-in kinds" }),
    key: z.string(),
    builtIn: z.boolean(),
    name: LocalizedTextOutput.nullable().openapi({
      description: "Built-in kinds are named in the catalogs (events.kind.<key>)",
    }),
    eventCount: z.number().int(),
  })
  .openapi("EventKind");

export const EventKindParams = OrgParams.extend({ kindId: Uuid });

/** What an event is, where and for whom, without its schedule: shared by one event, a series and a series edit. */
const eventDetails = {
  kind: z.string().min(1).max(41),
  title: LocalizedTextInput,
  description: LongLocalizedTextInput.nullish(),
  venueName: z.string().trim().max(200).nullish(),
  city: z.string().trim().max(120).nullish(),
  country: CountryCode.nullish(),
  onlineUrl: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .max(2000)
    .nullish(),
  programId: Uuid.nullish(),
  cohortId: Uuid.nullish(),
  courseModuleId: Uuid.nullish(),
  sectors: z.array(z.enum(sectors)).max(sectors.length).default([]),
  registration: z.enum(registrationModes).default("none"),
  capacity: z.number().int().min(1).max(1_000_000).nullish(),
  isPublic: z.boolean().default(false),
};

const schedule = { startsAt: Instant, endsAt: Instant, timeZone };

function endsAfterStart(event: { startsAt: string; endsAt: string }, issues: z.RefinementCtx) {
  if (Date.parse(event.endsAt) <= Date.parse(event.startsAt)) {
    issues.addIssue({
      code: "custom",
      path: ["endsAt"],
      message: "The event ends before it starts",
      params: { code: "errors.endsBeforeStart" },
    });
  }
}

export const EventInput = z.object({ ...eventDetails, ...schedule }).superRefine(endsAfterStart);
export type EventInput = z.infer<typeof EventInput>;

export const SeriesInput = z
  .object({
    ...eventDetails,
    ...schedule,
    rule: z.string().trim().min(1).max(500).openapi({
      description:
        "RFC 5545 RRULE expanded in the event's time zone from the first occurrence; UNTIL (local time) or COUNT is required",
      example: "FREQ=WEEKLY;UNTIL=20270731T235959",
    }),
  })
  .superRefine(endsAfterStart);
export type SeriesInput = z.infer<typeof SeriesInput>;

export const SeriesEditInput = z.object({
  ...eventDetails,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM")
    .openapi({ description: "Local start time in the series' time zone", example: "18:00" }),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
});
export type SeriesEditInput = z.infer<typeof SeriesEditInput>;

export const Event = z
  .object({
    id: Uuid,
    kind: z.string(),
    title: LocalizedTextOutput,
    description: LocalizedTextOutput.nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    venueName: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    programId: Uuid.nullable(),
    cohortId: Uuid.nullable(),
    courseModuleId: Uuid.nullable(),
    sectors: z.array(z.enum(sectors)),
    registration: z.enum(registrationModes),
    capacity: z.number().int().nullable(),
    isPublic: z.boolean(),
    status: z.enum(eventStatuses),
    seriesId: Uuid.nullable(),
    detachedFromSeries: z.boolean(),
    registeredCount: z.number().int(),
    waitlistedCount: z.number().int(),
  })
  .openapi("Event");

export const DeliverableModule = z
  .object({
    id: Uuid,
    courseId: Uuid,
    courseTitle: LocalizedTextOutput,
    position: z.number().int(),
    title: LocalizedTextOutput,
  })
  .openapi("DeliverableModule");

export const EventParams = OrgParams.extend({ eventId: Uuid });
export const SeriesParams = OrgParams.extend({ seriesId: Uuid });

export const EventsQuery = PageQuery.extend({
  from: Instant.optional().openapi({ description: "Events ending at or after this instant" }),
  to: Instant.optional().openapi({ description: "Events starting before this instant" }),
  kind: z.string().max(41).optional(),
  programId: Uuid.optional(),
  cohortId: Uuid.optional(),
  seriesId: Uuid.optional(),
  status: z.enum(eventStatuses).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
});

export const EventsPage = pageOf(Event).openapi("EventsPage");

export const Series = z
  .object({
    id: Uuid,
    rule: z.string(),
    timeZone: z.string(),
    firstStartsAt: z.string(),
    durationMinutes: z.number().int(),
    occurrences: z.array(Event),
  })
  .openapi("EventSeries");

export const SeriesRemoval = z.object({
  deleted: z.number().int().openapi({ description: "Future occurrences nobody had registered for" }),
  cancelled: z.number().int().openapi({ description: "Future occurrences with registrants: cancelled and emailed" }),
});

export const Registration = z
  .object({
    id: Uuid,
    eventId: Uuid,
    personId: Uuid,
    fullName: z.string(),
    email: z.string().nullable(),
    status: z.enum(registrationStatuses),
    locale: z.string(),
    registeredAt: z.string(),
    cancelledAt: z.string().nullable(),
    waitlistPosition: z.number().int().nullable().openapi({ description: "1 for the next to be promoted" }),
  })
  .openapi("EventRegistration");

export const StaffRegistrationInput = z.object({ personId: Uuid, locale: LocaleCode.optional() });

export const RegistrationParams = OrgParams.extend({ registrationId: Uuid });

export const PublicRegistrationInput = z.object({
  fullName: z.string().trim().min(1).max(200).optional().openapi({ description: "Required unless signed in" }),
  email: z.email().max(320).optional().openapi({ description: "Required unless signed in" }),
  locale: LocaleCode,
  consent: z.literal(true, { error: "Consent is required to register" }),
});

export const PublicRegistrationResult = z
  .object({
    id: Uuid,
    status: z.enum(registrationStatuses),
    waitlistPosition: z.number().int().nullable(),
  })
  .openapi("PublicRegistrationResult");

export const PublicEventParams = z.object({ eventId: Uuid });
export const MyRegistrationParams = z.object({ registrationId: Uuid });

export const CancelByTokenInput = z.object({ token: z.string().min(20).max(200) });
export const RegistrationByTokenQuery = z.object({ token: z.string().min(20).max(200) });

export const PublicEvent = z
  .object({
    id: Uuid,
    organization: z.object({ slug: z.string(), name: LocalizedTextOutput, defaultLocale: z.string() }),
    kind: z.string(),
    kindName: LocalizedTextOutput.nullable().openapi({
      description: "An organization's own kind; built-ins are in the catalogs",
    }),
    title: LocalizedTextOutput,
    description: LocalizedTextOutput.nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    venueName: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    registration: z.enum(registrationModes),
    capacity: z.number().int().nullable(),
    seatsLeft: z.number().int().nullable().openapi({ description: "Null when there is no limit" }),
    status: z.enum(eventStatuses),
  })
  .openapi("PublicEvent");

export const PublicEventSummary = PublicEvent.omit({ organization: true, description: true });

export const PublicCalendarParams = z.object({ slug: z.string().min(1).max(80) });
export const PublicCalendarQuery = PageQuery.extend({
  from: Instant.optional().openapi({ description: "Defaults to now: upcoming events" }),
  to: Instant.optional(),
});
export const PublicCalendar = pageOf(PublicEventSummary)
  .extend({
    organization: z.object({
      slug: z.string(),
      name: LocalizedTextOutput,
      defaultLocale: z.string(),
      timeZone: z.string(),
    }),
  })
  .openapi("PublicCalendar");

export const RegistrationByToken = z
  .object({
    status: z.enum(registrationStatuses),
    event: PublicEvent.pick({
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      organization: true,
    }),
  })
  .openapi("RegistrationByToken");
