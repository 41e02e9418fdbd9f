/**
 * Slows password guessing without locking out a room of people behind one address: only failed sign-ins count,
 * five per account from one address and twenty from one address across accounts, in a fifteen-minute window.
 */
import { and, count, eq, gt, lt, or, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Db } from "../db/client.ts";
import { AppError } from "../http/errors.ts";
import { signInFailures } from "./auth.tables.ts";

const windowMs = 15 * 60_000;
const perAccount = 5;
const perAddress = 20;

export async function throttledSignIn(
  db: Db,
  request: Request,
  now: Date,
  signIn: (request: Request) => Promise<Response>,
): Promise<Response> {
  const email = await emailOf(request.clone());
  const address = request.headers.get("x-forwarded-for")?.split(",")[0].trim() || "unknown";
  const since = new Date(now.getTime() - windowMs);
  const [failures] = await db
    .select({
      forAccount: count(sql`case when ${signInFailures.email} = ${email} then 1 end`),
      fromAddress: count(),
    })
    .from(signInFailures)
    .where(and(eq(signInFailures.address, address), gt(signInFailures.failedAt, since)));
  if (failures.forAccount >= perAccount || failures.fromAddress >= perAddress) {
    throw new AppError(429, "errors.rateLimited", "Too many failed sign-ins; wait before trying again", [], {
      "retry-after": String(windowMs / 1000),
    });
  }
  const response = await signIn(request);
  if (response.status === 401) {
    await db.insert(signInFailures).values({ id: uuidv7(), email, address, failedAt: now });
  } else if (response.ok) {
    // A success clears this account's failures from here, and old rows are swept while we are at it.
    await db
      .delete(signInFailures)
      .where(
        or(
          and(eq(signInFailures.email, email), eq(signInFailures.address, address)),
          lt(signInFailures.failedAt, since),
        ),
      );
  }
  return response;
}

async function emailOf(request: Request): Promise<string> {
  try {
    const body = (await request.json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}
