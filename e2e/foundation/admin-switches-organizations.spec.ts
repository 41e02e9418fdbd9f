import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { pickLocale } from "../../src/shared/localized-text.ts";
import { catalog, type Locale } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

type Membership = { id: string; slug: string; name: Record<string, string>; defaultLocale: string; role: string };

async function memberships(page: Page): Promise<Membership[]> {
  return (await page.evaluate(async () => (await fetch("/api/me")).json())).organizations;
}

describe.each<{ locale: Locale }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);

  test("the admin switches to another organization, comes back to it, and signs out", async () => {
    const page = await newPage({ locale });
    await signIn(page);
    const georgia = (await memberships(page)).find((organization) => organization.slug === "civic-georgia");
    if (!georgia) throw new Error("The demo admin is not in civic-georgia");
    // Named in the viewer's language where it has a name in it, else in the organization's own.
    const georgiaName = pickLocale(georgia.name, locale, georgia.defaultLocale);
    expect(page.url()).not.toContain(georgia.id);

    await page.getByRole("button", { name: t("shell.switchOrganization") }).click();
    await page.getByRole("option", { name: georgiaName, exact: true }).click();
    await page.waitForURL(`${baseUrl}/orgs/${georgia.id}`);
    await page.getByRole("heading", { level: 1, name: georgiaName }).waitFor();
    await page.getByText(t("roles.owner"), { exact: true }).waitFor();
    expect(await page.getByRole("button", { name: t("shell.switchOrganization") }).textContent()).toContain(
      georgiaName,
    );
    await screenshot(page, `admin-switches-organizations-01-georgia-${locale}`);

    // A returning visit to the address of the app opens the organization worked in last.
    await page.goto(baseUrl);
    await page.waitForURL(`${baseUrl}/orgs/${georgia.id}`);
    await page.getByRole("heading", { level: 1, name: georgiaName }).waitFor();

    await page.getByRole("button", { name: t("shell.signOut") }).click();
    await page.getByRole("button", { name: t("auth.signIn"), exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.evaluate(async () => (await fetch("/api/me")).status)).toBe(401);

    // Signed out, an organization's address leads back to signing in, not to its data.
    await page.goto(`${baseUrl}/orgs/${georgia.id}/people`);
    await page.waitForURL(`${baseUrl}/sign-in`);
    await page.getByRole("button", { name: t("auth.signIn"), exact: true }).waitFor();
    expect(await page.getByText(georgiaName).count()).toBe(0);
    await screenshot(page, `admin-switches-organizations-02-signed-out-${locale}`);
  });
});
