import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, isolated, type Locale, uniqueSuffix } from "../support/catalog.ts";
import { fillDateTime } from "../support/date-fields.ts";
import { baseUrl, demoPassword, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const fellowship = "kivunim-ashdod";
const fellowshipTimeZone = "Asia/Jerusalem";

/** The 2020 call's personal-interview stage, where the demo booked its applicants over two days. */
async function interviewStage(page: Page) {
  const orgId = await organizationId(page, fellowship);
  const get = (path: string) => page.evaluate(async (url) => (await fetch(url)).json(), `/api/orgs/${orgId}${path}`);
  const calls: { id: string; title: Record<string, string> }[] = await get("/calls");
  const call = calls.find((candidate) => candidate.title.en?.includes("Cohort 2020"));
  if (!call) throw new Error("The demo has the fellowship's 2020 call");
  const setup = await get(`/calls/${call.id}/review-stages`);
  return { orgId, callId: call.id, stageId: setup.stages[2].id as string };
}

/** Signs in someone who belongs to no organization: they land outside the staff pages. */
async function signInApplicant(page: Page, locale: Locale, email: string) {
  const t = catalog(locale);
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(t("auth.email"), { exact: true }).fill(email);
  await page.getByLabel(t("auth.password"), { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: t("auth.signIn"), exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** The option text of a slot in the move menu: its start, in the viewer's language, on the organization's clock. */
const slotOption = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: fellowshipTimeZone }).format(
    new Date(iso),
  );

describe("an applicant booked for an interview", () => {
  test("sees its time on their own clock and the organization's, and where it is, in Hebrew", async () => {
    const t = catalog("he");
    const staff = await newPage();
    await signIn(staff);
    const { orgId, stageId } = await interviewStage(staff);
    const { slots } = await staff.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/orgs/${orgId}/review-stages/${stageId}/slots`,
    );
    const booking = slots.find((slot: { bookings: unknown[] }) => slot.bookings.length > 0).bookings[0];
    const application = await staff.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/orgs/${orgId}/applications/${booking.applicationId}`,
    );

    const applicant = await newPage({ locale: "he" });
    await signInApplicant(applicant, "he", application.email);
    await applicant.goto(`${baseUrl}/my/applications`);
    await applicant.getByRole("heading", { name: t("applications.mine.title") }).waitFor();
    await applicant
      .getByText(t("applications.mine.interviewPlace", { place: isolated("בית כיוונים, רחוב הרצל 12, אשדוד") }))
      .waitFor();
    await screenshot(applicant, "applicant-sees-interview-he");
  });
});

describe("staff schedule interviews", () => {
  for (const locale of ["en", "he"] as const) {
    test(`in ${locale}: open a slot in the interview stage and move a booked applicant into it`, async () => {
      const t = catalog(locale);
      const page = await newPage({ locale });
      await signIn(page);
      const { orgId, callId, stageId } = await interviewStage(page);
      await page.goto(`${baseUrl}/orgs/${orgId}/review-stages/${stageId}?callId=${callId}`);
      await page.getByRole("heading", { name: t("slots.title") }).waitFor();
      expect(await page.getByText(t("slots.timeZone", { timeZone: fellowshipTimeZone })).isVisible()).toBe(true);

      // A third interview day, for one person, in a room named for this run.
      const room = `${locale === "he" ? "חדר" : "Room"} ${uniqueSuffix()}`;
      await page.getByRole("button", { name: t("slots.new") }).click();
      const dialog = page.getByRole("dialog");
      await fillDateTime(page, t("slots.startsAt"), "2019-10-18", "10:00");
      await fillDateTime(page, t("slots.endsAt"), "2019-10-18", "10:30");
      await dialog.getByLabel(t("slots.place"), { exact: true }).fill(room);
      await dialog.getByRole("button", { name: t("slots.create") }).click();
      await dialog.waitFor({ state: "detached" });
      const newSlot = page.getByRole("listitem").filter({ hasText: room });
      await newSlot.getByText(t("slots.booked", { count: 0, capacity: 1 })).waitFor();

      // The first booked applicant of the first day moves to it: their slot menu offers the new time.
      const [before, after] = t("slots.moveLabel", { name: "\u0000" }).split("\u0000");
      const moveMenus = page.getByRole("button", {
        name: new RegExp(`${escapeRegExp(before)}.+${escapeRegExp(after)}`),
      });
      await moveMenus.first().click();
      await page.getByRole("option", { name: slotOption(locale, "2019-10-18T07:00:00Z") }).click();
      await newSlot.getByText(t("slots.full")).waitFor();
      await screenshot(page, `staff-schedule-interviews-${locale}`);
    });
  }
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
