import type { Page } from "playwright-core";
import { describe, test } from "vitest";
import { apiRequest } from "../support/api.ts";
import { catalog, type Locale, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const hub = "athens-cso-hub";

/** Staff plan a public event with one seat, through the API with their session; returns its title. */
async function planOneSeatEvent(page: Page, title: string) {
  const orgId = await organizationId(page, hub);
  // Soon, so that it leads the calendar's first page whatever else the demo hub has planned.
  const startsAt = new Date(Date.now() + 3600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
  await apiRequest(page, "POST", `/api/orgs/${orgId}/events`, {
    kind: "networking",
    title: { en: title, el: title },
    description: { en: "Meet the civil society organizations of Athens." },
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: "Europe/Athens",
    venueName: "Athens CSO Hub",
    city: "Athens",
    country: "GR",
    registration: "open",
    capacity: 1,
    isPublic: true,
  });
}

async function register(page: Page, locale: Locale, title: string, visitor: { name: string; email: string }) {
  const t = catalog(locale);
  await page.goto(`${baseUrl}/o/${hub}/events`);
  await page.getByRole("heading", { level: 1, name: t("events.public.calendarTitle") }).waitFor();
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByLabel(t("events.public.fullName"), { exact: true }).fill(visitor.name);
  await page.getByLabel(t("events.public.email"), { exact: true }).fill(visitor.email);
  await page.getByText(t("events.public.consent"), { exact: true }).click();
}

describe.each<{ locale: Locale }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);

  test("a visitor registers for a public event, and the next visitor joins the waitlist", async () => {
    const run = uniqueSuffix();
    const title = `Networking evening ${run}`;
    const staff = await newPage({ locale });
    await signIn(staff);
    await planOneSeatEvent(staff, title);

    const visitor = await newPage({ locale });
    const shot = (step: string) => screenshot(visitor, `visitor-registers-publicly-${step}-${locale}`);
    await visitor.goto(`${baseUrl}/o/${hub}/events`);
    await visitor.getByRole("heading", { level: 1, name: t("events.public.calendarTitle") }).waitFor();
    await shot("01-calendar");
    await visitor.getByRole("link", { name: title }).waitFor();
    await visitor
      .getByText(t("events.seatsLeft", { count: 1 }))
      .first()
      .waitFor();
    await register(visitor, locale, title, { name: "Eleni Georgiou", email: `eleni.${run}@example.gr` });
    await shot("02-form");
    await visitor.getByRole("button", { name: t("events.public.register") }).click();
    await visitor.getByText(t("events.public.registered"), { exact: true }).waitFor();
    await shot("03-registered");

    const late = await newPage({ locale });
    await register(late, locale, title, { name: "Nikos Pappas", email: `nikos.${run}@example.gr` });
    await late.getByText(t("events.public.fullJoinWaitlist"), { exact: true }).waitFor();
    await late.getByRole("button", { name: t("events.public.joinWaitlist") }).click();
    await late.getByText(t("events.public.waitlisted", { position: 1 }), { exact: true }).waitFor();
    await screenshot(late, `visitor-registers-publicly-04-waitlisted-${locale}`);
  });
});
