/** Requests and responses of the calendar files and of a cohort's feed address. */
import { z } from "@hono/zod-openapi";
import { LocaleCode, Uuid } from "../../http/common.schemas.ts";

export const CalendarQuery = z.object({
  lang: LocaleCode.optional().openapi({
    description: "Language of titles and descriptions; without it, the organization's default language",
  }),
});

export const EventFileParams = z.object({
  eventFile: z
    .string()
    .regex(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\.ics$/, "Use the event's id followed by .ics")
    .transform((file) => file.slice(0, -".ics".length).toLowerCase())
    .openapi({
      param: { name: "eventFile", in: "path" },
      example: "019a5c1e-3f4b-7c2d-9e8f-0a1b2c3d4e5f.ics",
    }),
});

export const OrganizationFeedParams = z.object({
  slug: z
    .string()
    .max(100)
    .openapi({ param: { name: "slug", in: "path" }, example: "athens-cso-hub" }),
});

export const CohortFeedParams = z.object({ cohortId: Uuid.openapi({ param: { name: "cohortId", in: "path" } }) });

export const CohortFeedQuery = CalendarQuery.extend({
  token: z.string().min(1).max(200).openapi({ description: "The cohort's feed token, from its feed address" }),
});

export const CohortCalendarFeed = z
  .object({
    cohortId: Uuid,
    url: z.string().openapi({ description: "Subscribable address (https); clients may also use it as webcal://" }),
    rotatedAt: z.string(),
  })
  .openapi("CohortCalendarFeed");
