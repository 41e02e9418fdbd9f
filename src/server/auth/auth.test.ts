import { beforeAll, describe, expect, test } from "vitest";
import { createTestApp, type TestApp, testPassword } from "../testing/test-app.ts";

let t: TestApp;
let member: { email: string; userId: string };

/** Browsers send their origin with every sign-in; better-auth refuses a POST without one. */
function signIn(email: string, password: string, address: string) {
  return t.call("POST", "/api/auth/sign-in/email", {
    body: { email, password },
    headers: { origin: "http://localhost:3000", "x-forwarded-for": address },
  });
}

function sessionCookie(response: Response) {
  return (response.headers.get("set-cookie") ?? "").split(";")[0];
}

async function json(response: Response) {
  return (await response.json()) as Record<string, any>;
}

beforeAll(async () => {
  t = await createTestApp();
  member = await t.signUp("Tamar Kapanadze", "tamar@example.org");
});

describe("signing in", () => {
  test("a member signs in with email and password and the cookie opens /api/me", async () => {
    const response = await signIn("tamar@example.org", testPassword, "198.51.100.1");
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/session_token=/);
    const me = await t.call("GET", "/api/me", { cookie });
    expect(me.status).toBe(200);
    expect((await json(me)).user).toEqual({ id: member.userId, email: "tamar@example.org", name: "Tamar Kapanadze" });
  });

  test("the email is matched without regard to case", async () => {
    const response = await signIn("TAMAR@Example.org", testPassword, "198.51.100.2");
    expect(response.status).toBe(200);
  });

  test("a wrong password is refused with 401 and better-auth's code", async () => {
    const response = await signIn("tamar@example.org", "not-the-password", "198.51.100.3");
    expect(response.status).toBe(401);
    expect((await json(response)).code).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(response.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]+/);
  });

  test("an unknown email is refused exactly like a wrong password", async () => {
    const response = await signIn("nobody@example.org", testPassword, "198.51.100.4");
    expect(response.status).toBe(401);
    expect((await json(response)).code).toBe("INVALID_EMAIL_OR_PASSWORD");
  });

  test("a sign-in posted from another site is refused", async () => {
    const response = await t.call("POST", "/api/auth/sign-in/email", {
      body: { email: "tamar@example.org", password: testPassword },
      headers: { origin: "https://phishing.example", "x-forwarded-for": "198.51.100.5" },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie") ?? "").not.toMatch(/session_token=[^;]+/);
  });
});

describe("sessions", () => {
  test("/api/me without a session is a 401 problem", async () => {
    const response = await t.call("GET", "/api/me");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await json(response)).code).toBe("errors.unauthorized");
  });

  test("a made-up session cookie is a 401", async () => {
    const response = await t.call("GET", "/api/me", { cookie: "better-auth.session_token=forged.token%%%" });
    expect(response.status).toBe(401);
  });

  test("signing out ends the session", async () => {
    const cookie = sessionCookie(await signIn("tamar@example.org", testPassword, "198.51.100.6"));
    expect((await t.call("GET", "/api/me", { cookie })).status).toBe(200);
    const signOut = await t.call("POST", "/api/auth/sign-out", {
      cookie,
      body: {},
      headers: { origin: "http://localhost:3000" },
    });
    expect(signOut.status).toBe(200);
    expect((await t.call("GET", "/api/me", { cookie })).status).toBe(401);
  });

  test("a sign-out posted from another site is refused and the session stays open", async () => {
    const cookie = sessionCookie(await signIn("tamar@example.org", testPassword, "198.51.100.8"));
    const forged = await t.call("POST", "/api/auth/sign-out", {
      cookie,
      body: {},
      headers: { origin: "https://phishing.example" },
    });
    expect(forged.status).toBe(403);
    const withoutOrigin = await t.call("POST", "/api/auth/sign-out", { cookie, body: {} });
    expect(withoutOrigin.status).toBe(403);
    expect((await t.call("GET", "/api/me", { cookie })).status).toBe(200);
  });

  test("signing out one session leaves the member's other sessions open", async () => {
    const laptop = sessionCookie(await signIn("tamar@example.org", testPassword, "198.51.100.7"));
    const phone = sessionCookie(await signIn("tamar@example.org", testPassword, "198.51.100.7"));
    await t.call("POST", "/api/auth/sign-out", {
      cookie: laptop,
      body: {},
      headers: { origin: "http://localhost:3000" },
    });
    expect((await t.call("GET", "/api/me", { cookie: laptop })).status).toBe(401);
    expect((await t.call("GET", "/api/me", { cookie: phone })).status).toBe(200);
  });
});

describe("rate limits", () => {
  test("after five failed tries on one account an address is refused, even with the right password", async () => {
    const attacker = "203.0.113.66";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await signIn("tamar@example.org", `guess-number-${attempt}`, attacker)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);

    const sixth = await signIn("TAMAR@example.org", "guess-number-6", attacker);
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("content-type")).toContain("application/problem+json");
    expect((await json(sixth)).code).toBe("errors.rateLimited");
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn("tamar@example.org", testPassword, attacker)).status).toBe(429);

    // The account's owner elsewhere is not locked out by someone guessing at it.
    expect((await signIn("tamar@example.org", testPassword, "203.0.113.68")).status).toBe(200);
  });

  test("the failures window passes and the address may try again", async () => {
    const address = "203.0.113.70";
    for (let attempt = 0; attempt < 5; attempt++) await signIn(member.email, `wrong-${attempt}`, address);
    expect((await signIn(member.email, testPassword, address)).status).toBe(429);
    t.setNow(new Date(Date.now() + 16 * 60_000));
    expect((await signIn(member.email, testPassword, address)).status).toBe(200);
    t.setNow(new Date());
  });

  test("successful sign-ins are never counted: a room of people behind one address all get in", async () => {
    const venue = "198.51.100.20";
    for (let attempt = 0; attempt < 12; attempt++) {
      expect((await signIn(member.email, testPassword, venue)).status).toBe(200);
    }
  });

  test("one address guessing across twenty accounts is refused", async () => {
    const sprayer = "203.0.113.99";
    for (let account = 0; account < 20; account++) {
      expect((await signIn(`nobody-${account}@example.org`, "password-spray", sprayer)).status).toBe(401);
    }
    expect((await signIn("someone-else@example.org", "password-spray", sprayer)).status).toBe(429);
  });
});
