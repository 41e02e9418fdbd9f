import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, type Locale, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const georgian = "ნატო გოგიჩაიშვილი";
const greek = "Αλέξανδρος Οικονόμου";
const misspelt = "თორნიკე ბაქრაძე";

/** Four people in two scripts; the third has an address that is not one. Fields with commas are quoted. */
function peopleCsv(run: string) {
  return [
    "full_name,email,phone,city,country,language,notes",
    `${georgian},nato.${run}@example.org,+995 555 12 34 56,თელავი,GE,ka,`,
    `${greek},alexandros.${run}@example.org,,Αθήνα,GR,el,"Volunteer, weekends"`,
    `${misspelt},tornike.at.example.org,,თბილისი,GE,ka,`,
    `Ελένη Καραγιάννη,eleni.${run}@example.org,,Θεσσαλονίκη,GR,el,`,
  ].join("\r\n");
}

describe.each<{ locale: Locale; slug: string; source: "file" | "paste" }>([
  { locale: "en", slug: "civic-georgia", source: "file" },
  { locale: "he", slug: "kivunim-ashdod", source: "paste" },
])("in $locale", ({ locale, slug, source }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `manager-imports-people-${step}-${locale}`);

  test(`a manager imports people in Georgian and Greek from a CSV (${source}), skips the bad row and finds them`, async () => {
    const page = await newPage({ locale });
    const run = uniqueSuffix();
    const csv = peopleCsv(run);

    await signIn(page);
    const orgId = await organizationId(page, slug);
    await page.goto(`${baseUrl}/orgs/${orgId}`);
    await page
      .getByRole("navigation", { name: t("nav.label") })
      .getByRole("link", { name: t("nav.people") })
      .click();
    await page.getByRole("heading", { level: 1, name: t("nav.people") }).waitFor();
    await page.getByRole("link", { name: t("people.import.button") }).click();
    await page.getByRole("heading", { level: 1, name: t("people.import.title") }).waitFor();

    if (source === "file") {
      // Saved as spreadsheets save UTF-8: with a byte order mark, which the import must not read as part of a name.
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), "civic-hub-csv-"));
      const file = path.join(folder, `people-${run}.csv`);
      fs.writeFileSync(file, `\uFEFF${csv}`);
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByRole("button", { name: t("people.import.chooseFile") }).click(),
      ]);
      await chooser.setFiles(file);
      await page.getByText(path.basename(file)).waitFor();
      fs.rmSync(folder, { recursive: true });
      expect(await page.getByLabel(t("people.import.pasteLabel")).inputValue()).toContain(georgian);
    } else {
      await page.getByLabel(t("people.import.pasteLabel")).fill(csv);
    }
    await page.getByRole("button", { name: t("people.import.check") }).click();

    // The preview: three rows ready, the bad address marked on its own line, nothing written yet.
    const preview = page.getByRole("table", { name: t("people.import.previewTitle") });
    await page.getByText(t("people.import.validCount", { count: 3 }), { exact: true }).waitFor();
    await page.getByText(t("people.import.errorCount", { count: 1 }), { exact: true }).waitFor();
    const badRow = preview.getByRole("row").filter({ hasText: "tornike.at.example.org" });
    await badRow.getByRole("cell", { name: "4", exact: true }).waitFor();
    await badRow
      .getByText(t("people.import.issue", { field: t("people.field.email"), problem: t("errors.invalid_format") }))
      .waitFor();
    await preview.getByRole("row").filter({ hasText: georgian }).getByText(`nato.${run}@example.org`).waitFor();
    await preview.getByRole("row").filter({ hasText: greek }).getByText("Αθήνα").waitFor();
    expect(await preview.getByRole("row").count()).toBe(5);
    expect((await peopleNamed(page, orgId, run)).length).toBe(0);
    await shot(page, "01-preview");

    // The switch's input is visually hidden under its drawn track, so it is worked from the keyboard.
    const onlyErrors = page.getByRole("switch", { name: t("people.import.onlyErrors") });
    await onlyErrors.press("Space");
    await expect.poll(() => preview.getByRole("row").count()).toBe(2);
    expect(await onlyErrors.isChecked()).toBe(true);
    await onlyErrors.press("Space");
    await expect.poll(() => preview.getByRole("row").count()).toBe(5);

    // The import: the progress bar runs to the end and the outcome counts what was and was not written.
    await page.getByRole("button", { name: t("people.import.run", { count: 3 }) }).click();
    const progress = page.getByRole("progressbar", { name: t("people.import.progressLabel") });
    await expect
      .poll(() => progress.getAttribute("aria-valuetext"))
      .toBe(t("people.import.progress", { done: 3, count: 3 }));
    expect(await progress.getAttribute("aria-valuenow")).toBe("3");
    await page
      .getByRole("status")
      .getByText(t("people.import.completeWithGaps", { count: 3, notWritten: 1 }))
      .waitFor();
    await shot(page, "02-result");
    const written = await peopleNamed(page, orgId, run);
    expect(written.map((person) => person.fullName).sort()).toEqual([georgian, greek, "Ελένη Καραγιάννη"].sort());
    expect(written.find((person) => person.fullName === georgian)?.country).toBe("GE");

    // Back on the list, both are found by name: the Greek one without accents or capitals.
    await page.getByRole("link", { name: t("people.import.toList") }).click();
    await page.getByRole("heading", { level: 1, name: t("nav.people") }).waitFor();
    const people = page.getByRole("table", { name: t("people.list.caption") });
    const search = page.getByRole("searchbox", { name: t("people.search") });
    /** Searches, waits until the list shows only what the search found, and returns the one row found. */
    const searchFor = async (text: string) => {
      await search.fill(text);
      await page.waitForURL((url) => url.searchParams.get("q") === text);
      await page.getByText(t("people.count", { count: 1 }), { exact: true }).waitFor();
      await expect.poll(() => people.getByRole("row").count()).toBe(2);
      return people.getByRole("row").nth(1);
    };
    const foundGeorgian = await searchFor(georgian);
    await foundGeorgian.getByRole("link", { name: georgian, exact: true }).waitFor();
    await foundGeorgian.getByText(`nato.${run}@example.org`).waitFor();
    const foundGreek = await searchFor("αλεξανδρος οικονομου");
    await foundGreek.getByRole("link", { name: greek, exact: true }).waitFor();
    await foundGreek.getByText(`alexandros.${run}@example.org`).waitFor();
    await shot(page, "03-found");

    // The export opens in spreadsheets in every script: UTF-8 with a byte order mark, with the new people in it.
    const exportHref = await page.getByRole("link", { name: t("people.export") }).getAttribute("href");
    if (!exportHref) throw new Error("The export link has no address");
    const exported = await page.evaluate(async (href) => {
      const response = await fetch(href);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        type: response.headers.get("content-type"),
        head: Array.from(bytes.slice(0, 3)),
        text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
      };
    }, exportHref);
    expect(exported.status).toBe(200);
    expect(exported.type).toMatch(/^text\/csv/);
    expect(exported.head).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.text).toContain(georgian);
    expect(exported.text).toContain(`alexandros.${run}@example.org`);
    expect(exported.text).not.toContain("tornike.at.example.org");
  });
});

type PersonRecord = { fullName: string; email: string | null; country: string | null };

/** The people this run wrote, through the API with the page's session. */
async function peopleNamed(page: Page, orgId: string, run: string): Promise<PersonRecord[]> {
  const found = await page.evaluate(
    async ({ orgId, run }) =>
      (await fetch(`/api/orgs/${orgId}/people?q=${encodeURIComponent(run)}&pageSize=100`)).json(),
    { orgId, run },
  );
  return found.items;
}
