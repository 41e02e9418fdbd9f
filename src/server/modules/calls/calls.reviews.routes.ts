/** Staged review of a call: stages and rubrics, moving applications, assigning reviewers, scoring and ranking. */
import { createRoute, z } from "@hono/zod-openapi";
import { Ok } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as schemas from "./calls.reviews.schemas.ts";
import * as service from "./calls.reviews.service.ts";
import { CallParams } from "./calls.schemas.ts";

const tags = ["reviews"];
const withConflict = { ...scopedProblems, 409: problems[409] };

const getSetup = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls/{callId}/review-stages",
  tags,
  summary: "The call's review stages in order, each with its rubric",
  middleware: [allow("calls.read")] as const,
  request: { params: CallParams },
  responses: { 200: jsonResponse(schemas.ReviewSetup, "Stages"), ...scopedProblems },
});

const configure = createRoute({
  method: "put",
  path: "/orgs/{orgId}/calls/{callId}/review-stages",
  tags,
  summary: "Set the call's review stages and rubrics and whether review is blind; refused once anyone scored",
  middleware: [allow("reviews.manage")] as const,
  request: { params: CallParams, body: jsonBody(schemas.ReviewSetupInput) },
  responses: { 200: jsonResponse(schemas.ReviewSetup, "Saved"), ...withConflict },
});

const move = createRoute({
  method: "post",
  path: "/orgs/{orgId}/calls/{callId}/review-moves",
  tags,
  summary: "Advance, hold or reject one or many applications of one stage, all or nothing",
  middleware: [allow("reviews.manage")] as const,
  request: { params: CallParams, body: jsonBody(schemas.MoveInput) },
  responses: { 200: jsonResponse(schemas.MoveResult, "Moved"), ...withConflict },
});

const ranking = createRoute({
  method: "get",
  path: "/orgs/{orgId}/review-stages/{stageId}",
  tags,
  summary: "The stage view: its applications ranked by weighted mean score, with reviews, spread and reviewers",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.StageParams },
  responses: { 200: jsonResponse(schemas.StageRanking, "Ranking"), ...scopedProblems },
});

const assign = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-stages/{stageId}/assignments",
  tags,
  summary: "Assign each chosen reviewer (staff or mentor) to each chosen application of the stage",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.StageParams, body: jsonBody(schemas.AssignInput) },
  responses: { 200: jsonResponse(schemas.ReviewerLoads, "Reviewer loads"), ...withConflict },
});

const balance = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-stages/{stageId}/assignments/balance",
  tags,
  summary: "Give every application of the stage N reviewers from the chosen ones, loads differing by at most one",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.StageParams, body: jsonBody(schemas.BalanceInput) },
  responses: { 200: jsonResponse(schemas.ReviewerLoads, "Reviewer loads"), ...withConflict },
});

const reviewers = createRoute({
  method: "get",
  path: "/orgs/{orgId}/reviewers",
  tags,
  summary: "Members who may be assigned to review (staff and mentors), for staff who assign reviewers",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.AssignmentParams.pick({ orgId: true }) },
  responses: { 200: jsonResponse(z.array(schemas.Reviewer), "Reviewers"), ...scopedProblems },
});

const unassign = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/review-assignments/{assignmentId}",
  tags,
  summary: "Take a reviewer off an application in a stage; refused once they have scored it there",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.AssignmentParams },
  responses: { 200: jsonResponse(Ok, "Unassigned"), ...withConflict },
});

const myAssignments = createRoute({
  method: "get",
  path: "/orgs/{orgId}/review-assignments",
  tags,
  summary: "The signed-in reviewer's applications to review in their current stage",
  middleware: [allow("reviews.score")] as const,
  request: { params: schemas.AssignmentParams.pick({ orgId: true }) },
  responses: { 200: jsonResponse(z.array(schemas.AssignmentSummary), "Assignments"), ...scopedProblems },
});

const myAssignment = createRoute({
  method: "get",
  path: "/orgs/{orgId}/review-assignments/{assignmentId}",
  tags,
  summary: "An application to review with the stage's rubric and my scores (names hidden in a blind review)",
  middleware: [allow("reviews.score")] as const,
  request: { params: schemas.AssignmentParams },
  responses: { 200: jsonResponse(schemas.AssignmentDetail, "Assignment"), ...scopedProblems },
});

const score = createRoute({
  method: "put",
  path: "/orgs/{orgId}/review-assignments/{assignmentId}/scores",
  tags,
  summary: "Score criteria of the stage's rubric, each an integer on its scale, with optional comments",
  middleware: [allow("reviews.score")] as const,
  request: { params: schemas.AssignmentParams, body: jsonBody(schemas.ScoresInput) },
  responses: { 200: jsonResponse(schemas.AssignmentDetail, "Scored"), ...scopedProblems },
});

const declareConflict = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-assignments/{assignmentId}/conflict",
  tags,
  summary: "Declare a conflict of interest: unassigned, scores discarded, and the application is out of sight",
  middleware: [allow("reviews.score")] as const,
  request: { params: schemas.AssignmentParams, body: jsonBody(schemas.ConflictInput) },
  responses: { 200: jsonResponse(Ok, "Declared"), ...withConflict },
});

export const callsReviewsRouter = createRouter()
  .openapi(getSetup, async (c) => c.json(await service.getReviewSetup(c.get("ctx"), c.req.valid("param").callId), 200))
  .openapi(configure, async (c) =>
    c.json(await service.configureReviewStages(c.get("ctx"), c.req.valid("param").callId, c.req.valid("json")), 200),
  )
  .openapi(move, async (c) =>
    c.json(await service.moveApplications(c.get("ctx"), c.req.valid("param").callId, c.req.valid("json")), 200),
  )
  .openapi(ranking, async (c) => c.json(await service.rankStage(c.get("ctx"), c.req.valid("param").stageId), 200))
  .openapi(assign, async (c) =>
    c.json(await service.assignReviewers(c.get("ctx"), c.req.valid("param").stageId, c.req.valid("json")), 200),
  )
  .openapi(balance, async (c) =>
    c.json(await service.balanceReviewers(c.get("ctx"), c.req.valid("param").stageId, c.req.valid("json")), 200),
  )
  .openapi(reviewers, async (c) => c.json(await service.listReviewers(c.get("ctx")), 200))
  .openapi(unassign, async (c) =>
    c.json(await service.unassignReviewer(c.get("ctx"), c.req.valid("param").assignmentId), 200),
  )
  .openapi(myAssignments, async (c) => c.json(await service.listMyAssignments(c.get("ctx")), 200))
  .openapi(myAssignment, async (c) =>
    c.json(await service.getMyAssignment(c.get("ctx"), c.req.valid("param").assignmentId), 200),
  )
  .openapi(score, async (c) =>
    c.json(await service.scoreApplication(c.get("ctx"), c.req.valid("param").assignmentId, c.req.valid("json")), 200),
  )
  .openapi(declareConflict, async (c) =>
    c.json(await service.declareConflict(c.get("ctx"), c.req.valid("param").assignmentId, c.req.valid("json")), 200),
  );
