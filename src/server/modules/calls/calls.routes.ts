/** Open calls and selection: staff build calls with forms and decide; the public reads them; applicants apply. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { OrgParams, PageQuery } from "../../http/common.schemas.ts";
import { type AppEnv, allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { callsExportsRouter } from "./calls.exports.routes.ts";
import { callsFilesRouter } from "./calls.files.routes.ts";
import { callsReviewsRouter } from "./calls.reviews.routes.ts";
import * as schemas from "./calls.schemas.ts";
import * as service from "./calls.service.ts";
import { callsSlotsRouter } from "./calls.slots.routes.ts";

const tags = ["calls"];

const listCalls = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls",
  tags,
  summary: "Calls of the organization with their application counts",
  middleware: [allow("calls.read")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.CallSummary), "Calls"), ...scopedProblems },
});

const draftCall = createRoute({
  method: "post",
  path: "/orgs/{orgId}/calls",
  tags,
  summary: "Draft a call for a cohort with its application form",
  middleware: [allow("calls.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.CallInput) },
  responses: { 201: jsonResponse(schemas.CallDetail, "Drafted"), ...scopedProblems },
});

const getCall = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls/{callId}",
  tags,
  summary: "A call with its form, screening rules and application counts by status",
  middleware: [allow("calls.read")] as const,
  request: { params: schemas.CallParams },
  responses: { 200: jsonResponse(schemas.CallDetail, "The call"), ...scopedProblems },
});

const editCall = createRoute({
  method: "put",
  path: "/orgs/{orgId}/calls/{callId}",
  tags,
  summary: "Edit a call and replace its form; once people applied, questions may be added but not taken away",
  middleware: [allow("calls.write")] as const,
  request: { params: schemas.CallParams, body: jsonBody(schemas.CallInput) },
  responses: { 200: jsonResponse(schemas.CallDetail, "Saved"), ...scopedProblems, 409: problems[409] },
});

const publishCall = createRoute({
  method: "post",
  path: "/orgs/{orgId}/calls/{callId}/publish",
  tags,
  summary: "Publish a call on the public pages (or reopen a closed one)",
  middleware: [allow("calls.write")] as const,
  request: { params: schemas.CallParams },
  responses: { 200: jsonResponse(schemas.CallDetail, "Published"), ...scopedProblems },
});

const closeCall = createRoute({
  method: "post",
  path: "/orgs/{orgId}/calls/{callId}/close",
  tags,
  summary: "Close a call to submissions before its deadline",
  middleware: [allow("calls.write")] as const,
  request: { params: schemas.CallParams },
  responses: { 200: jsonResponse(schemas.CallDetail, "Closed"), ...scopedProblems, 409: problems[409] },
});

const listApplications = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls/{callId}/applications",
  tags,
  summary: "Applications to a call, in order of submission, optionally of one status",
  middleware: [allow("applications.read")] as const,
  request: { params: schemas.CallParams, query: schemas.ApplicationsQuery },
  responses: { 200: jsonResponse(schemas.ApplicationsPage, "Applications"), ...scopedProblems },
});

const openCalls = createRoute({
  method: "get",
  path: "/public/calls",
  tags,
  summary: "Calls open for applications now, across organizations (no sign-in needed)",
  request: { query: PageQuery },
  responses: { 200: jsonResponse(schemas.PublicCallsPage, "Open calls"), 400: problems[400] },
});

const publicCall = createRoute({
  method: "get",
  path: "/public/calls/{callId}",
  tags,
  summary: "A published call and its application form (no sign-in needed)",
  request: { params: schemas.PublicCallParams },
  responses: { 200: jsonResponse(schemas.PublicCall, "The call"), 400: problems[400], 404: problems[404] },
});

const applicantProblems = { 400: problems[400], 401: problems[401], 404: problems[404], 409: problems[409] };

const myApplications = createRoute({
  method: "get",
  path: "/my/applications",
  tags,
  summary: "The signed-in user's applications and their status",
  middleware: [signedIn] as const,
  responses: { 200: jsonResponse(z.array(schemas.MyApplicationSummary), "My applications"), 401: problems[401] },
});

const startApplication = createRoute({
  method: "post",
  path: "/my/applications",
  tags,
  summary: "Start an application to an open call as a draft (any signed-in user)",
  middleware: [signedIn] as const,
  request: { body: jsonBody(schemas.StartApplicationInput) },
  responses: { 201: jsonResponse(schemas.MyApplication, "Draft started"), ...applicantProblems },
});

const myApplication = createRoute({
  method: "get",
  path: "/my/applications/{applicationId}",
  tags,
  summary: "One of my applications with its answers",
  middleware: [signedIn] as const,
  request: { params: schemas.MyApplicationParams },
  responses: {
    200: jsonResponse(schemas.MyApplication, "My application"),
    400: problems[400],
    401: problems[401],
    404: problems[404],
  },
});

const saveDraft = createRoute({
  method: "put",
  path: "/my/applications/{applicationId}",
  tags,
  summary: "Save a draft's answers; required answers are checked only at submission",
  middleware: [signedIn] as const,
  request: { params: schemas.MyApplicationParams, body: jsonBody(schemas.SaveApplicationInput) },
  responses: { 200: jsonResponse(schemas.MyApplication, "Saved"), ...applicantProblems },
});

const submitApplication = createRoute({
  method: "post",
  path: "/my/applications/{applicationId}/submit",
  tags,
  summary: "Submit a draft before the deadline; a failed screening question screens it out",
  middleware: [signedIn] as const,
  request: { params: schemas.MyApplicationParams },
  responses: { 200: jsonResponse(schemas.MyApplication, "Submitted"), ...applicantProblems },
});

const withdrawApplication = createRoute({
  method: "post",
  path: "/my/applications/{applicationId}/withdraw",
  tags,
  summary: "Withdraw an application; an accepted applicant gives up their place in the cohort",
  middleware: [signedIn] as const,
  request: { params: schemas.MyApplicationParams },
  responses: { 200: jsonResponse(schemas.MyApplication, "Withdrawn"), ...applicantProblems },
});

const getApplication = createRoute({
  method: "get",
  path: "/orgs/{orgId}/applications/{applicationId}",
  tags,
  summary: "An application with its answers and its audit trail",
  middleware: [allow("applications.read")] as const,
  request: { params: schemas.ApplicationParams },
  responses: { 200: jsonResponse(schemas.Application, "The application"), ...scopedProblems },
});

const decide = createRoute({
  method: "post",
  path: "/orgs/{orgId}/applications/{applicationId}/decision",
  tags,
  summary: "Accept (enrolling into the cohort), waitlist or reject; the applicant is emailed in their language",
  middleware: [allow("applications.decide")] as const,
  request: { params: schemas.ApplicationParams, body: jsonBody(schemas.DecisionInput) },
  responses: { 200: jsonResponse(schemas.Application, "Decided"), ...scopedProblems, 409: problems[409] },
});

function publicContext(c: Context<AppEnv>): service.PublicContext {
  const { database, clock } = c.get("services");
  return { db: database.db, clock };
}

function applicantContext(c: Context<AppEnv>): service.ApplicantContext {
  const { config } = c.get("services");
  return { ...publicContext(c), config, user: requireUser(c.get("user")) };
}

// Registration order is the document's order: the applicant's steps come before the staff decision on them.
export const callsRouter = createRouter()
  .openapi(listCalls, async (c) => c.json(await service.listCalls(c.get("ctx")), 200))
  .openapi(draftCall, async (c) => c.json(await service.draftCall(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getCall, async (c) => c.json(await service.getCall(c.get("ctx"), c.req.valid("param").callId), 200))
  .openapi(editCall, async (c) =>
    c.json(await service.editCall(c.get("ctx"), c.req.valid("param").callId, c.req.valid("json")), 200),
  )
  .openapi(publishCall, async (c) => c.json(await service.publishCall(c.get("ctx"), c.req.valid("param").callId), 200))
  .openapi(closeCall, async (c) => c.json(await service.closeCall(c.get("ctx"), c.req.valid("param").callId), 200))
  .openapi(listApplications, async (c) =>
    c.json(await service.listApplications(c.get("ctx"), c.req.valid("param").callId, c.req.valid("query")), 200),
  )
  .openapi(openCalls, async (c) => c.json(await service.findOpenCalls(publicContext(c), c.req.valid("query")), 200))
  .openapi(publicCall, async (c) =>
    c.json(await service.getPublicCall(publicContext(c), c.req.valid("param").callId), 200),
  )
  .openapi(myApplications, async (c) => c.json(await service.listMyApplications(applicantContext(c)), 200))
  .openapi(startApplication, async (c) =>
    c.json(await service.startApplication(applicantContext(c), c.req.valid("json")), 201),
  )
  .openapi(myApplication, async (c) =>
    c.json(await service.getMyApplication(applicantContext(c), c.req.valid("param").applicationId), 200),
  )
  .openapi(saveDraft, async (c) =>
    c.json(await service.saveDraft(applicantContext(c), c.req.valid("param").applicationId, c.req.valid("json")), 200),
  )
  .openapi(submitApplication, async (c) =>
    c.json(await service.submitApplication(applicantContext(c), c.req.valid("param").applicationId), 200),
  )
  .openapi(withdrawApplication, async (c) =>
    c.json(await service.withdrawApplication(applicantContext(c), c.req.valid("param").applicationId), 200),
  )
  .openapi(getApplication, async (c) =>
    c.json(await service.getApplication(c.get("ctx"), c.req.valid("param").applicationId), 200),
  )
  .openapi(decide, async (c) =>
    c.json(
      await service.decideOnApplication(c.get("ctx"), c.req.valid("param").applicationId, c.req.valid("json")),
      200,
    ),
  )
  .route("/", callsReviewsRouter)
  .route("/", callsSlotsRouter)
  .route("/", callsExportsRouter)
  .route("/", callsFilesRouter);
