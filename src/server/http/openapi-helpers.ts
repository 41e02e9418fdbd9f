/** Small builders that keep route contracts short: JSON bodies and documented responses. */
import type { z } from "@hono/zod-openapi";
import { problems } from "./problem.ts";

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** The 400/401/403/404 every organization route can answer. */
export const scopedProblems = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
