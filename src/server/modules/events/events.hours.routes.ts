/** Commitment hours: per enrollment and per cohort roster for staff, hour logs, and a participant's own hours. */
import { createRoute } from "@hono/zod-openapi";
import { Ok } from "../../http/common.schemas.ts";
import { allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as schemas from "./events.hours.schemas.ts";
import * as service from "./events.hours.service.ts";

const tags = ["hours"];

const cohortHours = createRoute({
  method: "get",
  path: "/orgs/{orgId}/cohorts/{cohortId}/hours",
  tags,
  summary: "Every enrolled person's commitment hours against the cohort's target",
  middleware: [allow("enrollments.read")] as const,
  request: { params: schemas.CohortHoursParams },
  responses: { 200: jsonResponse(schemas.CohortHours, "The roster's hours"), ...scopedProblems },
});

const enrollmentHours = createRoute({
  method: "get",
  path: "/orgs/{orgId}/enrollments/{enrollmentId}/hours",
  tags,
  summary: "One enrollment's hours: attended events, logged hours, total and target",
  middleware: [allow("enrollments.read")] as const,
  request: { params: schemas.EnrollmentHoursParams },
  responses: { 200: jsonResponse(schemas.EnrollmentHours, "Hours"), ...scopedProblems },
});

const logHours = createRoute({
  method: "post",
  path: "/orgs/{orgId}/enrollments/{enrollmentId}/hour-logs",
  tags,
  summary: "Log hours done outside events (initiative work, volunteering)",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.EnrollmentHoursParams, body: jsonBody(schemas.HourLogInput) },
  responses: { 201: jsonResponse(schemas.HourLog, "Logged"), ...scopedProblems },
});

const editHourLog = createRoute({
  method: "put",
  path: "/orgs/{orgId}/hour-logs/{logId}",
  tags,
  summary: "Correct logged hours",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.HourLogParams, body: jsonBody(schemas.HourLogInput) },
  responses: { 200: jsonResponse(schemas.HourLog, "Saved"), ...scopedProblems },
});

const removeHourLog = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/hour-logs/{logId}",
  tags,
  summary: "Remove logged hours",
  middleware: [allow("attendance.write")] as const,
  request: { params: schemas.HourLogParams },
  responses: { 200: jsonResponse(Ok, "Removed"), ...scopedProblems },
});

const myHours = createRoute({
  method: "get",
  path: "/my/hours",
  tags,
  summary: "The signed-in participant's commitment hours in each program they are enrolled in",
  middleware: [signedIn] as const,
  responses: { 200: jsonResponse(schemas.MyHours, "My hours"), 401: problems[401] },
});

export const hoursRouter = createRouter()
  .openapi(cohortHours, async (c) =>
    c.json(await service.cohortHours(c.get("ctx"), c.req.valid("param").cohortId), 200),
  )
  .openapi(enrollmentHours, async (c) =>
    c.json(await service.enrollmentHours(c.get("ctx"), c.req.valid("param").enrollmentId), 200),
  )
  .openapi(logHours, async (c) =>
    c.json(await service.logHours(c.get("ctx"), c.req.valid("param").enrollmentId, c.req.valid("json")), 201),
  )
  .openapi(editHourLog, async (c) =>
    c.json(await service.editHourLog(c.get("ctx"), c.req.valid("param").logId, c.req.valid("json")), 200),
  )
  .openapi(removeHourLog, async (c) =>
    c.json(await service.removeHourLog(c.get("ctx"), c.req.valid("param").logId), 200),
  )
  .openapi(myHours, async (c) =>
    c.json(await service.myHours(c.get("services").database.db, requireUser(c.get("user"))), 200),
  );
