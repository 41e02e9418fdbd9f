import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, type Locale } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();
const fellowship = "kivunim-ashdod";

/** Status and content type of a calendar address, fetched as a calendar app would (no session needed). */
function fetchCalendar(page: Page, address: string) {
  const url = new URL(address);
  return page.evaluate(async (path) => {
    const response = await fetch(path, { credentials: "omit" });
    return { status: response.status, type: response.headers.get("content-type") };
  }, `${url.pathname}${url.search}`);
}

async function firstCohortOf(page: Page, orgId: string): Promise<string> {
  return page.evaluate(async (base) => {
    const programs = await (await fetch(`${base}/programs`)).json();
    for (const program of programs) {
      const detail = await (await fetch(`${base}/programs/${program.id}`)).json();
      if (detail.cohorts.length > 0) return detail.cohorts[0].id as string;
    }
    throw new Error("The fellowship has no cohort");
  }, `/api/orgs/${orgId}`);
}

describe.each<{ locale: Locale }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `staff-share-a-calendar-feed-${step}-${locale}`);

  test("staff share a cohort's private feed, replace a leaked address, and visitors subscribe to the public calendar", async () => {
    const page = await newPage({ locale });
    await signIn(page);
    const orgId = await organizationId(page, fellowship);
    const cohortId = await firstCohortOf(page, orgId);

    await page.goto(`${baseUrl}/orgs/${orgId}/cohorts/${cohortId}`);
    const feed = page.getByRole("region", { name: t("events.calendar.title") });
    const address = feed.getByRole("textbox", { name: t("events.calendar.address") });
    await address.waitFor();
    const first = await address.inputValue();
    expect(first).toMatch(new RegExp(`/api/public/cohorts/${cohortId}/events\\.ics\\?token=[\\w-]+&lang=${locale}$`));
    const subscribe = feed.getByRole("link", { name: t("events.calendar.subscribe") });
    expect(await subscribe.getAttribute("href")).toBe(first.replace(/^https?:/, "webcal:"));
    expect(await fetchCalendar(page, first)).toEqual({ status: 200, type: "text/calendar; charset=utf-8" });
    await feed.scrollIntoViewIfNeeded();
    await shot(page, "01-cohort-feed");

    // The address leaked: a new one replaces it and the old one stops working.
    await feed.getByRole("button", { name: t("events.calendar.rotate") }).click();
    const dialog = page.getByRole("alertdialog", { name: t("events.calendar.rotateTitle") });
    await dialog.getByRole("button", { name: t("events.calendar.rotate") }).click();
    await expect.poll(() => address.inputValue()).not.toBe(first);
    const second = await address.inputValue();
    expect(second).not.toBe(first);
    expect((await fetchCalendar(page, first)).status).toBe(404);
    expect((await fetchCalendar(page, second)).status).toBe(200);
    await shot(page, "02-address-replaced");

    await page.goto(`${baseUrl}/o/${fellowship}/events`);
    const publicFeed = page.getByRole("region", { name: t("events.calendar.title") });
    const publicAddress = await publicFeed.getByRole("textbox", { name: t("events.calendar.address") }).inputValue();
    expect(publicAddress).toBe(`${baseUrl}/api/public/orgs/${fellowship}/events.ics?lang=${locale}`);
    expect(await publicFeed.getByRole("link", { name: t("events.calendar.subscribe") }).getAttribute("href")).toBe(
      publicAddress.replace(/^http:/, "webcal:"),
    );
    expect(await fetchCalendar(page, publicAddress)).toEqual({ status: 200, type: "text/calendar; charset=utf-8" });
    await shot(page, "03-public-calendar");
  });
});
