/** better-auth: email + password sign-in with database sessions and rate-limited sign-in attempts. */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { uuidv7 } from "uuidv7";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import * as authTables from "./auth.tables.ts";

export const minPasswordLength = 10;

export function createAuth(db: Db, config: Config) {
  return betterAuth({
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret: config.authSecret,
    database: drizzleAdapter(db, { provider: "pg", schema: authTables }),
    emailAndPassword: { enabled: true, minPasswordLength, maxPasswordLength: 128 },
    trustedOrigins: [config.baseUrl],
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Repeated sign-in failures from one address are slowed to five tries a minute.
      customRules: { "/sign-in/email": { window: 60, max: 5 } },
    },
    advanced: {
      database: { generateId: () => uuidv7() },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      // better-auth turns its origin (CSRF) check off when NODE_ENV is "test"; tests must see what production does.
      disableOriginCheck: false,
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
