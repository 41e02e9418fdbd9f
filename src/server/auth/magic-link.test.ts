import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { outboxMessages } from "../mail/mail.tables.ts";
import { memberships } from "../modules/organizations/organizations.tables.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { verification } from "./auth.tables.ts";

let t: TestApp;
let organizationId: string;
let address = 0;

/** Each request from its own client address, so better-auth's per-address limit stays out of these stories. */
function askForLink(email: string, metadata: Record<string, unknown> = { locale: "he" }) {
  return t.call("POST", "/api/auth/sign-in/magic-link", {
    body: { email, callbackURL: "/my/applications", metadata },
    headers: { origin: "http://localhost:3000", "x-forwarded-for": `203.0.113.${++address}` },
  });
}

async function linksTo(email: string) {
  return t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, email));
}

function linkIn(body: string) {
  const match = body.match(/http:\/\/localhost:3000\/api\/auth\/magic-link\/verify\S+/);
  if (!match) throw new Error(`No link in ${body}`);
  return new URL(match[0]);
}

function follow(link: URL) {
  return t.call("GET", `${link.pathname}${link.search}`, {
    headers: { "x-forwarded-for": `203.0.113.${++address}` },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  organizationId = (await t.createOrganization("athens-hub")).id;
  const applicant = await t.signUp("Eleni Papadaki", "eleni@example.org");
  await t.database.db.insert(memberships).values({ organizationId, userId: applicant.userId, role: "participant" });
});

describe("a sign-in link by email", () => {
  test("an applicant asks for a link and the outbox holds it in the language they asked in", async () => {
    const response = await askForLink("eleni@example.org");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: true });
    const [mail] = await linksTo("eleni@example.org");
    expect(mail).toMatchObject({ organizationId, locale: "he", kind: "sign_in_link", status: "pending" });
    expect(mail.subject).toContain("athens-hub");
    expect(mail.body).toContain("Eleni Papadaki");
    expect(mail.body).toContain("15");
    expect(linkIn(mail.body).searchParams.get("callbackURL")).toBe("/my/applications");
  });

  test("following the link signs in and lands on my applications; the same link again is refused", async () => {
    const [mail] = await linksTo("eleni@example.org");
    const link = linkIn(mail.body);
    const response = await follow(link);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://localhost:3000/my/applications");
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
    const me = await t.call("GET", "/api/me", { cookie });
    expect(me.status).toBe(200);
    expect((await me.json()).user.email).toBe("eleni@example.org");

    const again = await follow(link);
    expect(again.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]+/);
    expect(again.headers.get("location")).toContain("error=INVALID_TOKEN");
  });

  test("an expired link is refused", async () => {
    await askForLink("eleni@example.org");
    const mails = await linksTo("eleni@example.org");
    const link = linkIn(mails[mails.length - 1].body);
    await t.database.db.update(verification).set({ expiresAt: new Date(Date.now() - 1000) });
    const response = await follow(link);
    expect(response.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]+/);
    expect(response.headers.get("location")).toContain("error=");
  });

  test("an unknown address gets the same answer and no mail", async () => {
    const response = await askForLink("nobody@example.org");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: true });
    expect(await linksTo("nobody@example.org")).toEqual([]);
  });

  test("one address gets at most three links in fifteen minutes, and the answer does not change", async () => {
    const before = (await linksTo("eleni@example.org")).length;
    for (let n = before; n < 5; n++) expect((await askForLink("eleni@example.org")).status).toBe(200);
    expect(await linksTo("eleni@example.org")).toHaveLength(3);
  });

  test("one client address asking again and again is slowed down by better-auth's rate limit", async () => {
    const statuses = [];
    for (let n = 0; n < 7; n++) {
      const response = await t.call("POST", "/api/auth/sign-in/magic-link", {
        body: { email: "nobody@example.org" },
        headers: { origin: "http://localhost:3000", "x-forwarded-for": "198.51.100.99" },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("staff who joined by invitation", () => {
  /** The owner invites; the invitation link in the outbox carries the token the invitee accepts with. */
  async function inviteAndAccept(email: string, password: string) {
    const owner = await t.memberOf(organizationId, "owner");
    const invited = await t.call("POST", `/api/orgs/${organizationId}/invitations`, {
      cookie: owner.cookie,
      body: { email, role: "program_manager" },
    });
    expect(invited.status, await invited.clone().text()).toBe(201);
    const [mail] = await linksTo(email);
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
    const accepted = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Nikos Georgiou", password },
    });
    expect(accepted.status, await accepted.clone().text()).toBe(200);
  }

  function signInWithPassword(email: string, password: string) {
    return t.call("POST", "/api/auth/sign-in/email", {
      body: { email, password },
      headers: { origin: "http://localhost:3000", "x-forwarded-for": `203.0.113.${++address}` },
    });
  }

  test("a program manager invited by email who signs in by link still signs in with their password afterwards", async () => {
    await inviteAndAccept("nikos@example.org", "nikos-long-password");
    await askForLink("nikos@example.org");
    const link = (await linksTo("nikos@example.org")).find((mail) => mail.kind === "sign_in_link");
    const viaLink = await follow(linkIn(link?.body ?? ""));
    expect(viaLink.headers.get("set-cookie") ?? "").toMatch(/session_token=[^;]+/);
    expect((await signInWithPassword("nikos@example.org", "nikos-long-password")).status).toBe(200);
  });
});
