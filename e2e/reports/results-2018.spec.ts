import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, type Locale } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

/** The academy's lead partner; its consortium is the network of the five partner organizations. */
const academy = "si-academy-slovenia";

/** A table's body rows as the cells' texts. */
function rowsOf(table: Locator) {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? "")),
    );
}

async function consortiumId(page: Page, orgId: string) {
  const networks = await page.evaluate(async (url) => (await fetch(url)).json(), `/api/orgs/${orgId}/networks`);
  return networks.find((network: { members: unknown[] }) => network.members.length === 5).id as string;
}

describe.each<{ locale: Locale }>([{ locale: "sl" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const slovenia = new Intl.DisplayNames([locale], { type: "region" }).of("SI") ?? "SI";
  const kind = (key: "field_workshop" | "festival" | "webinar") => t(`events.kind.${key}`);
  const shot = (page: Page, step: string) => screenshot(page, `results-2018-${step}-${locale}`);

  test("the consortium's 2018 results add up to the published summary", async () => {
    const page = await newPage({ locale });
    await signIn(page);
    const orgId = await organizationId(page, academy);
    const networkId = await consortiumId(page, orgId);

    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await page
      .getByRole("navigation", { name: t("nav.label") })
      .getByRole("link", { name: t("nav.results") })
      .click();
    await page.getByRole("heading", { level: 1, name: t("reports.title") }).waitFor();
    await page.goto(`${baseUrl}/orgs/${orgId}/results?from=2018-01-01&to=2018-12-31`);
    await page.getByRole("button", { name: new RegExp(t("reports.scopeLabel")) }).click();
    await page.getByRole("option", { name: new RegExp(`^${t("reports.scope.network", { name: "" })}`) }).click();
    await page.getByText(t("reports.networkNote")).waitFor();

    const table = (key: Parameters<typeof t>[0]) => page.getByRole("table", { name: t(key), exact: true });
    const eventsByKind = table("reports.figure.eventsByKind");
    await eventsByKind.waitFor();
    expect(await rowsOf(eventsByKind)).toEqual(
      expect.arrayContaining([
        [kind("field_workshop"), number(65)],
        [kind("festival"), number(7)],
        [kind("webinar"), number(2)],
      ]),
    );
    expect(await rowsOf(table("reports.figure.eventsByKindAndCountry"))).toContainEqual([
      kind("festival"),
      slovenia,
      number(3),
    ]);
    const participantsByKind = await rowsOf(table("reports.figure.participantsByKind"));
    expect(participantsByKind.map((row) => [row[0], row[3]])).toEqual(
      expect.arrayContaining([
        [kind("field_workshop"), number(1652)],
        [kind("festival"), number(740)],
        [kind("webinar"), number(121)],
      ]),
    );
    const byKindAndCountry = await rowsOf(table("reports.figure.participantsByKindAndCountry"));
    expect(byKindAndCountry.map((row) => [row[0], row[1], row[4]])).toEqual(
      expect.arrayContaining([
        [kind("field_workshop"), slovenia, number(228)],
        [kind("festival"), slovenia, number(112)],
      ]),
    );
    const [course] = await rowsOf(table("reports.figure.courseEnrollments"));
    expect(Number(course[1].replace(/\D/g, ""))).toBeGreaterThan(2700);
    expect(await rowsOf(table("reports.figure.moduleCompletions"))).toHaveLength(7);

    // The charts are the server's SVGs in the page's language, each described by its alternative text.
    const chart = page.getByRole("img", { name: t("reports.chartAlt", { title: t("reports.figure.eventsByKind") }) });
    await expect.poll(() => chart.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await chart.getAttribute("src")).toContain(`lang=${locale}`);
    expect(await page.getAttribute("html", "dir")).toBe(locale === "he" ? "rtl" : "ltr");
    expect(new URL(page.url()).searchParams.get("scope")).toBe(`network:${networkId}`);
    await shot(page, "consortium");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: t("reports.downloadCsv") }).click();
    expect((await download).suggestedFilename()).toBe("results-2018-01-01-2018-12-31.csv");
  });
});
