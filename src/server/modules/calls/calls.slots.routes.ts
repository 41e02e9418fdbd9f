/** Interview slots of a review stage: staff set them, book applications in, move and cancel bookings, fill in bulk. */
import { createRoute } from "@hono/zod-openapi";
import { Ok, OrgParams } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { StageParams } from "./calls.reviews.schemas.ts";
import * as schemas from "./calls.slots.schemas.ts";
import * as service from "./calls.slots.service.ts";

const tags = ["interviews"];
const withConflict = { ...scopedProblems, 409: problems[409] };

const list = createRoute({
  method: "get",
  path: "/orgs/{orgId}/review-stages/{stageId}/slots",
  tags,
  summary: "The stage's interview slots in time order, each with the applications booked into it",
  middleware: [allow("reviews.manage")] as const,
  request: { params: StageParams },
  responses: { 200: jsonResponse(schemas.StageSlots, "Slots"), ...scopedProblems },
});

const create = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-stages/{stageId}/slots",
  tags,
  summary: "Open an interview slot in the stage: its time, place or online link, and how many people it takes",
  middleware: [allow("reviews.manage")] as const,
  request: { params: StageParams, body: jsonBody(schemas.SlotInput) },
  responses: { 201: jsonResponse(schemas.Slot, "Created"), ...scopedProblems },
});

const edit = createRoute({
  method: "put",
  path: "/orgs/{orgId}/interview-slots/{slotId}",
  tags,
  summary: "Change a slot; applicants booked into it are told of a new time or place",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.SlotParams, body: jsonBody(schemas.SlotInput) },
  responses: { 200: jsonResponse(schemas.Slot, "Saved"), ...withConflict },
});

const remove = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/interview-slots/{slotId}",
  tags,
  summary: "Delete a slot nobody is booked into (move or cancel its bookings first)",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.SlotParams },
  responses: { 200: jsonResponse(Ok, "Deleted"), ...withConflict },
});

const book = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-stages/{stageId}/bookings",
  tags,
  summary: "Book an application of the stage into one of its slots and email the applicant",
  middleware: [allow("reviews.manage")] as const,
  request: { params: StageParams, body: jsonBody(schemas.BookInput) },
  responses: { 201: jsonResponse(schemas.Slot, "Booked"), ...withConflict },
});

const fill = createRoute({
  method: "post",
  path: "/orgs/{orgId}/review-stages/{stageId}/bookings/fill",
  tags,
  summary: "Book the stage's unbooked applications, in ranking order, into the earliest free places",
  middleware: [allow("reviews.manage")] as const,
  request: { params: StageParams },
  responses: { 200: jsonResponse(schemas.FillResult, "Filled"), ...withConflict },
});

const rebook = createRoute({
  method: "put",
  path: "/orgs/{orgId}/interview-bookings/{bookingId}",
  tags,
  summary: "Move a booking to another slot of its stage and email the applicant the new time",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.BookingParams, body: jsonBody(schemas.RebookInput) },
  responses: { 200: jsonResponse(schemas.Slot, "Moved"), ...withConflict },
});

const cancel = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/interview-bookings/{bookingId}",
  tags,
  summary: "Cancel a booking and email the applicant",
  middleware: [allow("reviews.manage")] as const,
  request: { params: schemas.BookingParams },
  responses: { 200: jsonResponse(Ok, "Cancelled"), ...scopedProblems },
});

const reviewerInterviews = createRoute({
  method: "get",
  path: "/orgs/{orgId}/review-interviews",
  tags,
  summary: "When the signed-in reviewer's assigned applications are interviewed, by assignment",
  middleware: [allow("reviews.score")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(schemas.ReviewerInterviews, "Interview times"), ...scopedProblems },
});

export const callsSlotsRouter = createRouter()
  .openapi(list, async (c) => c.json(await service.listStageSlots(c.get("ctx"), c.req.valid("param").stageId), 200))
  .openapi(create, async (c) =>
    c.json(await service.createSlot(c.get("ctx"), c.req.valid("param").stageId, c.req.valid("json")), 201),
  )
  .openapi(edit, async (c) =>
    c.json(await service.editSlot(c.get("ctx"), c.req.valid("param").slotId, c.req.valid("json")), 200),
  )
  .openapi(remove, async (c) => c.json(await service.deleteSlot(c.get("ctx"), c.req.valid("param").slotId), 200))
  .openapi(book, async (c) =>
    c.json(await service.bookInterview(c.get("ctx"), c.req.valid("param").stageId, c.req.valid("json")), 201),
  )
  .openapi(fill, async (c) => c.json(await service.fillSlots(c.get("ctx"), c.req.valid("param").stageId), 200))
  .openapi(rebook, async (c) =>
    c.json(await service.rebookInterview(c.get("ctx"), c.req.valid("param").bookingId, c.req.valid("json")), 200),
  )
  .openapi(reviewerInterviews, async (c) => c.json(await service.listMyReviewInterviews(c.get("ctx")), 200))
  .openapi(cancel, async (c) =>
    c.json(await service.cancelInterview(c.get("ctx"), c.req.valid("param").bookingId), 200),
  );
