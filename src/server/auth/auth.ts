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
    // A ceiling per address that a room of people signing in together stays under; failed sign-ins have their
    // own, stricter count per account (sign-in-throttle.ts).
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": { window: 60, max: 60 } },
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
