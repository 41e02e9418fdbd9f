import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";

let t: TestApp;

const origin = { origin: "http://localhost:3000" };
const ownerEmail = "miriam@gesher.example.org";
const ownerPassword = "a-long-and-honest-passphrase";

const gesher = {
  slug: "gesher",
  name: { en: "Gesher", he: "עמותת גשר" },
  defaultLocale: "he",
  timeZone: "Asia/Jerusalem",
  currency: "ILS",
  country: "IL",
};

function settings(overrides: Record<string, unknown> = {}) {
  const { slug: _, ...rest } = gesher;
  return { ...rest, ...overrides };
}

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

/** Signs in over HTTP as a browser would; each test uses its own address so sign-in rate limits never meet. */
async function signIn(email: string, password: string, address: string) {
  const response = await t.call("POST", "/api/auth/sign-in/email", {
    body: { email, password },
    headers: { ...origin, "x-forwarded-for": address },
  });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

let owner: { cookie: string; userId: string };
let gesherId: string;

beforeAll(async () => {
  t = await createTestApp();
});

describe("first-run setup", () => {
  test("a fresh installation asks for setup", async () => {
    const response = await t.call("GET", "/api/setup");
    expect(await json(response)).toEqual({ needed: true });
  });

  test("a weak password is refused with the field named and nothing is created", async () => {
    const response = await t.call("POST", "/api/setup", {
      body: { organization: gesher, owner: { name: "Miriam", email: ownerEmail, password: "short" } },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = await json(response);
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ path: "json.owner.password", code: "errors.passwordTooShort" }),
    );
    expect(await json(await t.call("GET", "/api/setup"))).toEqual({ needed: true });
  });

  test("a setup whose organization cannot be stored leaves no login behind", async () => {
    const response = await t.call("POST", "/api/setup", {
      body: {
        organization: { ...gesher, name: { en: "Broken\u0000name" } },
        owner: { name: "Miriam", email: ownerEmail, password: ownerPassword },
      },
    });
    expect(response.status).toBe(400);
    expect(await json(await t.call("GET", "/api/setup"))).toEqual({ needed: true });
  });

  test("setup creates the first organization with its owner", async () => {
    const response = await t.call("POST", "/api/setup", {
      body: { organization: gesher, owner: { name: "Miriam Cohen", email: ownerEmail, password: ownerPassword } },
    });
    expect(response.status).toBe(201);
    const organization = await json(response);
    expect(organization).toMatchObject({ slug: "gesher", role: "owner", defaultLocale: "he", currency: "ILS" });
    expect(organization.name.he).toBe("עמותת גשר");
    gesherId = organization.id;
  });

  test("the owner signs in with the password chosen at setup", async () => {
    const cookie = await signIn(ownerEmail, ownerPassword, "192.0.2.1");
    const me = await json(await t.call("GET", "/api/me", { cookie }));
    expect(me.user.email).toBe(ownerEmail);
    expect(me.organizations).toEqual([expect.objectContaining({ id: gesherId, role: "owner" })]);
    owner = { cookie, userId: me.user.id };
  });

  test("setup is refused once someone has a login", async () => {
    const response = await t.call("POST", "/api/setup", {
      body: {
        organization: { ...gesher, slug: "second" },
        owner: { name: "Eve", email: "eve@example.org", password: ownerPassword },
      },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.setupDone");
    expect(await json(await t.call("GET", "/api/setup"))).toEqual({ needed: false });
  });
});

describe("who I am and my organizations", () => {
  test("/api/me needs a session", async () => {
    const response = await t.call("GET", "/api/me");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  test("a member of two organizations sees both and can open either", async () => {
    const created = await t.call("POST", "/api/orgs", {
      cookie: owner.cookie,
      body: {
        ...gesher,
        slug: "gesher-tbilisi",
        name: { ka: "გეშერი თბილისი" },
        defaultLocale: "ka",
        timeZone: "Asia/Tbilisi",
        currency: "GEL",
        country: "GE",
      },
    });
    expect(created.status).toBe(201);
    const tbilisi = await json(created);
    expect(tbilisi.role).toBe("owner");

    const me = await json(await t.call("GET", "/api/me", { cookie: owner.cookie }));
    expect(me.organizations.map((organization: any) => organization.slug)).toEqual(["gesher", "gesher-tbilisi"]);

    for (const organization of me.organizations) {
      const response = await t.call("GET", `/api/orgs/${organization.id}`, { cookie: owner.cookie });
      expect(response.status).toBe(200);
      expect((await json(response)).slug).toBe(organization.slug);
    }
  });

  test("an address already taken is refused with 409", async () => {
    const response = await t.call("POST", "/api/orgs", { cookie: owner.cookie, body: gesher });
    expect(response.status).toBe(409);
    const problem = await json(response);
    expect(problem.code).toBe("errors.slugTaken");
    expect(problem.errors[0].path).toBe("json.slug");
  });

  test("an organization address with capitals or spaces is refused", async () => {
    const response = await t.call("POST", "/api/orgs", {
      cookie: owner.cookie,
      body: { ...gesher, slug: "Gesher Haifa" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.slug");
  });

  test("creating an organization needs a session", async () => {
    const response = await t.call("POST", "/api/orgs", { body: { ...gesher, slug: "anonymous" } });
    expect(response.status).toBe(401);
  });
});

describe("organization settings", () => {
  test("an owner changes the settings", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: owner.cookie,
      body: settings({ name: { en: "Gesher", he: "גשר" }, currency: "EUR", country: null }),
    });
    expect(response.status).toBe(200);
    const organization = await json(await t.call("GET", `/api/orgs/${gesherId}`, { cookie: owner.cookie }));
    expect(organization).toMatchObject({ currency: "EUR", country: null, name: { en: "Gesher", he: "גשר" } });
    await t.call("PUT", `/api/orgs/${gesherId}`, { cookie: owner.cookie, body: settings() });
  });

  test("a currency that is not an ISO code is refused with the field named", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: owner.cookie,
      body: settings({ currency: "shekel" }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((issue: any) => issue.path)).toEqual(["json.currency"]);
  });

  test("an unknown time zone is refused with the field named", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: owner.cookie,
      body: settings({ timeZone: "Middle/Earth" }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((issue: any) => issue.path)).toEqual(["json.timeZone"]);
  });

  test("a time zone under its newer name is accepted", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: owner.cookie,
      body: settings({ timeZone: "Europe/Kyiv" }),
    });
    expect(response.status).toBe(200);
  });

  test("a country spelled out instead of its ISO code is refused", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: owner.cookie,
      body: settings({ country: "Israel" }),
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors.map((issue: any) => issue.path)).toEqual(["json.country"]);
  });

  test("a program manager cannot change the settings", async () => {
    const manager = await t.memberOf(gesherId, "program_manager");
    const response = await t.call("PUT", `/api/orgs/${gesherId}`, {
      cookie: manager.cookie,
      body: settings({ currency: "USD" }),
    });
    expect(response.status).toBe(403);
    expect((await json(await t.call("GET", `/api/orgs/${gesherId}`, { cookie: owner.cookie }))).currency).toBe("ILS");
  });
});

describe("members and roles", () => {
  let admin: { cookie: string; userId: string };
  let mentor: { cookie: string; userId: string };

  beforeAll(async () => {
    admin = await t.memberOf(gesherId, "admin");
    mentor = await t.memberOf(gesherId, "mentor");
  });

  test("an owner sees the members with their roles", async () => {
    const members = (await (
      await t.call("GET", `/api/orgs/${gesherId}/members`, { cookie: owner.cookie })
    ).json()) as any[];
    expect(members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: owner.userId, role: "owner", email: ownerEmail }),
        expect.objectContaining({ userId: admin.userId, role: "admin" }),
        expect.objectContaining({ userId: mentor.userId, role: "mentor" }),
      ]),
    );
  });

  test("an admin changes a mentor into a program manager", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}/members/${mentor.userId}`, {
      cookie: admin.cookie,
      body: { role: "program_manager" },
    });
    expect(response.status).toBe(200);
    const me = await json(await t.call("GET", "/api/me", { cookie: mentor.cookie }));
    expect(me.organizations[0].role).toBe("program_manager");
  });

  test("an admin cannot make anyone an owner", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}/members/${mentor.userId}`, {
      cookie: admin.cookie,
      body: { role: "owner" },
    });
    expect(response.status).toBe(403);
    const self = await t.call("PUT", `/api/orgs/${gesherId}/members/${admin.userId}`, {
      cookie: admin.cookie,
      body: { role: "owner" },
    });
    expect(self.status).toBe(403);
  });

  test("an admin cannot demote or remove an owner", async () => {
    const demote = await t.call("PUT", `/api/orgs/${gesherId}/members/${owner.userId}`, {
      cookie: admin.cookie,
      body: { role: "mentor" },
    });
    expect(demote.status).toBe(403);
    const remove = await t.call("DELETE", `/api/orgs/${gesherId}/members/${owner.userId}`, { cookie: admin.cookie });
    expect(remove.status).toBe(403);
  });

  test("the last owner cannot step down", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}/members/${owner.userId}`, {
      cookie: owner.cookie,
      body: { role: "admin" },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.lastOwner");
  });

  test("the last owner cannot be removed", async () => {
    const response = await t.call("DELETE", `/api/orgs/${gesherId}/members/${owner.userId}`, { cookie: owner.cookie });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.lastOwner");
  });

  test("with a second owner, the first may step down and be restored", async () => {
    expect(
      (
        await t.call("PUT", `/api/orgs/${gesherId}/members/${admin.userId}`, {
          cookie: owner.cookie,
          body: { role: "owner" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call("PUT", `/api/orgs/${gesherId}/members/${owner.userId}`, {
          cookie: owner.cookie,
          body: { role: "admin" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call("PUT", `/api/orgs/${gesherId}/members/${owner.userId}`, {
          cookie: admin.cookie,
          body: { role: "owner" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call("PUT", `/api/orgs/${gesherId}/members/${admin.userId}`, {
          cookie: owner.cookie,
          body: { role: "admin" },
        })
      ).status,
    ).toBe(200);
  });

  test("a removed member no longer sees the organization", async () => {
    const response = await t.call("DELETE", `/api/orgs/${gesherId}/members/${mentor.userId}`, { cookie: owner.cookie });
    expect(response.status).toBe(200);
    expect((await json(await t.call("GET", "/api/me", { cookie: mentor.cookie }))).organizations).toEqual([]);
    expect((await t.call("GET", `/api/orgs/${gesherId}`, { cookie: mentor.cookie })).status).toBe(404);
  });

  test("a member who is not in the organization is a 404", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}/members/${mentor.userId}`, {
      cookie: owner.cookie,
      body: { role: "admin" },
    });
    expect(response.status).toBe(404);
  });

  test("an unknown role is refused", async () => {
    const response = await t.call("PUT", `/api/orgs/${gesherId}/members/${admin.userId}`, {
      cookie: owner.cookie,
      body: { role: "king" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.role");
  });
});

describe("invitations", () => {
  const inviteeEmail = "Dana.Levi@Example.org";

  async function invite(email: string, role: string) {
    const response = await t.call("POST", `/api/orgs/${gesherId}/invitations`, {
      cookie: owner.cookie,
      body: { email, role },
    });
    expect(response.status).toBe(201);
    const invitation = await json(response);
    const outbox = (await (
      await t.call("GET", `/api/orgs/${gesherId}/outbox`, { cookie: owner.cookie })
    ).json()) as any[];
    const message = outbox.find(
      (candidate) => candidate.recipient === email.toLowerCase() && candidate.kind === "invitation",
    );
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(message.body)?.[1] as string;
    return { invitation, message, token };
  }

  test("an invitation is stored and its email waits in the outbox in the organization's language", async () => {
    const { invitation, message, token } = await invite(inviteeEmail, "program_manager");
    expect(invitation).toMatchObject({ email: "dana.levi@example.org", role: "program_manager", status: "pending" });
    expect(message).toMatchObject({ locale: "he", status: "pending", recipient: "dana.levi@example.org" });
    expect(message.subject).toContain("עמותת גשר");
    expect(message.body).toContain(`http://localhost:3000/invite/${token}`);
    const listed = (await (
      await t.call("GET", `/api/orgs/${gesherId}/invitations`, { cookie: owner.cookie })
    ).json()) as any[];
    expect(listed.map((row) => row.id)).toContain(invitation.id);
  });

  test("the invitation link shows what it offers without a session, and is used once", async () => {
    const { token } = await invite("yossi@example.org", "mentor");
    const offered = await t.call("GET", `/api/invitations/${token}`);
    expect(offered.status).toBe(200);
    expect(await json(offered)).toEqual({
      organizationName: { en: "Gesher", he: "עמותת גשר" },
      email: "yossi@example.org",
      role: "mentor",
      hasAccount: false,
    });

    const withoutName = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { password: "yossi-long-password" },
    });
    expect(withoutName.status).toBe(400);
    expect((await json(withoutName)).errors[0].path).toBe("json.name");

    const accepted = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Yossi Mizrahi", password: "yossi-long-password" },
    });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toEqual({ organizationId: gesherId });

    const cookie = await signIn("yossi@example.org", "yossi-long-password", "192.0.2.2");
    const me = await json(await t.call("GET", "/api/me", { cookie }));
    expect(me.organizations).toEqual([expect.objectContaining({ id: gesherId, role: "mentor" })]);

    const used = await t.call("GET", `/api/invitations/${token}`);
    expect(used.status).toBe(409);
    expect((await json(used)).code).toBe("errors.invitationUsed");
    const again = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Mallory", password: "mallory-long-password" },
    });
    expect(again.status).toBe(409);
  });

  test("a short password on acceptance is refused with the field named", async () => {
    const { token } = await invite("short@example.org", "mentor");
    const response = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Short", password: "short" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({ path: "json.password", code: "errors.passwordTooShort" });
    expect((await t.call("GET", `/api/invitations/${token}`)).status).toBe(200);
  });

  test("someone who already has a login accepts while signed in with that email", async () => {
    const existing = await t.signUp("Nino Beridze", "nino@example.org");
    const { token } = await invite("nino@example.org", "admin");
    expect((await json(await t.call("GET", `/api/invitations/${token}`))).hasAccount).toBe(true);

    const anonymous = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Nino", password: "ninos-long-password" },
    });
    expect(anonymous.status).toBe(401);
    const someoneElse = await t.call("POST", `/api/invitations/${token}/accept`, { cookie: owner.cookie, body: {} });
    expect(someoneElse.status).toBe(403);

    const accepted = await t.call("POST", `/api/invitations/${token}/accept`, { cookie: existing.cookie, body: {} });
    expect(accepted.status).toBe(200);
    const me = await json(await t.call("GET", "/api/me", { cookie: existing.cookie }));
    expect(me.organizations).toEqual([expect.objectContaining({ id: gesherId, role: "admin" })]);
  });

  test("a revoked invitation says it was revoked", async () => {
    const { invitation, token } = await invite("revoked@example.org", "mentor");
    const revoked = await t.call("DELETE", `/api/orgs/${gesherId}/invitations/${invitation.id}`, {
      cookie: owner.cookie,
    });
    expect(revoked.status).toBe(200);
    expect((await json(revoked)).status).toBe("revoked");
    const offered = await t.call("GET", `/api/invitations/${token}`);
    expect(offered.status).toBe(409);
    expect((await json(offered)).code).toBe("errors.invitationRevoked");
    const accept = await t.call("POST", `/api/invitations/${token}/accept`, {
      body: { name: "Late", password: "late-long-password" },
    });
    expect(accept.status).toBe(409);
    expect(
      (await t.call("DELETE", `/api/orgs/${gesherId}/invitations/${invitation.id}`, { cookie: owner.cookie })).status,
    ).toBe(404);
  });

  test("an invitation older than two weeks has expired", async () => {
    const { token } = await invite("late@example.org", "mentor");
    t.setNow(new Date("2026-12-08T10:00:01Z"));
    try {
      const offered = await t.call("GET", `/api/invitations/${token}`);
      expect(offered.status).toBe(409);
      expect((await json(offered)).code).toBe("errors.invitationExpired");
      const accept = await t.call("POST", `/api/invitations/${token}/accept`, {
        body: { name: "Late", password: "late-long-password" },
      });
      expect(accept.status).toBe(409);
    } finally {
      t.setNow(new Date("2026-11-23T10:00:00Z"));
    }
    expect((await t.call("GET", `/api/invitations/${token}`)).status).toBe(200);
  });

  test("an unknown token is a 404", async () => {
    expect((await t.call("GET", `/api/invitations/${"x".repeat(32)}`)).status).toBe(404);
  });

  test("only an owner may invite an owner", async () => {
    const admin = await t.memberOf(gesherId, "admin");
    const response = await t.call("POST", `/api/orgs/${gesherId}/invitations`, {
      cookie: admin.cookie,
      body: { email: "usurper@example.org", role: "owner" },
    });
    expect(response.status).toBe(403);
    const asAdmin = await t.call("POST", `/api/orgs/${gesherId}/invitations`, {
      cookie: admin.cookie,
      body: { email: "helper@example.org", role: "mentor" },
    });
    expect(asAdmin.status).toBe(201);
  });

  test("an invitation to an address that is not an email is refused", async () => {
    const response = await t.call("POST", `/api/orgs/${gesherId}/invitations`, {
      cookie: owner.cookie,
      body: { email: "dana", role: "mentor" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe("json.email");
  });
});

describe("networks", () => {
  let partner: { cookie: string; id: string };
  let outsider: { cookie: string; id: string };
  let networkId: string;

  beforeAll(async () => {
    const partnerOrganization = await t.createOrganization("kvali");
    partner = { id: partnerOrganization.id, cookie: (await t.memberOf(partnerOrganization.id, "owner")).cookie };
    const outsiderOrganization = await t.createOrganization("daljinski");
    outsider = { id: outsiderOrganization.id, cookie: (await t.memberOf(outsiderOrganization.id, "owner")).cookie };
  });

  test("an organization founds a network and is its first member", async () => {
    const response = await t.call("POST", `/api/orgs/${gesherId}/networks`, {
      cookie: owner.cookie,
      body: { name: { en: "Mediterranean Civic Network", el: "Μεσογειακό Δίκτυο" } },
    });
    expect(response.status).toBe(201);
    const network = await json(response);
    expect(network.foundingOrganizationId).toBe(gesherId);
    expect(network.members.map((member: any) => member.slug)).toEqual(["gesher"]);
    networkId = network.id;
  });

  test("the founder adds another organization by its address, and that organization sees the network", async () => {
    const response = await t.call("POST", `/api/orgs/${gesherId}/networks/${networkId}/members`, {
      cookie: owner.cookie,
      body: { organizationSlug: "kvali" },
    });
    expect(response.status).toBe(200);
    expect((await json(response)).members.map((member: any) => member.slug)).toEqual(["gesher", "kvali"]);
    const seen = (await (
      await t.call("GET", `/api/orgs/${partner.id}/networks`, { cookie: partner.cookie })
    ).json()) as any[];
    expect(seen.map((network) => network.id)).toEqual([networkId]);
  });

  test("adding the same organization twice is a 409", async () => {
    const response = await t.call("POST", `/api/orgs/${gesherId}/networks/${networkId}/members`, {
      cookie: owner.cookie,
      body: { organizationSlug: "kvali" },
    });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("errors.alreadyInNetwork");
  });

  test("an unknown address is refused with the field named", async () => {
    const response = await t.call("POST", `/api/orgs/${gesherId}/networks/${networkId}/members`, {
      cookie: owner.cookie,
      body: { organizationSlug: "nobody-here" },
    });
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0]).toMatchObject({
      path: "json.organizationSlug",
      code: "errors.unknownOrganization",
    });
  });

  test("a member that did not found the network cannot add others", async () => {
    const response = await t.call("POST", `/api/orgs/${partner.id}/networks/${networkId}/members`, {
      cookie: partner.cookie,
      body: { organizationSlug: "daljinski" },
    });
    expect(response.status).toBe(403);
  });

  test("a member cannot remove the founder or another member", async () => {
    const founder = await t.call("DELETE", `/api/orgs/${partner.id}/networks/${networkId}/members/${gesherId}`, {
      cookie: partner.cookie,
    });
    expect(founder.status).toBe(403);
    const ownLeave = await t.call("DELETE", `/api/orgs/${gesherId}/networks/${networkId}/members/${gesherId}`, {
      cookie: owner.cookie,
    });
    expect(ownLeave.status).toBe(409);
    expect((await json(ownLeave)).code).toBe("errors.founderStays");
  });

  test("an organization outside the network gets 404 for it", async () => {
    const response = await t.call("POST", `/api/orgs/${outsider.id}/networks/${networkId}/members`, {
      cookie: outsider.cookie,
      body: { organizationSlug: "daljinski" },
    });
    expect(response.status).toBe(404);
    expect(
      (await (await t.call("GET", `/api/orgs/${outsider.id}/networks`, { cookie: outsider.cookie })).json()) as any[],
    ).toEqual([]);
  });

  test("a member leaves the network", async () => {
    const response = await t.call("DELETE", `/api/orgs/${partner.id}/networks/${networkId}/members/${partner.id}`, {
      cookie: partner.cookie,
    });
    expect(response.status).toBe(200);
    expect(
      (await (await t.call("GET", `/api/orgs/${partner.id}/networks`, { cookie: partner.cookie })).json()) as any[],
    ).toEqual([]);
    const founderView = (await (
      await t.call("GET", `/api/orgs/${gesherId}/networks`, { cookie: owner.cookie })
    ).json()) as any[];
    expect(founderView[0].members.map((member: any) => member.slug)).toEqual(["gesher"]);
  });
});
