/** RFC 9457 problem+json responses and the OpenAPI schema that documents them. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { type AppError, type FieldIssue, ValidationFailed } from "./errors.ts";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().openapi({ description: "Message catalog key explaining the error" }),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .openapi({ description: "Field paths of invalid input" }),
  })
  .openapi("Problem");

export function problemResponse(c: Context, error: AppError) {
  const body = {
    type: "about:blank",
    title: error.message,
    status: error.status,
    code: error.code,
    errors: error.fields,
  };
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    ...error.headers,
    "content-type": "application/problem+json",
  });
}

/** Custom checks name their own catalog key (`params.code`); an empty required text is "required". */
function catalogCodeOf(issue: ZodError["issues"][number]) {
  if (issue.code === "custom" && (issue.params as { code?: string } | undefined)?.code)
    return issue.params?.code as string;
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) return "errors.required";
  return `errors.${issue.code}`;
}

export function validationProblem(zodError: ZodError, where: string) {
  const fields: FieldIssue[] = zodError.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    code: catalogCodeOf(issue),
    message: issue.message,
  }));
  return new ValidationFailed(fields);
}

const problemContent = { "application/problem+json": { schema: ProblemSchema } };

/** The error responses a route documents, by status. */
export const problems = {
  400: { description: "Invalid input; `errors` lists the fields", content: problemContent },
  401: { description: "Not signed in", content: problemContent },
  403: { description: "Role does not allow this", content: problemContent },
  404: { description: "Not found in this organization", content: problemContent },
  409: { description: "Conflicts with the current state", content: problemContent },
} as const;
