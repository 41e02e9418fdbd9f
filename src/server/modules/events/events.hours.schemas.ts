/** Request and response shapes of commitment hours: per enrollment, per cohort roster, the participant's own, hour logs. */
import { z } from "@hono/zod-openapi";
import { IsoDate, LocalizedTextOutput, OrgParams, Uuid } from "../../http/common.schemas.ts";
import { enrollmentRoles, enrollmentStatuses } from "../programs/programs.tables.ts";

export const EnrollmentHoursParams = OrgParams.extend({ enrollmentId: Uuid });
export const CohortHoursParams = OrgParams.extend({ cohortId: Uuid });
export const HourLogParams = OrgParams.extend({ logId: Uuid });

export const HourLogInput = z.object({
  workedOn: IsoDate,
  minutes: z.number().int().min(1).max(1440),
  description: z.string().trim().min(1).max(500),
});
export type HourLogInput = z.infer<typeof HourLogInput>;

export const HourLog = z
  .object({ id: Uuid, workedOn: z.string(), minutes: z.number().int(), description: z.string() })
  .openapi("HourLog");

const HourTotals = z.object({
  /** Cohort's target, else the program's; null when neither sets one. */
  targetHours: z.number().int().nullable(),
  eventMinutes: z.number().int(),
  loggedMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  /** Share of the target done, rounded; may pass 100. */
  percent: z.number().int().nullable(),
});

export const EnrollmentHours = HourTotals.extend({
  enrollmentId: Uuid,
  personId: Uuid,
  fullName: z.string(),
  cohortId: Uuid,
  events: z.array(
    z.object({
      eventId: Uuid,
      title: LocalizedTextOutput,
      startsAt: z.iso.datetime(),
      timeZone: z.string(),
      minutes: z.number().int(),
      /** Counted from check-in to check-out rather than the scheduled length. */
      measured: z.boolean(),
    }),
  ),
  logs: z.array(HourLog),
}).openapi("EnrollmentHours");

export const CohortHours = z
  .object({
    cohortId: Uuid,
    targetHours: z.number().int().nullable(),
    items: z.array(
      HourTotals.omit({ targetHours: true }).extend({
        enrollmentId: Uuid,
        personId: Uuid,
        fullName: z.string(),
        role: z.enum(enrollmentRoles),
        status: z.enum(enrollmentStatuses),
        eventsAttended: z.number().int(),
      }),
    ),
  })
  .openapi("CohortHours");

export const MyHours = z
  .array(
    EnrollmentHours.extend({
      organization: z.object({ id: Uuid, name: LocalizedTextOutput, defaultLocale: z.string() }),
      programName: LocalizedTextOutput,
      cohortName: LocalizedTextOutput,
    }),
  )
  .openapi("MyHours");
