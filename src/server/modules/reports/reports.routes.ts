/** Results of a period for the organization, one of its programs or a network it belongs to: JSON, CSV and charts. */
import { createRoute, z } from "@hono/zod-openapi";
import { OrgParams } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { createRouter } from "../../http/router.ts";
import { drawResultsChart, exportResultsCsv } from "./reports.exports.ts";
import * as schemas from "./reports.schemas.ts";
import { readResults } from "./reports.service.ts";

const tags = ["reports"];

const definitions =
  "Participants are attendance records plus headcounts of events that started in the period (in the organization's " +
  "time zone) and were not cancelled. A participant counts in their own country when known, else in the headcount's " +
  "country, else in the event venue's country (null = unknown). Unique people counts distinct attending people; " +
  "headcounts are not people. A network's figures add up its member organizations' records.";

const results = createRoute({
  method: "get",
  path: "/orgs/{orgId}/results",
  tags,
  summary: "Results of a period: events, participants by kind and country, unique people, courses and modules",
  description: definitions,
  middleware: [allow("reports.read")] as const,
  request: { params: OrgParams, query: schemas.ResultsQuery },
  responses: { 200: jsonResponse(schemas.Results, "The figures"), ...scopedProblems },
});

const resultsCsv = createRoute({
  method: "get",
  path: "/orgs/{orgId}/results/export.csv",
  tags,
  summary: "The results as CSV, one section per figure (UTF-8 with byte-order mark), named in `lang`",
  description: definitions,
  middleware: [allow("reports.read")] as const,
  request: { params: OrgParams, query: schemas.ResultsExportQuery },
  responses: { 200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } }, ...scopedProblems },
});

const resultsChart = createRoute({
  method: "get",
  path: "/orgs/{orgId}/results/charts/{chart}",
  tags,
  summary: "One figure as an SVG bar chart (Apache ECharts), labelled in `lang`, mirrored for right-to-left languages",
  middleware: [allow("reports.read")] as const,
  request: { params: schemas.ChartParams, query: schemas.ResultsExportQuery },
  responses: {
    200: { description: "SVG image", content: { "image/svg+xml": { schema: z.string() } } },
    ...scopedProblems,
  },
});

export const reportsRouter = createRouter()
  .openapi(results, async (c) => c.json(await readResults(c.get("ctx"), c.req.valid("query")), 200))
  .openapi(resultsCsv, async (c) => {
    const { csv, fileName } = await exportResultsCsv(c.get("ctx"), c.req.valid("query"));
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    });
  })
  .openapi(resultsChart, async (c) => {
    const figure = c.req.valid("param").chart.replace(/\.svg$/, "") as schemas.ChartedFigure;
    return c.body(await drawResultsChart(c.get("ctx"), figure, c.req.valid("query")), 200, {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "private, max-age=60",
    });
  });
