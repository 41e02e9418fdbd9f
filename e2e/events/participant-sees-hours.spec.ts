import type { Page } from "playwright-core";
import { describe, test } from "vitest";
import { apiRequest } from "../support/api.ts";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

/** A fellowship of 150 hours, the fellow in its cohort, and one three-hour meeting of the cohort. */
async function fellowWithOneMeeting(page: Page, orgId: string, run: string, personId: string) {
  const base = `/api/orgs/${orgId}`;
  const program = await apiRequest(page, "POST", `${base}/programs`, {
    type: "fellowship",
    name: { en: `Fellowship ${run}`, he: `תוכנית עמיתים ${run}` },
    commitmentHours: 150,
  });
  const cohort = await apiRequest(page, "POST", `${base}/cohorts`, {
    programId: program.id,
    name: { en: `Cohort ${run}`, he: `מחזור ${run}` },
    startsOn: "2026-09-01",
    endsOn: "2027-07-31",
    capacity: 20,
  });
  const enrollment = await apiRequest(page, "POST", `${base}/cohorts/${cohort.id}/enrollments`, {
    personId,
    role: "participant",
  });
  const meeting = await apiRequest(page, "POST", `${base}/events`, {
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

/** The demo's participant login and the fellow of the 2027 cohort it belongs to (people.demo.ts). */
const demoFellow = { email: "fellow@kivunim.example", fullName: "עידו מרציאנו" };

async function demoFellowPersonId(page: Page, orgId: string) {
  const found = await apiRequest(page, "GET", `/api/orgs/${orgId}/people?q=${encodeURIComponent(demoFellow.email)}`);
  return found.items[0].id as string;
}

// Slovene readers of this Hebrew organization see its cohorts' Hebrew names: the organization's language is the fallback.
describe.each<{ locale: "sl" | "he" }>([{ locale: "sl" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `participant-sees-hours-${step}-${locale}`);
  const progress = (done: number) =>
    t("hours.ofTarget", { done: new Intl.NumberFormat(locale).format(done), target: 150 });

  test("staff log hours for the demo fellow, who signs in and sees their progress towards 150 hours", async () => {
    const staff = await newPage({ locale });
    const run = uniqueSuffix();
    const fellowName = demoFellow.fullName;
    await signIn(staff);
    const orgId = await organizationId(staff, "kivunim-ashdod");
    const personId = await demoFellowPersonId(staff, orgId);
    const { cohort, meeting } = await fellowWithOneMeeting(staff, orgId, run, personId);

    // After the meeting, staff mark the fellow present from the cohort's expected list.
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
    await staff.getByText(progress(3)).waitFor();
    await shot(staff, "01-cohort-roster");

    await staff.getByRole("link", { name: fellowName }).click();
    await staff.getByRole("heading", { level: 1, name: fellowName }).waitFor();
    // Typed as a Slovene or Hebrew reader writes four and a half.
    await staff.getByLabel(t("hours.log.hours"), { exact: true }).fill({ sl: "4,5", he: "4.5" }[locale]);
    await staff
      .getByLabel(t("hours.log.description"), { exact: true })
      .fill({ sl: "Načrtovanje skupnostne pobude", he: "תכנון מיזם קהילתי" }[locale]);
    await staff.getByRole("button", { name: t("hours.log.submit") }).click();
    await staff.getByText(t("hours.log.saved")).waitFor();
    await staff.getByText(progress(7.5)).waitFor();
    await shot(staff, "02-hours-logged");

    // The fellow signs in with the demo's participant login, whose email the demo verified.
    const fellow = await newPage({ locale });
    await signIn(fellow, demoFellow.email);
    await fellow.goto(`${baseUrl}/my/hours`);
    await fellow.getByRole("heading", { level: 1, name: t("hours.mineTitle") }).waitFor();
    const cardOf = (cohortName: string) =>
      fellow.locator("section").filter({ has: fellow.getByRole("heading", { level: 2, name: cohortName }) });
    const thisRun = cardOf(`מחזור ${run}`);
    await thisRun.getByText(progress(7.5)).waitFor();
    // The fellow's cohort in the demo, with the weekly meetings attended since November.
    const cohort2027 = cardOf("מחזור 2027");
    await cohort2027.getByRole("progressbar", { name: t("hours.progressLabel") }).waitFor();
    await cohort2027.getByRole("cell", { name: "מפגש שבועי של המחזור" }).first().waitFor();
    await shot(fellow, "03-participant-sees-hours");
  });

  test("someone who signs up with a fellow's email address does not see the fellow's hours", async () => {
    const staff = await newPage({ locale });
    const run = uniqueSuffix();
    await signIn(staff);
    const orgId = await organizationId(staff, "kivunim-ashdod");
    const email = `maya-${run}@example.org`;
    const person = await apiRequest(staff, "POST", `/api/orgs/${orgId}/people`, { fullName: `Maya ${run}`, email });
    await fellowWithOneMeeting(staff, orgId, run, person.id);

    // Sign-up does not prove the address is theirs: until a sign-in link to it is used, nothing is linked by it.
    const stranger = await newPage({ locale });
    await stranger.goto(`${baseUrl}/sign-in`);
    await apiRequest(stranger, "POST", "/api/auth/sign-up/email", {
      name: "Not Maya",
      email,
      password: "a-long-enough-password",
    });
    await stranger.goto(`${baseUrl}/my/hours`);
    await stranger.getByRole("heading", { level: 1, name: t("hours.mineTitle") }).waitFor();
    await stranger.getByText(t("hours.mineUnlinked")).waitFor();
    await shot(stranger, "04-unverified-sign-up-sees-nothing");
  });
});
