/** Attendance at events: the door list with check-in and check-out, walk-ins, bulk entry, CSV lists, headcounts. */
import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { Ok } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { AppError } from "../../http/errors.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as schemas from "./events.attendance.schemas.ts";
import * as service from "./events.attendance.service.ts";
import { importAttendance, previewAttendanceImport } from "./events.attendance-csv.ts";

const tags = ["attendance"];
const writeProblems = { ...scopedProblems, 409: problems[409] };

/** Five megabytes of CSV is some 50,000 attendees, more than any event's list. */
const maxCsvBytes = 5_000_000;

/** Refuses a larger upload while it streams in, before it is held in memory. */
const csvSizeLimit = bodyLimit({
  maxSize: maxCsvBytes,
  onError: () => {
    throw new AppError(413, "errors.csvTooLarge", "The file is larger than 5 MB", [
      { path: "body", code: "errors.csvTooLarge", message: "The file is larger than 5 MB" },
    ]);
  },
});

const checkInList = createRoute({
  method: "get",
  path: "/orgs/{orgId}/events/{eventId}/check-in",
  tags,
  summary: "The door list: registered, waitlisted and cohort people and who is in; a search covers everyone",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, query: schemas.CheckInQuery },
  responses: { 200: jsonResponse(schemas.CheckInList, "The door list"), ...scopedProblems },
});

const checkIn = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/attendance",
  tags,
  summary: "Check a person of the organization in (registered or not); twice is a 409",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.CheckInInput) },
  responses: { 201: jsonResponse(schemas.Attendance, "Checked in"), ...writeProblems },
});

const checkOut = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/attendance/{personId}/check-out",
  tags,
  summary: "Check a person out; only after checking in",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.AttendeeParams },
  responses: { 200: jsonResponse(schemas.Attendance, "Checked out"), ...writeProblems },
});

const undoCheckIn = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/events/{eventId}/attendance/{personId}",
  tags,
  summary: "Take back a check-in made by mistake",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.AttendeeParams },
  responses: { 200: jsonResponse(Ok, "Undone"), ...scopedProblems },
});

const walkIn = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/walk-ins",
  tags,
  summary: "Record someone new and check them in, together",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.WalkInInput) },
  responses: {
    201: jsonResponse(schemas.Attendance.extend({ fullName: z.string() }), "Recorded and checked in"),
    ...writeProblems,
  },
});

const bulkAttendance = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/attendance/bulk",
  tags,
  summary: "Mark many people as attended at once; those already in are counted, not changed",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.BulkAttendanceInput) },
  responses: { 200: jsonResponse(schemas.BulkAttendanceResult, "Recorded"), ...writeProblems },
});

const previewImport = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/attendance/import/preview",
  tags,
  summary: "Check an attendance list (CSV, UTF-8, at most 5 MB) row by row; writes nothing",
  description:
    "Columns: name, email (may be blank), optional country and checked_in_at; headers in English, Hebrew, Georgian, Greek or Slovene.",
  middleware: [allow("attendance.write"), csvSizeLimit] as const,
  request: {
    params: schemas.EventParams,
    query: schemas.AttendanceImportQuery,
    body: { required: true, content: { "text/csv": { schema: z.string() } } },
  },
  responses: {
    200: jsonResponse(schemas.AttendanceImportPreview, "Preview"),
    ...writeProblems,
    413: { ...problems[400], description: "The file is larger than 5 MB" },
  },
});

const runImport = createRoute({
  method: "post",
  path: "/orgs/{orgId}/events/{eventId}/attendance/import",
  tags,
  summary: "Record up to 500 previewed rows at once, all or none; failed rows are listed by line",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.AttendanceImportInput) },
  responses: { 200: jsonResponse(schemas.AttendanceImportResult, "Recorded"), ...writeProblems },
});

const getHeadcounts = createRoute({
  method: "get",
  path: "/orgs/{orgId}/events/{eventId}/headcounts",
  tags,
  summary: "Visitors counted at an event without registration, in total and per country",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams },
  responses: { 200: jsonResponse(schemas.Headcounts, "Headcounts"), ...scopedProblems },
});

const recordHeadcounts = createRoute({
  method: "put",
  path: "/orgs/{orgId}/events/{eventId}/headcounts",
  tags,
  summary: "Replace an event's visitor counts per country (null country = not known)",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EventParams, body: jsonBody(schemas.HeadcountsInput) },
  responses: { 200: jsonResponse(schemas.Headcounts, "Recorded"), ...writeProblems },
});

export const attendanceRouter = createRouter()
  .openapi(checkInList, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await service.listCheckIn(c.get("ctx"), eventId, c.req.valid("query").q), 200);
  })
  .openapi(checkIn, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await service.checkInPerson(c.get("ctx"), eventId, c.req.valid("json").personId), 201);
  })
  .openapi(checkOut, async (c) => {
    const { eventId, personId } = c.req.valid("param");
    return c.json(await service.checkOutPerson(c.get("ctx"), eventId, personId), 200);
  })
  .openapi(undoCheckIn, async (c) => {
    const { eventId, personId } = c.req.valid("param");
    return c.json(await service.undoCheckIn(c.get("ctx"), eventId, personId), 200);
  })
  .openapi(walkIn, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await service.admitWalkIn(c.get("ctx"), eventId, c.req.valid("json")), 201);
  })
  .openapi(bulkAttendance, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await service.recordBulkAttendance(c.get("ctx"), eventId, c.req.valid("json").personIds), 200);
  })
  .openapi(previewImport, async (c) => {
    const { eventId } = c.req.valid("param");
    const { unknownPeople } = c.req.valid("query");
    return c.json(await previewAttendanceImport(c.get("ctx"), eventId, await c.req.arrayBuffer(), unknownPeople), 200);
  })
  .openapi(runImport, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await importAttendance(c.get("ctx"), eventId, c.req.valid("json")), 200);
  })
  .openapi(getHeadcounts, async (c) =>
    c.json(await service.getHeadcounts(c.get("ctx"), c.req.valid("param").eventId), 200),
  )
  .openapi(recordHeadcounts, async (c) => {
    const { eventId } = c.req.valid("param");
    return c.json(await service.recordHeadcounts(c.get("ctx"), eventId, c.req.valid("json")), 200);
  });
