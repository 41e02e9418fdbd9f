/** Browser fixtures: Debian's Chromium through playwright-core, demo sign-ins, screenshots to look at. */
import fs from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

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

/** One browser per spec file; each test opens its own page. */
export function openBrowserPerFile() {
  const holder: { browser?: Browser } = {};
  beforeAll(async () => {
    holder.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumFlags });
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return async function newPage(options: { locale?: string; viewport?: { width: number; height: number } } = {}) {
    if (!holder.browser) throw new Error("The browser starts in beforeAll");
    const context = await holder.browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
    if (options.locale) {
      await context.addInitScript((locale) => localStorage.setItem("civic-hub.locale", locale), options.locale);
    }
    return context.newPage();
  };
}

export async function signIn(page: Page, email = demoAdmin) {
  await page.goto(`${baseUrl}/sign-in`);
  await page
    .getByLabel(/email|דוא"ל|ელფოსტა|E-pošta/i)
    .first()
    .fill(email);
  await page.locator('input[type="password"]').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/orgs\//);
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** The demo organization's id by its address, through the API with the page's session. */
export async function organizationId(page: Page, slug: string): Promise<string> {
  const me = await page.evaluate(async () => (await fetch("/api/me")).json());
  const organization = me.organizations.find((candidate: { slug: string }) => candidate.slug === slug);
  if (!organization) throw new Error(`No demo organization ${slug}`);
  return organization.id;
}
