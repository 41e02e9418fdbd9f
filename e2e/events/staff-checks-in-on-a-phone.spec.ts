import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { apiRequest } from "../support/api.ts";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();
const phone = { width: 390, height: 844 };

describe.each<{ locale: "en" | "he" }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale);
  const shot = (page: Page, step: string) => screenshot(page, `staff-checks-in-on-a-phone-${step}-${locale}`);

  test("staff at the door find a registrant by name, check her in, and add a walk-in, on a phone", async () => {
    const page = await newPage({ locale, viewport: phone });
    const run = uniqueSuffix();
    await signIn(page);
    const orgId = await organizationId(page, "athens-cso-hub");
    const base = `/api/orgs/${orgId}`;
    const registrant = { en: `Eleni Door ${run}`, he: `אלני דלת ${run}` }[locale];
    const walkIn = { en: `Nikos Walkin ${run}`, he: `ניקוס מזדמן ${run}` }[locale];
    const title = { en: `Evening seminar ${run}`, he: `סמינר ערב ${run}` };
    const person = await apiRequest(page, "POST", `${base}/people`, {
      fullName: registrant,
      email: `eleni-${run}@example.gr`,
    });
    const now = Date.now();
    const event = await apiRequest(page, "POST", `${base}/events`, {
      kind: "seminar",
      title,
      // Registration closes when an event starts; the door opens a little before.
      startsAt: new Date(now + 15 * 60_000).toISOString(),
      endsAt: new Date(now + 2 * 3600_000).toISOString(),
      timeZone: "Europe/Athens",
      registration: "open",
      capacity: 40,
    });
    await apiRequest(page, "POST", `${base}/events/${event.id}/registrations`, { personId: person.id });

    await page.goto(`${baseUrl}/orgs/${orgId}/events/${event.id}/check-in`);
    await page.getByRole("heading", { level: 1, name: title[locale] }).waitFor();
    const list = page.getByRole("list", { name: t("attendance.checkIn.listLabel") });
    await list.getByText(registrant).waitFor();
    await shot(page, "01-door-list");

    const searched = page.waitForResponse((response) => new URL(response.url()).searchParams.get("q") === run);
    await page.getByRole("searchbox", { name: t("attendance.checkIn.search") }).fill(run);
    await searched;
    const row = list.getByRole("listitem").filter({ hasText: registrant });
    await row.getByRole("button", { name: t("attendance.checkIn.action") }).click();
    await row.getByRole("button", { name: t("attendance.checkOut.action") }).waitFor();
    await shot(page, "02-checked-in");

    await page.getByRole("button", { name: t("attendance.walkIn.open") }).click();
    const dialog = page.getByRole("dialog", { name: t("attendance.walkIn.title") });
    await dialog.getByLabel(t("attendance.walkIn.name"), { exact: true }).fill(walkIn);
    await dialog.getByLabel(t("attendance.walkIn.email"), { exact: true }).fill(`nikos-${run}@example.gr`);
    await shot(page, "03-walk-in");
    await dialog.getByRole("button", { name: t("attendance.walkIn.submit") }).click();
    await dialog.waitFor({ state: "hidden" });
    await list.getByRole("listitem").filter({ hasText: walkIn }).waitFor();

    const door = await apiRequest(page, "GET", `${base}/events/${event.id}/check-in`);
    expect(door.counts).toMatchObject({ checkedIn: 2, registered: 1 });
    expect(door.items.find((item: any) => item.fullName === walkIn).attendance.source).toBe("walk_in");
    await page.getByRole("searchbox", { name: t("attendance.checkIn.search") }).fill("");
    await list.getByRole("listitem").filter({ hasText: walkIn }).waitFor();
    await page.getByText(String(2), { exact: true }).first().waitFor();
    await shot(page, "04-counts");

    // After the event: the paper list of who came is imported; people not known yet are added, those in stay as they are.
    await page.getByRole("link", { name: t("attendance.tools.link") }).click();
    await page.getByRole("heading", { level: 1, name: t("attendance.title") }).waitFor();
    await page.getByRole("button", { name: t("attendance.bulk.open") }).click();
    const bulk = page.getByRole("dialog", { name: t("attendance.bulk.title") });
    await bulk.getByText(t("attendance.bulk.nobodyLeft")).waitFor();
    await shot(page, "05-attendance-tools");
    await bulk.getByRole("button", { name: t("attendance.close") }).click();
    await page.getByRole("link", { name: t("attendance.import.title") }).click();
    const latecomer = `Sofia Paper ${run}`;
    const csv = `name,email,country\r\n${registrant},eleni-${run}@example.gr,GR\r\n${latecomer},sofia-${run}@example.gr,GR\r\nNobody ${run},,\r\n`;
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: t("people.import.chooseFile") }).click(),
    ]);
    await chooser.setFiles({ name: `attendance-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByText(t("attendance.import.unknownCreate"), { exact: true }).click();
    await page.getByRole("button", { name: t("people.import.check") }).click();
    await page.getByText(t("people.import.validCount", { count: 3 })).waitFor();
    await page.getByRole("button", { name: t("attendance.import.run", { count: 3 }) }).click();
    await page.getByText(t("attendance.import.complete", { count: 2 })).waitFor();
    await shot(page, "06-list-imported");
    const after = await apiRequest(page, "GET", `${base}/events/${event.id}/check-in`);
    expect(after.counts.checkedIn).toBe(4);
  });
});
