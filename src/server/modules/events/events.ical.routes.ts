/** iCalendar files for calendar clients: a public event, an organization's public calendar, a cohort's private feed. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { etag } from "hono/etag";
import type { AppEnv } from "../../http/context.ts";
import { allow } from "../../http/context.ts";
import { jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { CohortParams } from "../programs/programs.schemas.ts";
import * as schemas from "./events.ical.schemas.ts";
import * as service from "./events.ical.service.ts";

const tags = ["events"];

const caching =
  "Answers with an ETag of the file's content; a request with a matching If-None-Match gets 304 Not Modified.";

/** The calendar file, or 304 when the client's copy is current (hono/etag hashes the body). */
const calendarResponses = {
  200: { description: "iCalendar file (UTF-8)", content: { "text/calendar": { schema: z.string() } } },
  304: { description: "The client's copy is current" },
  400: problems[400],
  404: problems[404],
};

const publicEvent = createRoute({
  method: "get",
  path: "/public/events/{eventFile}",
  tags,
  summary: "A public event as an .ics file (no sign-in needed); a private event does not exist here",
  description: caching,
  middleware: [etag()] as const,
  request: { params: schemas.EventFileParams, query: schemas.CalendarQuery },
  responses: calendarResponses,
});

const organizationFeed = createRoute({
  method: "get",
  path: "/public/orgs/{slug}/events.ics",
  tags,
  summary: "Subscribable calendar of an organization's public events, upcoming and of the last 90 days",
  description: `Cancelled events stay in the feed with STATUS:CANCELLED, so subscribed calendars remove them. ${caching}`,
  middleware: [etag()] as const,
  request: { params: schemas.OrganizationFeedParams, query: schemas.CalendarQuery },
  responses: calendarResponses,
});

const cohortFeed = createRoute({
  method: "get",
  path: "/public/cohorts/{cohortId}/events.ics",
  tags,
  summary: "Private subscribable calendar of a cohort's events, public or not, for holders of its feed token",
  description: `A wrong or rotated token is a 404. ${caching}`,
  middleware: [etag()] as const,
  request: { params: schemas.CohortFeedParams, query: schemas.CohortFeedQuery },
  responses: calendarResponses,
});

const getCohortFeed = createRoute({
  method: "get",
  path: "/orgs/{orgId}/cohorts/{cohortId}/calendar-feed",
  tags,
  summary: "The secret address of the cohort's calendar feed, to share with its participants",
  middleware: [allow("events.read")] as const,
  request: { params: CohortParams },
  responses: { 200: jsonResponse(schemas.CohortCalendarFeed, "Feed address"), ...scopedProblems },
});

const rotateCohortFeed = createRoute({
  method: "post",
  path: "/orgs/{orgId}/cohorts/{cohortId}/calendar-feed/rotate",
  tags,
  summary: "Replace the cohort's feed token: calendars subscribed with the old address stop receiving its events",
  middleware: [allow("events.write")] as const,
  request: { params: CohortParams },
  responses: { 200: jsonResponse(schemas.CohortCalendarFeed, "New feed address"), ...scopedProblems },
});

function feedContext(c: Context<AppEnv>): service.FeedContext {
  const { database, clock, config } = c.get("services");
  return { db: database.db, clock, config };
}

/**
 * Public files may sit in shared caches for a few minutes. A cohort's address carries its secret: only the client
 * keeps a copy, and revalidates it every time (a cheap 304), so a rotated token stops working at once.
 */
function calendarFile(c: Context<AppEnv>, file: service.IcsFile, cacheControl: string) {
  return c.body(file.body, 200, {
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": file.disposition,
    "cache-control": cacheControl,
  });
}

const publicCaching = "public, max-age=300";

export const eventsIcalRouter = createRouter()
  .openapi(organizationFeed, async (c) => {
    const file = await service.organizationFeedIcs(feedContext(c), {
      slug: c.req.valid("param").slug,
      lang: c.req.valid("query").lang,
    });
    return calendarFile(c, file, publicCaching);
  })
  .openapi(cohortFeed, async (c) => {
    const file = await service.cohortFeedIcs(feedContext(c), {
      cohortId: c.req.valid("param").cohortId,
      ...c.req.valid("query"),
    });
    return calendarFile(c, file, "private, no-cache");
  })
  .openapi(getCohortFeed, async (c) =>
    c.json(await service.cohortCalendarFeed(c.get("ctx"), c.req.valid("param").cohortId), 200),
  )
  .openapi(rotateCohortFeed, async (c) =>
    c.json(await service.rotateCohortCalendarFeed(c.get("ctx"), c.req.valid("param").cohortId), 200),
  );

/**
 * Routed with Hono's pattern syntax so that only `<id>.ics` reaches this route and `/public/events/{eventId}` (the
 * public event page, mounted after this router) keeps every other name; documented under its OpenAPI path. Added
 * outside the chain above: a pattern path would turn the typed client's whole /api tree into a wildcard.
 */
eventsIcalRouter.openapi(
  { ...publicEvent, hide: true, path: "/public/events/:eventFile{[0-9a-fA-F-]+\\.ics}" },
  async (c) => {
    const file = await service.publicEventIcs(feedContext(c), {
      eventId: c.req.valid("param").eventFile,
      lang: c.req.valid("query").lang,
    });
    return calendarFile(c, file, publicCaching);
  },
);
eventsIcalRouter.openAPIRegistry.registerPath(publicEvent);
