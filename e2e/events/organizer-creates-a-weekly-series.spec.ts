import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const hub = "athens-cso-hub";
const timeZone = "Europe/Athens";
const locale = "el";
const t = catalog(locale);

/** The calendar date `days` from today in Athens, as year, month and day. */
function dayFromToday(days: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Types a date and time into a React Aria date field segment by segment, in the order the Greek locale shows them
 * (day, month, year, hour, minute, then the day period of its 12-hour clock).
 */
async function typeDateTime(page: Page, label: string, date: ReturnType<typeof dayFromToday>, hour24: number) {
  const field = page.getByRole("group", { name: label, exact: true });
  await field.getByRole("spinbutton").first().click();
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  for (const part of [date.day, date.month, date.year, hour12]) {
    await page.keyboard.type(String(part).padStart(2, "0"));
  }
  await page.keyboard.type("00");
  // The day period follows the minutes; ArrowUp from the placeholder picks "π.μ.", once more "μ.μ.".
  const period = field.getByRole("spinbutton").last();
  await period.focus();
  await page.keyboard.press(hour24 >= 12 ? "ArrowUp" : "ArrowDown");
  const shown = await period.textContent();
  const wanted = new Intl.DateTimeFormat(locale, { hour: "numeric", hour12: true, timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2026, 0, 1, hour24)))
    .find((part) => part.type === "dayPeriod")?.value;
  if (shown !== wanted) await page.keyboard.press("ArrowUp");
}

describe("in Greek", () => {
  test("the hub's admin creates a weekly meeting at 18:00, cancels one occurrence and moves the series to 19:00", async () => {
    const page = await newPage({ locale });
    const run = uniqueSuffix();
    const title = `Εβδομαδιαία συνάντηση ομάδας ${run}`;
    const first = dayFromToday(7);
    const last = dayFromToday(7 + 7 * 5);
    const shot = (step: string) => screenshot(page, `organizer-creates-a-weekly-series-${step}-el`);

    await signIn(page);
    const orgId = await organizationId(page, hub);
    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await page
      .getByRole("navigation", { name: t("nav.label") })
      .getByRole("link", { name: t("nav.events") })
      .click();
    await page.getByRole("heading", { level: 1, name: t("events.title") }).waitFor();
    await page.getByRole("link", { name: t("events.new") }).click();
    await page.getByRole("heading", { level: 1, name: t("events.new") }).waitFor();

    await page.getByRole("button", { name: t("events.form.kind") }).click();
    await page.getByRole("option", { name: t("events.kind.weekly_meeting"), exact: true }).click();
    await page
      .getByRole("group", { name: t("events.form.title"), exact: true })
      .getByLabel("Ελληνικά")
      .fill(title);
    await page.getByLabel(t("events.form.timeZone")).fill(timeZone);
    await typeDateTime(page, t("events.form.startsAt"), first, 18);
    await typeDateTime(page, t("events.form.endsAt"), first, 20);
    await page.getByText(t("events.form.repeatsWeekly"), { exact: true }).click();
    const until = page.getByRole("group", { name: t("events.form.repeatUntil"), exact: true });
    await until.getByRole("spinbutton").first().click();
    for (const part of [last.day, last.month, last.year]) await page.keyboard.type(String(part).padStart(2, "0"));
    await page.getByLabel(t("events.form.venueName")).fill("Κόμβος Κοινωνίας των Πολιτών");
    await page.getByLabel(t("events.form.city")).fill("Αθήνα");
    await page.getByText(t("events.sector.civil_society"), { exact: true }).click();
    await page.getByText(t("events.form.isPublic"), { exact: true }).click();
    await shot("01-form");
    await page.getByRole("button", { name: t("events.form.create") }).click();

    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByText(t("events.seriesSummary", { count: 6, timeZone }), { exact: true }).waitFor();
    const rows = page.getByRole("table", { name: t("events.occurrences") }).getByRole("row");
    expect(await rows.count()).toBe(1 + 6);
    const sixPm = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
      new Date(Date.UTC(2026, 0, 1, 18)),
    );
    // The browser's Intl polyfill and Node may space "6:00 μ.μ." with different kinds of space.
    const spaced = (text: string | null) => (text ?? "").replace(/[\s\u202f]+/g, " ");
    for (let index = 1; index <= 6; index++)
      expect(spaced(await rows.nth(index).textContent())).toContain(spaced(sixPm));
    await shot("02-occurrences");

    // One occurrence is cancelled on its own; the others stay scheduled.
    await rows
      .nth(2)
      .getByRole("button", { name: t("events.cancelOne") })
      .click();
    await rows.nth(2).getByText(t("events.status.cancelled"), { exact: true }).waitFor();
    expect(await page.getByText(t("events.status.scheduled"), { exact: true }).count()).toBe(5);
    await shot("03-one-cancelled");

    // The whole series moves to 19:00 for 90 minutes; every (future) occurrence follows.
    await page.getByRole("button", { name: t("events.editSeries") }).click();
    await page.getByLabel(t("events.form.startTime")).fill("19:00");
    await page.getByLabel(t("events.form.durationMinutes")).fill("90");
    await shot("04-edit-series");
    await page.getByRole("button", { name: t("events.form.save") }).click();
    await page.getByRole("button", { name: t("events.editSeries") }).waitFor();
    const sevenPm = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(
      new Date(Date.UTC(2026, 0, 1, 19)),
    );
    await page
      .getByRole("cell", { name: new RegExp(spaced(sevenPm).replace(/ /g, "\\s")) })
      .first()
      .waitFor();
    for (let index = 1; index <= 6; index++) {
      expect(spaced(await rows.nth(index).textContent())).toContain(spaced(sevenPm));
    }
    expect(await rows.nth(2).getByText(t("events.status.cancelled"), { exact: true }).count()).toBe(1);

    // An occurrence's own page: details in the event's time zone, its registrations, and the way to check-in.
    await rows.nth(1).getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("link", { name: t("events.checkIn") }).waitFor();
    await page.getByText(t("events.noRegistrations"), { exact: true }).waitFor();
    await shot("05-occurrence");
  });
});
