/** Builders the calls tests share: a published call for a fellowship's cohort, and applications submitted to it. */
import { expect } from "vitest";
import type { TestApp } from "../../testing/test-app.ts";

export type Member = { cookie: string; userId: string; email: string };

export async function json(response: Response) {
  return (await response.json()) as any;
}

/** A new fellowship's 2027 cohort, and a call for it with `call` (title, dates, fields …), published. */
export async function publishedCohortCall(
  t: TestApp,
  orgId: string,
  manager: { cookie: string },
  call: Record<string, unknown>,
) {
  const staff = (path: string, body?: unknown) =>
    t.call("POST", `/api/orgs/${orgId}${path}`, { cookie: manager.cookie, body });
  const programId = (await json(await staff("/programs", { type: "fellowship", name: { en: "F" } }))).id;
  const cohort = { programId, name: { en: "2027" }, startsOn: "2027-01-01", endsOn: "2027-07-31", capacity: 25 };
  const cohortId = (await json(await staff("/cohorts", cohort))).id;
  const created = await staff("/calls", { cohortId, ...call });
  expect(created.status, await created.clone().text()).toBe(201);
  const callId = (await json(created)).id as string;
  expect((await staff(`/calls/${callId}/publish`)).status).toBe(200);
  return callId;
}

/** The applicant starts an application with these answers and submits it; returns its id. */
export async function submitApplication(
  t: TestApp,
  applicant: { cookie: string },
  body: { callId: string; answers: object; locale?: string },
) {
  const started = await json(await t.call("POST", "/api/my/applications", { cookie: applicant.cookie, body }));
  const submitted = await t.call("POST", `/api/my/applications/${started.id}/submit`, { cookie: applicant.cookie });
  expect(submitted.status, await submitted.clone().text()).toBe(200);
  return started.id as string;
}
