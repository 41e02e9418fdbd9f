/** Typed calls to the API (Hono RPC from the server's route types) and problem+json errors. */
import { type ClientResponse, hc } from "hono/client";
import type { App } from "../server/app.ts";

export const api = hc<App>("/", { init: { credentials: "same-origin" } });

type FieldIssue = { path: string; code: string; message: string };

/** An API refusal: `code` is a catalog key; `fields` point at the inputs to fix. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields: FieldIssue[],
  ) {
    super(code);
  }
}

type AnyClientResponse = ClientResponse<any, any, any>;
/** The body type of the 2xx responses among a route's documented responses. */
type SuccessBody<R> =
  R extends ClientResponse<infer Body, infer Status, "json"> ? (Status extends 200 | 201 ? Body : never) : never;

/** Resolves a response to its JSON body, or throws ApiError with the problem's code and fields. */
export async function unwrap<R extends AnyClientResponse>(response: R): Promise<SuccessBody<R>> {
  if (response.ok) return (await response.json()) as SuccessBody<R>;
  let problem: { code?: string; errors?: FieldIssue[] } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // A body that is not problem+json (a proxy's error page) still becomes an ApiError below.
  }
  const fallback = response.status === 429 ? "errors.rateLimited" : "errors.internal";
  throw new ApiError(response.status, problem.code ?? fallback, problem.errors ?? []);
}
