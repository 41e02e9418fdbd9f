import type { Page } from "playwright-core";
import { describe, test } from "vitest";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

/** JSON to the API with the page's session; the story's setup, not what it tells. */
async function send(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  );
}

/** A fellowship of 150 hours, a new fellow in its cohort, and one three-hour meeting of the cohort. */
async function fellowWithOneMeeting(page: Page, orgId: string, run: string, fellowName: string, email: string) {
  const base = `/api/orgs/${orgId}`;
  const program = await send(page, "POST", `${base}/programs`, {
    type: "fellowship",
    name: { en: `Fellowship ${run}`, he: `תוכנית עמיתים ${run}` },
    commitmentHours: 150,
  });
  const cohort = await send(page, "POST", `${base}/cohorts`, {
    programId: program.id,
    name: { en: `Cohort ${run}`, he: `מחזור ${run}` },
    startsOn: "2026-09-01",
    endsOn: "2027-07-31",
    capacity: 20,
  });
  const person = await send(page, "POST", `${base}/people`, { fullName: fellowName, email });
  const enrollment = await send(page, "POST", `${base}/cohorts/${cohort.id}/enrollments`, {
    personId: person.id,
    role: "participant",
  });
  const meeting = await send(page, "POST", `${base}/events`, {
    kind: "weekly_meeting",
    title: { en: `Weekly meeting ${run}`, he: `מפגש שבועי ${run}` },
    startsAt: "2026-11-02T16:00:00Z",
    endsAt: "2026-11-02T19:00:00Z",
    timeZone: "Asia/Jerusalem",
    programId: program.id,
    cohortId: cohort.id,
  });
  return { cohort, enrollment, meeting };
}

describe.each<{ locale: "en" | "he" }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `participant-sees-hours-${step}-${locale}`);
  const progress = (done: string) => t("hours.ofTarget", { done, target: 150 });

  test("staff log hours for a fellow, who then sees her progress towards 150 hours", async () => {
    const staff = await newPage({ locale });
    const run = uniqueSuffix();
    const fellowName = { en: `Maya Fellow ${run}`, he: `מאיה עמיתה ${run}` }[locale];
    const email = `maya-${run}@example.org`;
    await signIn(staff);
    const orgId = await organizationId(staff, "kivunim-ashdod");
    const { cohort, meeting } = await fellowWithOneMeeting(staff, orgId, run, fellowName, email);

    // After the meeting, staff mark her present from the cohort's expected list.
    await staff.goto(`${baseUrl}/orgs/${orgId}/events/${meeting.id}/attendance`);
    await staff.getByRole("button", { name: t("attendance.bulk.open") }).click();
    const bulk = staff.getByRole("dialog", { name: t("attendance.bulk.title") });
    await bulk.getByRole("button", { name: t("attendance.bulk.selectAll", { count: 1 }) }).click();
    await bulk.getByRole("button", { name: t("attendance.bulk.submit", { count: 1 }) }).click();
    await bulk.getByText(t("attendance.bulk.done", { added: 1, alreadyPresent: 0 })).waitFor();
    await shot(staff, "00-attendance-marked");
    await bulk.getByRole("button", { name: t("attendance.close") }).click();

    await staff.goto(`${baseUrl}/orgs/${orgId}/cohorts/${cohort.id}`);
    await staff.getByRole("link", { name: t("hours.cohortLink") }).click();
    await staff.getByRole("heading", { level: 1, name: t("hours.cohortTitle") }).waitFor();
    await staff.getByText(progress("3")).waitFor();
    await shot(staff, "01-cohort-roster");

    await staff.getByRole("link", { name: fellowName }).click();
    await staff.getByRole("heading", { level: 1, name: fellowName }).waitFor();
    await staff.getByLabel(t("hours.log.hours"), { exact: true }).fill("4.5");
    await staff
      .getByLabel(t("hours.log.description"), { exact: true })
      .fill({ en: "Community initiative planning", he: "תכנון מיזם קהילתי" }[locale]);
    await staff.getByRole("button", { name: t("hours.log.submit") }).click();
    await staff.getByText(t("hours.log.saved")).waitFor();
    await staff.getByText(progress("7.5")).waitFor();
    await shot(staff, "02-hours-logged");

    const fellow = await newPage({ locale });
    await fellow.goto(`${baseUrl}/sign-in`);
    await fellow.evaluate(
      async ({ name, email }) => {
        const response = await fetch("/api/auth/sign-up/email", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name, email, password: "a-long-enough-password" }),
        });
        if (!response.ok) throw new Error(`sign-up answered ${response.status}`);
      },
      { name: fellowName, email },
    );
    await fellow.goto(`${baseUrl}/my/hours`);
    await fellow.getByRole("heading", { level: 1, name: t("hours.mineTitle") }).waitFor();
    await fellow.getByText(progress("7.5")).waitFor();
    await shot(fellow, "03-participant-sees-hours");
  });
});
