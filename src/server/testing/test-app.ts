/** The app on a fresh database, with helpers to act as a signed-in member of an organization. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createApp } from "../app.ts";
import { createAuth } from "../auth/auth.ts";
import { readConfig } from "../config.ts";
import { memberships, organizations } from "../db/schema.ts";
import type { Role } from "../modules/organizations/organizations.tables.ts";
import { openTestDatabase } from "./test-database.ts";

export const testPassword = "correct-horse-battery";

export async function createTestApp() {
  const database = await openTestDatabase();
  // Uploaded files go to a directory of this test file's own, removed with its database.
  const dataDir = mkdtempSync(path.join(tmpdir(), "civic-hub-test-"));
  const config = { ...readConfig({}), baseUrl: "http://localhost:3000", dataDir };
  const auth = createAuth(database.db, config);
  let now = new Date("2026-11-23T10:00:00Z");
  const app = createApp({ database, auth, config, clock: () => now });
  afterAll(async () => {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  let userCount = 0;

  /** Creates a login and returns the session cookie to send with requests. */
  async function signUp(name = `User ${++userCount}`, email = `user${userCount}-${Date.now()}@example.org`) {
    const { headers, response } = await auth.api.signUpEmail({
      body: { name, email, password: testPassword },
      returnHeaders: true,
    });
    const cookie = (headers.get("set-cookie") ?? "").split(";")[0];
    return { cookie, userId: response.user.id, email };
  }

  async function createOrganization(slug: string) {
    const [organization] = await database.db
      .insert(organizations)
      .values({
        slug,
        name: { en: slug },
        defaultLocale: "en",
        timeZone: "Asia/Jerusalem",
        currency: "ILS",
        country: "IL",
      })
      .returning();
    return organization;
  }

  async function memberOf(organizationId: string, role: Role) {
    const member = await signUp();
    await database.db.insert(memberships).values({ organizationId, userId: member.userId, role });
    return member;
  }

  /** JSON request as the holder of `cookie` (or anonymously). */
  function call(
    method: string,
    path: string,
    options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    return app.request(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  }

  return {
    app,
    database,
    auth,
    config,
    call,
    signUp,
    createOrganization,
    memberOf,
    setNow: (date: Date) => {
      now = date;
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
