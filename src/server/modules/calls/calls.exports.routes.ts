/** Exports of a call's applications as CSV and XLSX, and one application's scores by stage for its printable page. */
import { createRoute, z } from "@hono/zod-openapi";
import { LocalizedTextOutput, Uuid } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { createRouter } from "../../http/router.ts";
import * as service from "./calls.exports.ts";
import { ApplicationParams, CallParams } from "./calls.schemas.ts";

const tags = ["calls"];

const columns =
  "One row per application that is not a draft: applicant, email, status, submitted at (ISO 8601 in the " +
  "organization's time zone), current stage, weighted mean and spread per review stage, then one column per form " +
  "field; headers and choice labels in the organization's default language.";

const exportCsv = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls/{callId}/applications/export.csv",
  tags,
  summary: "The call's applications with answers and scores as CSV (UTF-8 with byte-order mark)",
  description: columns,
  middleware: [allow("applications.read")] as const,
  request: { params: CallParams },
  responses: { 200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } }, ...scopedProblems },
});

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const exportXlsx = createRoute({
  method: "get",
  path: "/orgs/{orgId}/calls/{callId}/applications/export.xlsx",
  tags,
  summary: "The call's applications with answers and scores as an Excel workbook (one sheet named after the call)",
  description: `${columns} The header row is bold and frozen; scores are numbers.`,
  middleware: [allow("applications.read")] as const,
  request: { params: CallParams },
  responses: {
    200: {
      description: "XLSX workbook",
      content: { [xlsxType]: { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...scopedProblems,
  },
});

export const StageScores = z
  .object({
    stageId: Uuid,
    name: LocalizedTextOutput,
    position: z.number().int(),
    reviews: z.number().int(),
    weightedMean: z.number().nullable(),
    spread: z.number().nullable(),
    scores: z.array(
      z.object({
        criterionId: Uuid,
        criterion: LocalizedTextOutput,
        weight: z.number(),
        min: z.number().int(),
        max: z.number().int(),
        reviewerUserId: z.string(),
        reviewerName: z.string(),
        score: z.number().int(),
        comment: z.string().nullable(),
        scoredAt: z.string(),
      }),
    ),
  })
  .openapi("ApplicationStageScores");

const scores = createRoute({
  method: "get",
  path: "/orgs/{orgId}/applications/{applicationId}/scores",
  tags,
  summary: "An application's scores by review stage: weighted mean, spread, and each reviewer's scores and comments",
  middleware: [allow("applications.read")] as const,
  request: { params: ApplicationParams },
  responses: { 200: jsonResponse(z.array(StageScores), "Scores by stage"), ...scopedProblems },
});

export const callsExportsRouter = createRouter()
  .openapi(exportCsv, async (c) => {
    const file = await service.exportApplicationsCsv(c.get("ctx"), c.req.valid("param").callId);
    return c.body(file.body, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": file.disposition,
    });
  })
  .openapi(exportXlsx, async (c) => {
    const file = await service.exportApplicationsXlsx(c.get("ctx"), c.req.valid("param").callId);
    return c.body(file.body, 200, { "content-type": xlsxType, "content-disposition": file.disposition });
  })
  .openapi(scores, async (c) =>
    c.json(await service.applicationScores(c.get("ctx"), c.req.valid("param").applicationId), 200),
  );
