import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { apiRequest } from "../support/api.ts";
import { catalog, isolated, type Locale } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

/** Fills the add-a-kind form: the key, then a name in each language given (labelled by the language's own name). */
async function addKind(page: Page, locale: Locale, key: string, names: Record<string, string>) {
  const t = catalog(locale);
  await page.getByLabel(t("events.kinds.key"), { exact: true }).fill(key);
  const nameFields = page.getByRole("group", { name: t("events.kinds.name"), exact: true });
  for (const [language, name] of Object.entries(names)) {
    await nameFields.getByLabel(language, { exact: true }).fill(name);
  }
  await page.getByRole("button", { name: t("events.kinds.add"), exact: true }).click();
}

describe("in Slovene", () => {
  const locale = "sl";
  const t = catalog(locale);

  test("the academy's program manager adds the kind Hekaton and plans an event of that kind", async () => {
    const page = await newPage({ locale });
    const shot = (step: string) => screenshot(page, `organizer-adds-an-event-kind-${step}-sl`);

    await signIn(page, "coordinator@si-academy.example");
    const orgId = await organizationId(page, "si-academy-slovenia");
    await page.goto(`${baseUrl}/orgs/${orgId}/events`);
    await page.getByRole("link", { name: t("events.kinds.manage") }).click();
    // Program managers see only the settings tab they may change.
    const tabs = page.getByRole("tablist", { name: t("settings.sections") }).getByRole("tab");
    expect(await tabs.allTextContents()).toEqual([t("settings.tab.eventKinds")]);
    await page
      .getByRole("table", { name: t("events.kinds.builtInTitle") })
      .getByRole("cell", { name: t("events.kind.festival"), exact: true })
      .waitFor();

    // A built-in key is taken: the refusal shows at the key.
    await addKind(page, locale, "seminar", { Slovenščina: "Seminar po naše" });
    const keyField = page.getByRole("textbox", { name: t("events.kinds.key") });
    await expect.poll(() => keyField.getAttribute("aria-invalid")).toBe("true");
    await page.getByText(t("errors.eventKindTaken")).first().waitFor();
    await shot("00-key-taken");

    await addKind(page, locale, "hackathon", { Slovenščina: "Hekaton", English: "Hackathon" });
    const own = page.getByRole("table", { name: t("events.kinds.ownTitle") });
    await own.getByRole("row").filter({ hasText: "Hekaton" }).getByText("hackathon").waitFor();
    expect(await keyField.inputValue()).toBe("");
    await shot("01-kinds");

    await page.goto(`${baseUrl}/orgs/${orgId}/events/new`);
    await page.getByRole("button", { name: t("events.form.kind") }).click();
    const hekaton = page.getByRole("option", { name: "Hekaton", exact: true });
    // The organization's own kinds follow the built-in ones, at the end of the list.
    await hekaton.hover();
    await shot("02-kind-select");
    await hekaton.click();
    expect(await page.getByRole("button", { name: t("events.form.kind") }).textContent()).toContain("Hekaton");
  });
});

describe("in English", () => {
  const locale = "en";
  const t = catalog(locale);

  test("an owner adds Hackathon, renames it, and deleting it once an event is of that kind is refused", async () => {
    const page = await newPage({ locale });
    const shot = (step: string) => screenshot(page, `organizer-adds-an-event-kind-${step}-en`);

    await signIn(page);
    const orgId = await organizationId(page, "si-academy-croatia");
    await page.goto(`${baseUrl}/orgs/${orgId}/settings?tab=eventKinds`);
    await page.getByRole("tab", { name: t("settings.tab.eventKinds"), selected: true }).waitFor();
    await addKind(page, locale, "hackathon", { English: "Hackathon", Slovenščina: "Hekaton" });
    const row = page
      .getByRole("table", { name: t("events.kinds.ownTitle") })
      .getByRole("row")
      .filter({ hasText: "hackathon" });
    await row.getByRole("cell", { name: "Hackathon", exact: true }).waitFor();

    // Renaming keeps the key; the dialog shows every language's name to change.
    await row.getByRole("button", { name: t("events.kinds.rename") }).click();
    const renaming = page.getByRole("dialog", {
      name: t("events.kinds.renameTitle", { name: isolated("Hackathon") }),
    });
    expect(await renaming.getByLabel("Slovenščina", { exact: true }).inputValue()).toBe("Hekaton");
    await renaming.getByLabel("English", { exact: true }).fill("Civic hackathon");
    await renaming.getByRole("button", { name: t("settings.save") }).click();
    await row.getByRole("cell", { name: "Civic hackathon", exact: true }).waitFor();

    // An event of the new kind, planned through the API with the page's session.
    await apiRequest(page, "POST", `/api/orgs/${orgId}/events`, {
      kind: "hackathon",
      title: { en: "Zagreb civic hackathon" },
      startsAt: "2027-03-06T09:00:00+01:00",
      endsAt: "2027-03-07T18:00:00+01:00",
      timeZone: "Europe/Zagreb",
    });

    await page.goto(`${baseUrl}/orgs/${orgId}/events/new`);
    await page.getByRole("button", { name: t("events.form.kind") }).click();
    await page.getByRole("option", { name: "Civic hackathon", exact: true }).hover();
    await shot("01-kind-select");
    await page.keyboard.press("Escape");

    await page.goto(`${baseUrl}/orgs/${orgId}/settings?tab=eventKinds`);
    await row.getByRole("cell", { name: "1", exact: true }).waitFor();
    await row.getByRole("button", { name: t("events.kinds.remove") }).click();
    const dialog = page.getByRole("alertdialog", {
      name: t("events.kinds.removeTitle", { name: isolated("Civic hackathon") }),
    });
    await dialog.getByRole("button", { name: t("events.kinds.remove") }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: t("errors.eventKindInUse") })
      .waitFor();
    await row.waitFor();
    await shot("02-delete-refused");
  });
});
