/** Events: kinds, one-off events and weekly series, registrations with a waitlist, public calendar and pages. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { Ok, OrgParams } from "../../http/common.schemas.ts";
import { type AppEnv, allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as publicPages from "./events.public.ts";
import * as registrations from "./events.registrations.ts";
import * as schemas from "./events.schemas.ts";
import * as series from "./events.series.ts";
import * as service from "./events.service.ts";

const tags = ["events"];
const withConflict = { ...scopedProblems, 409: problems[409] };
const publicProblems = { 400: problems[400], 404: problems[404], 409: problems[409] };

const listKinds = createRoute({
  method: "get",
  path: "/orgs/{orgId}/event-kinds",
  tags,
  summary: "Built-in event kinds and the organization's own, with how many events use each",
  middleware: [allow("events.read")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.EventKind), "Kinds"), ...scopedProblems },
});

const addKind = createRoute({
  method: "post",
  path: "/orgs/{orgId}/event-kinds",
  tags,
  summary: "Add an organization's own event kind, named in each language",
  middleware: [allow("events.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.EventKindInput) },
  responses: { 201: jsonResponse(schemas.EventKind, "Added"), ...withConflict },
});

const renameKind = createRoute({
  method: "put",
  path: "/orgs/{orgId}/event-kinds/{kindId}",
  tags,
  summary: "Rename an organization's event kind",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.EventKindParams, body: jsonBody(schemas.EventKindNameInput) },
  responses: { 200: jsonResponse(schemas.EventKind, "Renamed"), ...scopedProblems },
});

const removeKind = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/event-kinds/{kindId}",
  tags,
  summary: "Remove an organization's event kind; a kind events still use is refused with 409",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.EventKindParams },
  responses: { 200: jsonResponse(Ok, "Removed"), ...withConflict },
});

const deliverableModules = createRoute({
  method: "get",
  path: "/orgs/{orgId}/deliverable-course-modules",
  tags,
  summary: "Modules of published courses (of any organization) that an event may deliver",
  middleware: [allow("events.read")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.DeliverableModule), "Modules"), ...scopedProblems },
});

const listEvents = createRoute({
  method: "get",
  path: "/orgs/{orgId}/events",
  tags,
  summary: "Events of the organization by time, kind, program, cohort, series or status, paged",
  middleware: [allow("events.read")] as const,
  request: { params: OrgParams, query: schemas.EventsQuery },
  responses: { 200: jsonResponse(schemas.EventsPage, "Events"), ...scopedProblems },
});

const planEvent = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events",
  tags,
  summary: "Plan an event",
  middleware: [allow("events.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.EventInput) },
  responses: { 201: jsonResponse(schemas.Event, "Planned"), ...scopedProblems },
});

const getEvent = createRoute({
  method: "get",
  path: "/orgs/{orgId}/events/{eventId}",
  tags,
  summary: "An event with its registration counts",
  middleware: [allow("events.read")] as const,
  request: { params: schemas.EventParams },
  responses: { 200: jsonResponse(schemas.Event, "The event"), ...scopedProblems },
});

const editEvent = createRoute({
  method: "put",
  path: "/orgs/{orgId}/events/{eventId}",
  tags,
  summary: "Edit an event; an occurrence of a series edited alone leaves the series",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.EventInput) },
  responses: { 200: jsonResponse(schemas.Event, "Saved"), ...withConflict },
});

const cancelEvent = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/cancel",
  tags,
  summary: "Cancel an event (or one occurrence); registrants are emailed in their language",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.EventParams },
  responses: { 200: jsonResponse(schemas.Event, "Cancelled"), ...scopedProblems },
});

const createSeries = createRoute({
  method: "post",
  path: "/orgs/{orgId}/event-series",
  tags,
  summary: `Create a recurring series from its first occurrence and an RRULE (at most ${series.maxOccurrences} occurrences)`,
  middleware: [allow("events.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.SeriesInput) },
  responses: { 201: jsonResponse(schemas.Series, "Created with its occurrences"), ...scopedProblems },
});

const getSeries = createRoute({
  method: "get",
  path: "/orgs/{orgId}/event-series/{seriesId}",
  tags,
  summary: "A series with all its occurrences",
  middleware: [allow("events.read")] as const,
  request: { params: schemas.SeriesParams },
  responses: { 200: jsonResponse(schemas.Series, "The series"), ...scopedProblems },
});

const editSeries = createRoute({
  method: "put",
  path: "/orgs/{orgId}/event-series/{seriesId}",
  tags,
  summary: "Edit the series: future occurrences not changed on their own follow; past ones stay",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.SeriesParams, body: jsonBody(schemas.SeriesEditInput) },
  responses: { 200: jsonResponse(schemas.Series, "Saved"), ...withConflict },
});

const endSeries = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/event-series/{seriesId}/future",
  tags,
  summary: "Remove the series' future occurrences; those with registrants are cancelled and their registrants told",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.SeriesParams },
  responses: { 200: jsonResponse(schemas.SeriesRemoval, "Removed"), ...scopedProblems },
});

const listRegistrations = createRoute({
  method: "get",
  path: "/orgs/{orgId}/events/{eventId}/registrations",
  tags,
  summary: "Registrations: registered, then the waitlist in order, then cancelled",
  middleware: [allow("events.read")] as const,
  request: { params: schemas.EventParams },
  responses: { 200: jsonResponse(z.array(schemas.Registration), "Registrations"), ...scopedProblems },
});

const registerPerson = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/registrations",
  tags,
  summary: "Register a person of the organization (the only way into invite-only events); waitlisted when full",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.StaffRegistrationInput) },
  responses: { 201: jsonResponse(schemas.Registration, "Registered or waitlisted"), ...withConflict },
});

const cancelRegistration = createRoute({
  method: "post",
  path: "/orgs/{orgId}/event-registrations/{registrationId}/cancel",
  tags,
  summary: "Cancel a registration; its seat goes to the oldest waitlisted person",
  middleware: [allow("events.write")] as const,
  request: { params: schemas.RegistrationParams },
  responses: { 200: jsonResponse(schemas.Registration, "Cancelled"), ...scopedProblems },
});

const publicCalendar = createRoute({
  method: "get",
  path: "/public/orgs/{slug}/events",
  tags,
  summary: "Upcoming public events of an organization (no sign-in needed)",
  request: { params: schemas.PublicCalendarParams, query: schemas.PublicCalendarQuery },
  responses: { 200: jsonResponse(schemas.PublicCalendar, "Calendar"), 400: problems[400], 404: problems[404] },
});

const publicEvent = createRoute({
  method: "get",
  path: "/public/events/{eventId}",
  tags,
  summary: "A public event with the seats left (no sign-in needed)",
  request: { params: schemas.PublicEventParams },
  responses: { 200: jsonResponse(schemas.PublicEvent, "The event"), 400: problems[400], 404: problems[404] },
});

const registerPublicly = createRoute({
  method: "post",
  path: "/public/events/{eventId}/registrations",
  tags,
  summary: "Register for an open event as a visitor (name, email, consent) or as the signed-in user",
  request: { params: schemas.PublicEventParams, body: jsonBody(schemas.PublicRegistrationInput) },
  responses: { 201: jsonResponse(schemas.PublicRegistrationResult, "Registered or waitlisted"), ...publicProblems },
});

const registrationByToken = createRoute({
  method: "get",
  path: "/public/event-registrations/{registrationId}",
  tags,
  summary: "A registration seen through the link in its email",
  request: { params: schemas.MyRegistrationParams, query: schemas.RegistrationByTokenQuery },
  responses: { 200: jsonResponse(schemas.RegistrationByToken, "The registration"), ...publicProblems },
});

const cancelByToken = createRoute({
  method: "post",
  path: "/public/event-registrations/{registrationId}/cancel",
  tags,
  summary: "Cancel a registration with the link from its email (no sign-in needed)",
  request: { params: schemas.MyRegistrationParams, body: jsonBody(schemas.CancelByTokenInput) },
  responses: { 200: jsonResponse(schemas.RegistrationByToken, "Cancelled"), ...publicProblems },
});

const cancelMine = createRoute({
  method: "post",
  path: "/my/event-registrations/{registrationId}/cancel",
  tags,
  summary: "Cancel my own registration (signed in)",
  middleware: [signedIn] as const,
  request: { params: schemas.MyRegistrationParams },
  responses: { 200: jsonResponse(schemas.RegistrationByToken, "Cancelled"), ...publicProblems, 401: problems[401] },
});

function publicContext(c: Context<AppEnv>): registrations.PublicContext {
  const { database, clock, config } = c.get("services");
  return { db: database.db, clock, baseUrl: config.baseUrl, user: c.get("user") };
}

export const eventsRouter = createRouter()
  .openapi(listKinds, async (c) => c.json(await service.listEventKinds(c.get("ctx")), 200))
  .openapi(addKind, async (c) => c.json(await service.addEventKind(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(renameKind, async (c) =>
    c.json(await service.renameEventKind(c.get("ctx"), c.req.valid("param").kindId, c.req.valid("json")), 200),
  )
  .openapi(removeKind, async (c) =>
    c.json(await service.removeEventKind(c.get("ctx"), c.req.valid("param").kindId), 200),
  )
  .openapi(deliverableModules, async (c) => c.json(await service.listDeliverableModules(c.get("ctx")), 200))
  .openapi(listEvents, async (c) => c.json(await service.listEvents(c.get("ctx"), c.req.valid("query")), 200))
  .openapi(planEvent, async (c) => c.json(await service.planEvent(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getEvent, async (c) => c.json(await service.getEvent(c.get("ctx"), c.req.valid("param").eventId), 200))
  .openapi(editEvent, async (c) =>
    c.json(await service.editEvent(c.get("ctx"), c.req.valid("param").eventId, c.req.valid("json")), 200),
  )
  .openapi(cancelEvent, async (c) => c.json(await service.cancelEvent(c.get("ctx"), c.req.valid("param").eventId), 200))
  .openapi(createSeries, async (c) => c.json(await series.createSeries(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getSeries, async (c) => c.json(await series.getSeries(c.get("ctx"), c.req.valid("param").seriesId), 200))
  .openapi(editSeries, async (c) =>
    c.json(await series.editSeries(c.get("ctx"), c.req.valid("param").seriesId, c.req.valid("json")), 200),
  )
  .openapi(endSeries, async (c) => c.json(await series.endSeries(c.get("ctx"), c.req.valid("param").seriesId), 200))
  .openapi(listRegistrations, async (c) =>
    c.json(await registrations.listRegistrations(c.get("ctx"), c.req.valid("param").eventId), 200),
  )
  .openapi(registerPerson, async (c) =>
    c.json(await registrations.registerPerson(c.get("ctx"), c.req.valid("param").eventId, c.req.valid("json")), 201),
  )
  .openapi(cancelRegistration, async (c) =>
    c.json(await registrations.cancelRegistrationAsStaff(c.get("ctx"), c.req.valid("param").registrationId), 200),
  )
  .openapi(publicCalendar, async (c) =>
    c.json(await publicPages.listPublicEvents(publicContext(c), c.req.valid("param").slug, c.req.valid("query")), 200),
  )
  .openapi(publicEvent, async (c) =>
    c.json(await publicPages.getPublicEvent(publicContext(c), c.req.valid("param").eventId), 200),
  )
  .openapi(registerPublicly, async (c) =>
    c.json(
      await registrations.registerPublicly(publicContext(c), c.req.valid("param").eventId, c.req.valid("json")),
      201,
    ),
  )
  .openapi(registrationByToken, async (c) =>
    c.json(
      await registrations.viewRegistrationByToken(
        publicContext(c),
        c.req.valid("param").registrationId,
        c.req.valid("query").token,
      ),
      200,
    ),
  )
  .openapi(cancelByToken, async (c) =>
    c.json(
      await registrations.cancelRegistrationByToken(
        publicContext(c),
        c.req.valid("param").registrationId,
        c.req.valid("json").token,
      ),
      200,
    ),
  )
  .openapi(cancelMine, async (c) =>
    c.json(
      await registrations.cancelMyRegistration(
        { ...publicContext(c), user: requireUser(c.get("user")) },
        c.req.valid("param").registrationId,
      ),
      200,
    ),
  );
