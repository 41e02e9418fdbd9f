/** Browser fixtures: Debian's Chromium through playwright-core, demo sign-ins, screenshots to look at. */
import fs from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { catalog, type Locale } from "./catalog.ts";

export const baseUrl = "http://localhost:3199";
export const demoPassword = "civic-hub-demo-2026";
export const demoAdmin = "admin@civic-hub.example";
const screenshotDir = "e2e/screenshots";

const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The interface language each page was opened in, so shared steps find their controls by the words shown. */
const pageLocales = new WeakMap<Page, Locale>();

/** One browser per spec file; each test opens its own page. */
export function openBrowserPerFile() {
  const holder: { browser?: Browser } = {};
  beforeAll(async () => {
    holder.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumFlags });
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return async function newPage(options: { locale?: Locale; viewport?: { width: number; height: number } } = {}) {
    if (!holder.browser) throw new Error("The browser starts in beforeAll");
    const context = await holder.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    if (options.locale) {
      await context.addInitScript((locale) => localStorage.setItem("civic-hub.locale", locale), options.locale);
    }
    const page = await context.newPage();
    // Without a stored choice the app follows the browser, which speaks English here.
    pageLocales.set(page, options.locale ?? "en");
    return page;
  };
}

export async function signIn(page: Page, email = demoAdmin) {
  const t = catalog(pageLocales.get(page) ?? "en");
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(t("auth.email"), { exact: true }).fill(email);
  await page.getByLabel(t("auth.password"), { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: t("auth.signIn"), exact: true }).click();
  // A refused sign-in (a rate limit, a changed password) fails the story with the page's own words, at once.
  const refusal = await Promise.race([
    page.waitForURL(/\/orgs\//).then(() => null),
    page
      .getByRole("alert")
      .waitFor()
      .then(() => page.getByRole("alert").textContent()),
  ]);
  if (refusal !== null) throw new Error(`Sign-in refused: ${refusal}`);
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // A bar still sliding to its value would be pictured short of it: let finite transitions end first.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) => animation.playState !== "running" || animation.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** The demo organization's id by its address, through the API with the page's session. */
export async function organizationId(page: Page, slug: string): Promise<string> {
  const me = await page.evaluate(async () => (await fetch("/api/me")).json());
  const organization = me.organizations.find((candidate: { slug: string }) => candidate.slug === slug);
  if (!organization) throw new Error(`No demo organization ${slug}`);
  return organization.id;
}
