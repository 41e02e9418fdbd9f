/** better-auth: email + password or emailed-link sign-in with database sessions and rate-limited attempts. */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink } from "better-auth/plugins";
import { uuidv7 } from "uuidv7";
import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import * as authTables from "./auth.tables.ts";
import { mailSignInLink, signInLinkMinutes } from "./magic-link.ts";

export const minPasswordLength = 10;

export function createAuth(db: Db, config: Config) {
  return betterAuth({
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret: config.authSecret,
    database: drizzleAdapter(db, { provider: "pg", schema: authTables }),
    emailAndPassword: { enabled: true, minPasswordLength, maxPasswordLength: 128 },
    trustedOrigins: [config.baseUrl],
    plugins: [
      // One-time links (consumed on first use, stored hashed) for existing accounts only; asking for one is
      // rate-limited per client address here and per recipient in mailSignInLink.
      magicLink({
        disableSignUp: true,
        expiresIn: signInLinkMinutes * 60,
        storeToken: "hashed",
        rateLimit: { window: 60, max: 5 },
        sendMagicLink: (request) => mailSignInLink(db, request),
      }),
    ],
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
