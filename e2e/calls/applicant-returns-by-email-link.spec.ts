import { describe, expect, test } from "vitest";
import { apiRequest } from "../support/api.ts";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

/** The Athens hub's residency call, read in Greek. */
const t = catalog("el");
const residencyCall = "Πρόσκληση για φιλοξενία ομάδων στον Κόμβο";

describe("an applicant without their password", () => {
  test("asks for a sign-in link on the call's page and comes back to it signed in, once", async () => {
    const email = `eleni.${uniqueSuffix()}@example.gr`;
    const visitor = await newPage({ locale: "el" });
    await visitor.goto(`${baseUrl}/calls`);
    await visitor.getByRole("link", { name: residencyCall }).click();
    await visitor.getByRole("heading", { level: 1, name: residencyCall }).waitFor();
    const callPath = new URL(visitor.url()).pathname;
    // An account made earlier, on another day: this browser holds no session.
    await apiRequest(visitor, "POST", "/api/auth/sign-up/email", {
      name: "Ελένη Παπαδάκη",
      email,
      password: "ένα μακρύ συνθηματικό 2026",
    });
    await visitor.context().clearCookies();
    await visitor.reload();

    await visitor.getByRole("button", { name: t("auth.magicLink.button") }).click();
    await visitor.getByLabel(t("auth.email"), { exact: true }).last().fill(email);
    await visitor.getByRole("button", { name: t("auth.magicLink.button") }).click();
    await visitor.getByText(t("auth.magicLink.sent", { email })).waitFor();
    await screenshot(visitor, "applicant-returns-by-email-link-01-sent-el");

    // The message waits in the hub's outbox, in Greek, with the link.
    const staff = await newPage();
    await signIn(staff);
    const orgId = await organizationId(staff, "athens-cso-hub");
    const outbox: { recipient: string; kind: string; locale: string; body: string }[] = await staff.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api/orgs/${orgId}/outbox`,
    );
    const message = outbox.find((candidate) => candidate.recipient === email && candidate.kind === "sign_in_link");
    expect(message?.locale).toBe("el");
    const link = message?.body.match(/https?:\/\/\S+\/api\/auth\/magic-link\/verify\S+/)?.[0];
    if (!link) throw new Error(`No link in ${message?.body}`);
    const { pathname, search } = new URL(link);

    // Following it signs in and lands back on the call, with its form to fill.
    await visitor.goto(`${baseUrl}${pathname}${search}`);
    await visitor.waitForURL(`${baseUrl}${callPath}`);
    await visitor.getByRole("button", { name: t("applications.form.saveDraft") }).waitFor();
    await screenshot(visitor, "applicant-returns-by-email-link-02-signed-in-el");

    // The same link a second time, in another browser, is refused on the sign-in page.
    const again = await newPage({ locale: "el" });
    await again.goto(`${baseUrl}${pathname}${search}`);
    await again.getByText(t("auth.magicLink.failed")).waitFor();
    await screenshot(again, "applicant-returns-by-email-link-03-used-el");
  });
});
