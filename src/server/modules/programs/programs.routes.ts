/** Programs → cohorts (timeline, capacity, budget) → enrollments of people or groups. */
import { createRoute, z } from "@hono/zod-openapi";
import { OrgParams } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as schemas from "./programs.schemas.ts";
import * as service from "./programs.service.ts";

const tags = ["programs"];

const listPrograms = createRoute({
  method: "get",
  path: "/orgs/{orgId}/programs",
  tags,
  summary: "Programs of the organization",
  middleware: [allow("programs.read")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.Program), "Programs"), ...scopedProblems },
});

const createProgram = createRoute({
  method: "post",
  path: "/orgs/{orgId}/programs",
  tags,
  summary: "Create a program",
  middleware: [allow("programs.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.ProgramInput) },
  responses: { 201: jsonResponse(schemas.ProgramDetail, "Created"), ...scopedProblems },
});

const getProgram = createRoute({
  method: "get",
  path: "/orgs/{orgId}/programs/{programId}",
  tags,
  summary: "A program with its cohorts",
  middleware: [allow("programs.read")] as const,
  request: { params: schemas.ProgramParams },
  responses: { 200: jsonResponse(schemas.ProgramDetail, "The program"), ...scopedProblems },
});

const updateProgram = createRoute({
  method: "put",
  path: "/orgs/{orgId}/programs/{programId}",
  tags,
  summary: "Edit a program",
  middleware: [allow("programs.write")] as const,
  request: { params: schemas.ProgramParams, body: jsonBody(schemas.ProgramInput) },
  responses: { 200: jsonResponse(schemas.ProgramDetail, "Saved"), ...scopedProblems },
});

const createCohort = createRoute({
  method: "post",
  path: "/orgs/{orgId}/cohorts",
  tags,
  summary: "Open a cohort of a program with its phases and budget lines",
  middleware: [allow("programs.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.CohortInput) },
  responses: { 201: jsonResponse(schemas.Cohort, "Opened"), ...scopedProblems },
});

const getCohort = createRoute({
  method: "get",
  path: "/orgs/{orgId}/cohorts/{cohortId}",
  tags,
  summary: "A cohort with its timeline, seats and (for staff and partners) budget",
  middleware: [allow("programs.read")] as const,
  request: { params: schemas.CohortParams },
  responses: { 200: jsonResponse(schemas.Cohort, "The cohort"), ...scopedProblems },
});

const updateCohort = createRoute({
  method: "put",
  path: "/orgs/{orgId}/cohorts/{cohortId}",
  tags,
  summary: "Edit a cohort; its phases and budget lines are replaced",
  middleware: [allow("programs.write")] as const,
  request: { params: schemas.CohortParams, body: jsonBody(schemas.CohortInput) },
  responses: { 200: jsonResponse(schemas.Cohort, "Saved"), ...scopedProblems, 409: problems[409] },
});

const roster = createRoute({
  method: "get",
  path: "/orgs/{orgId}/cohorts/{cohortId}/enrollments",
  tags,
  summary: "The cohort's roster",
  middleware: [allow("enrollments.read")] as const,
  request: { params: schemas.CohortParams },
  responses: { 200: jsonResponse(z.array(schemas.Enrollment), "Roster"), ...scopedProblems },
});

const enroll = createRoute({
  method: "post",
  path: "/orgs/{orgId}/cohorts/{cohortId}/enrollments",
  tags,
  summary: "Enroll a person or group; participants beyond capacity are refused with 409",
  middleware: [allow("enrollments.write")] as const,
  request: { params: schemas.CohortParams, body: jsonBody(schemas.EnrollInput) },
  responses: { 201: jsonResponse(schemas.Enrollment, "Enrolled"), ...scopedProblems, 409: problems[409] },
});

const changeEnrollment = createRoute({
  method: "put",
  path: "/orgs/{orgId}/enrollments/{enrollmentId}",
  tags,
  summary: "Change an enrollment's status or role",
  middleware: [allow("enrollments.write")] as const,
  request: { params: schemas.EnrollmentParams, body: jsonBody(schemas.ChangeEnrollmentInput) },
  responses: { 200: jsonResponse(schemas.Enrollment, "Changed"), ...scopedProblems, 409: problems[409] },
});

const personEnrollments = createRoute({
  method: "get",
  path: "/orgs/{orgId}/people/{personId}/enrollments",
  tags,
  summary: "The cohorts a person is or was enrolled in",
  middleware: [allow("enrollments.read")] as const,
  request: { params: schemas.PersonParams },
  responses: { 200: jsonResponse(z.array(schemas.PersonEnrollment), "Enrollments"), ...scopedProblems },
});

export const programsRouter = createRouter()
  .openapi(listPrograms, async (c) => c.json(await service.listPrograms(c.get("ctx")), 200))
  .openapi(createProgram, async (c) => c.json(await service.createProgram(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getProgram, async (c) => c.json(await service.getProgram(c.get("ctx"), c.req.valid("param").programId), 200))
  .openapi(updateProgram, async (c) =>
    c.json(await service.editProgram(c.get("ctx"), c.req.valid("param").programId, c.req.valid("json")), 200),
  )
  .openapi(createCohort, async (c) => c.json(await service.openCohort(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getCohort, async (c) => c.json(await service.getCohort(c.get("ctx"), c.req.valid("param").cohortId), 200))
  .openapi(updateCohort, async (c) =>
    c.json(await service.editCohort(c.get("ctx"), c.req.valid("param").cohortId, c.req.valid("json")), 200),
  )
  .openapi(roster, async (c) => c.json(await service.listRoster(c.get("ctx"), c.req.valid("param").cohortId), 200))
  .openapi(enroll, async (c) =>
    c.json(await service.enrollInCohort(c.get("ctx"), c.req.valid("param").cohortId, c.req.valid("json")), 201),
  )
  .openapi(changeEnrollment, async (c) =>
    c.json(await service.changeEnrollment(c.get("ctx"), c.req.valid("param").enrollmentId, c.req.valid("json")), 200),
  )
  .openapi(personEnrollments, async (c) =>
    c.json(await service.listPersonEnrollments(c.get("ctx"), c.req.valid("param").personId), 200),
  );
