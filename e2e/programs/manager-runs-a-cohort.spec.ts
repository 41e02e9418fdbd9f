import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, isolated, type Locale, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const fellowship = "kivunim-ashdod";
const fellowshipTimeZone = "Asia/Jerusalem";

/** Fellows of the demo's 2027 cohort: enrolled there, not in the cohort each story opens. */
const fellows = ["אדיר סבג", "רותם קדוש", "ספיר אלקיים"];
const oneTooMany = "נדב בוזגלו";

/** A calendar date `days` from today where the fellowship works, as the cohort page counts days. */
function dayFromToday(days: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: fellowshipTimeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Api = { orgId: string; get: (path: string) => Promise<any> };

async function api(page: Page, slug: string): Promise<Api> {
  const orgId = await organizationId(page, slug);
  const get = (path: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json();
    }, `/api/orgs/${orgId}${path}`);
  return { orgId, get };
}

describe.each<{ locale: Locale }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `manager-runs-a-cohort-${step}-${locale}`);

  test("a manager opens a cohort, fills its places, is told when it is full and frees a place", async () => {
    const page = await newPage({ locale });
    const run = uniqueSuffix();
    const programName = { en: `Civic Leaders ${run}`, he: `מובילים אזרחיים ${run}` };
    const cohortName = { en: `First cohort ${run}`, he: `מחזור ראשון ${run}` };
    // Names show in the interface language; the phase editor writes in that language only.
    const shown = locale === "he" ? "he" : "en";
    const phaseNames = { en: ["Training", "Community projects"], he: ["הכשרה", "מיזמים בקהילה"] }[shown];
    const cohortDates = { startsOn: dayFromToday(-30), endsOn: dayFromToday(150) };
    const firstPhaseEndsOn = dayFromToday(10);
    const money = (amount: number) =>
      new Intl.NumberFormat(locale, { style: "currency", currency: "ILS" }).format(amount);

    await signIn(page);
    const { orgId, get } = await api(page, fellowship);
    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await page
      .getByRole("navigation", { name: t("nav.label") })
      .getByRole("link", { name: t("nav.programs") })
      .click();
    await page.getByRole("heading", { level: 1, name: t("programs.title") }).waitFor();

    // A fellowship, named in English and Hebrew, with 20 places by default.
    await page.getByRole("button", { name: t("programs.new") }).click();
    await page.getByRole("button", { name: t("programs.form.type") }).click();
    await page.getByRole("option", { name: t("programs.type.fellowship"), exact: true }).click();
    const programNameGroup = page.getByRole("group", { name: t("programs.form.name"), exact: true });
    await programNameGroup.getByLabel("English").fill(programName.en);
    await programNameGroup.getByLabel("עברית").fill(programName.he);
    await fillNumber(page, t("programs.form.defaultCapacity"), 20);
    await fillNumber(page, t("programs.form.commitmentHours"), 120);
    await shot(page, "01-new-program");
    await page.getByRole("button", { name: t("programs.form.create") }).click();
    await page.getByRole("heading", { level: 1, name: programName[shown] }).waitFor();
    const programFacts = [
      t("programs.type.fellowship"),
      t("programs.defaultPlaces", { count: 20 }),
      t("programs.hours", { count: 120 }),
    ];
    await page.getByText(programFacts.join(" · "), { exact: true }).waitFor();

    // A cohort of three places with two phases and a budget; the program's defaults fill the form first.
    await page.getByRole("button", { name: t("cohorts.new") }).click();
    const places = page.getByLabel(t("cohorts.form.capacity"), { exact: true });
    expect(await places.inputValue()).toBe("20");
    const cohortNameGroup = page.getByRole("group", { name: t("cohorts.form.name"), exact: true });
    await cohortNameGroup.getByLabel("English").fill(cohortName.en);
    await cohortNameGroup.getByLabel("עברית").fill(cohortName.he);
    await page.getByLabel(t("cohorts.form.startsOn"), { exact: true }).fill(cohortDates.startsOn);
    await page.getByLabel(t("cohorts.form.endsOn"), { exact: true }).fill(cohortDates.endsOn);
    await fillNumber(page, t("cohorts.form.capacity"), 3);

    const phases = page.getByRole("group", { name: t("cohorts.form.phases") });
    const phaseNameLabel = t("cohorts.phase.name", { language: locale === "he" ? "עברית" : "English" });
    await phases.getByRole("button", { name: t("cohorts.phase.add") }).click();
    const firstPhase = phases.getByRole("listitem").nth(0);
    expect(await firstPhase.getByLabel(t("cohorts.phase.startsOn")).inputValue()).toBe(cohortDates.startsOn);
    await firstPhase.getByLabel(phaseNameLabel).fill(phaseNames[0]);
    await firstPhase.getByLabel(t("cohorts.phase.endsOn")).fill(firstPhaseEndsOn);
    await phases.getByRole("button", { name: t("cohorts.phase.add") }).click();
    const secondPhase = phases.getByRole("listitem").nth(1);
    expect(await secondPhase.getByLabel(t("cohorts.phase.startsOn")).inputValue()).toBe(dayFromToday(11));
    await secondPhase.getByLabel(phaseNameLabel).fill(phaseNames[1]);
    await secondPhase.getByLabel(t("cohorts.phase.endsOn")).fill(cohortDates.endsOn);

    const budget = page.getByRole("group", { name: t("cohorts.form.budget") });
    const budgetLines = [
      { category: "Facilitators", amount: 15_000, note: "מנחים חיצוניים" },
      { category: "Venue", amount: 4_500, note: "אולם" },
    ];
    for (const [index, line] of budgetLines.entries()) {
      await budget.getByRole("button", { name: t("cohorts.budget.add") }).click();
      const row = budget.getByRole("listitem").nth(index);
      expect(await row.getByLabel(t("cohorts.budget.currency")).inputValue()).toBe("ILS");
      await row.getByLabel(t("cohorts.budget.category")).fill(line.category);
      await fillNumber(row, t("cohorts.budget.planned"), line.amount);
      await row.getByLabel(t("cohorts.budget.note")).fill(line.note);
    }
    await budget.getByText(t("cohorts.budget.totalPlanned", { amount: money(19_500) })).waitFor();
    await shot(page, "02-new-cohort");
    await page.getByRole("button", { name: t("cohorts.form.create") }).click();

    // The cohort page: where it stands on its timeline, its places and its budget.
    await page.getByRole("heading", { level: 1, name: cohortName[shown] }).waitFor();
    const cohortId = new URL(page.url()).pathname.split("/").at(-1) as string;
    const opened = await get(`/cohorts/${cohortId}`);
    expect(opened.name).toEqual(cohortName);
    expect(opened.capacity).toBe(3);
    expect(opened.phases.map((phase: { startsOn: string; endsOn: string }) => [phase.startsOn, phase.endsOn])).toEqual([
      [cohortDates.startsOn, firstPhaseEndsOn],
      [dayFromToday(11), cohortDates.endsOn],
    ]);
    // Whole shekels typed, agorot stored.
    expect(opened.budgetLines.map((line: { plannedAmount: number }) => line.plannedAmount)).toEqual([
      1_500_000, 450_000,
    ]);
    await page
      .getByText(
        `${t("cohorts.timeline.day", { day: 31, total: 181 })} ${t("cohorts.timeline.currentPhase", { phase: isolated(phaseNames[0]) })}`,
      )
      .waitFor();
    const phaseList = page.getByRole("list").filter({ hasText: phaseNames[0] });
    const phaseItem = (name: string) => phaseList.getByRole("listitem").filter({ hasText: name });
    await phaseItem(phaseNames[0]).getByText(t("cohorts.phaseState.current"), { exact: true }).waitFor();
    await phaseItem(phaseNames[1]).getByText(t("cohorts.phaseState.upcoming"), { exact: true }).waitFor();
    const budgetTable = page.getByRole("table", { name: t("cohorts.budget.title") });
    await budgetTable.getByRole("row").filter({ hasText: "Facilitators" }).getByText(money(15_000)).waitFor();
    await budgetTable
      .getByRole("row")
      .filter({ hasText: t("cohorts.budget.total") })
      .getByText(money(19_500))
      .waitFor();
    await expectPlaces(page, t, 0);
    await expectTimelineFlowsWithTheText(page, locale, phaseNames);
    await shot(page, "03-cohort-page");

    // Three fellows, found by their Hebrew names, take the three places.
    await page.getByRole("button", { name: t("enrollments.enroll"), exact: true }).click();
    const dialog = page.getByRole("dialog");
    for (const name of fellows) {
      await pickPerson(dialog, t, name);
      await dialog.getByRole("button", { name: t("enrollments.enroll"), exact: true }).click();
      await dialog
        .getByRole("status")
        .getByText(t("enrollments.enrolled", { name: isolated(name) }))
        .waitFor();
    }

    // A fourth is refused with the cohort's own number of places.
    await pickPerson(dialog, t, oneTooMany);
    await dialog.getByRole("button", { name: t("enrollments.enroll"), exact: true }).click();
    await dialog
      .getByRole("alert")
      .getByText(t("enrollments.cohortFull", { capacity: 3 }))
      .waitFor();
    await shot(page, "04-cohort-full");
    await dialog.getByRole("button", { name: t("enrollments.close") }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("heading", { name: t("enrollments.group.participants", { count: 3 }) }).waitFor();
    await expectPlaces(page, t, 3);
    const enrolled = await get(`/cohorts/${cohortId}/enrollments`);
    expect(enrolled.map((enrollment: { name: string }) => enrollment.name).sort()).toEqual([...fellows].sort());

    // Withdrawing one frees a place; the record stays on the roster as withdrawn.
    const leaving = fellows[1];
    // Cards are unnamed <section>s, not regions to scope by; the roster row is found by the person's name.
    const leavingRow = page.getByRole("row").filter({ hasText: leaving });
    await leavingRow.getByRole("button", { name: t("enrollments.action.withdraw") }).click();
    await leavingRow.getByText(t("enrollments.status.withdrawn"), { exact: true }).waitFor();
    await leavingRow.getByRole("button", { name: t("enrollments.action.reactivate") }).waitFor();
    await expectPlaces(page, t, 2);
    await page.getByText(t("cohorts.places.left", { count: 1 }), { exact: false }).waitFor();
    const cohort = await get(`/cohorts/${cohortId}`);
    expect(cohort.seatsTaken).toBe(2);
    expect(cohort.capacity).toBe(3);
    await shot(page, "05-place-freed");
  });
});

/** React Aria number fields take the typed number when they lose focus. */
async function fillNumber(scope: Page | Locator, label: string, value: number) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.blur();
}

async function pickPerson(dialog: Locator, t: ReturnType<typeof catalog>, name: string) {
  const page = dialog.page();
  const search = dialog.getByRole("combobox", { name: t("enrollments.pick.person") });
  const typed = name.split(" ")[0];
  const found = page.waitForResponse((response) => new URL(response.url()).searchParams.get("q") === typed);
  await search.fill(typed);
  await found;
  // The list opens on a keystroke only when suggestions are already there; if they arrive later it stays shut,
  // so the manager opens it from the keyboard as one would.
  await search.press("ArrowDown");
  await page.getByRole("option", { name }).click();
  await expect
    .poll(() => dialog.getByRole("button", { name: t("enrollments.enroll"), exact: true }).isEnabled())
    .toBe(true);
}

async function expectPlaces(page: Page, t: ReturnType<typeof catalog>, taken: number) {
  const bar = page.getByRole("progressbar", { name: t("cohorts.places.label") });
  await expect.poll(() => bar.getAttribute("aria-valuetext")).toBe(t("cohorts.placesTaken", { taken, capacity: 3 }));
  expect(await bar.getAttribute("aria-valuenow")).toBe(String(taken));
}

/**
 * The bar is drawn for the eye only (screen readers get the list), so its segments are found by their titles:
 * the first phase sits at the start edge, which is the right in Hebrew.
 */
async function expectTimelineFlowsWithTheText(page: Page, locale: Locale, phaseNames: string[]) {
  const [first, second] = await Promise.all(phaseNames.map((name) => page.getByTitle(name).boundingBox()));
  if (!first || !second) throw new Error("The timeline bar shows no phases");
  if (locale === "he") {
    expect(first.x + first.width).toBeGreaterThan(second.x + second.width);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  } else {
    expect(first.x).toBeLessThan(second.x);
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  }
}
