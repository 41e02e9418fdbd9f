/**
 * Sign-in links by email (better-auth's magic link), for applicants coming back to a draft: only for existing
 * accounts, mailed through the outbox in the language the person asked in, and answered the same way whether or
 * not the address has an account.
 */
import { and, count, desc, eq, gt, sql } from "drizzle-orm";
import { isLocale } from "../../shared/i18n/locales.ts";
import { pickLocale } from "../../shared/localized-text.ts";
import type { Db } from "../db/client.ts";
import { translate } from "../i18n.ts";
import { enqueueMail } from "../mail/mail.service.ts";
import { outboxMessages } from "../mail/mail.tables.ts";
import { applications, calls } from "../modules/calls/calls.tables.ts";
import { memberships, organizations } from "../modules/organizations/organizations.tables.ts";
import { user as users } from "./auth.tables.ts";

export const signInLinkMinutes = 15;
/** Links mailed to one address per window: enough for a lost message or two, too few to flood a mailbox. */
const linksPerAddress = 3;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type LinkRequest = { email: string; url: string; metadata?: Record<string, unknown> };

/**
 * The outbox keeps every message under an organization: the call the person asked from, else the one they last
 * applied to, else one they are a member of. An account with none of these has nothing to come back to.
 */
async function organizationFor(db: Db, userId: string, callId: unknown) {
  const columns = { id: organizations.id, name: organizations.name, defaultLocale: organizations.defaultLocale };
  if (typeof callId === "string" && uuidPattern.test(callId)) {
    const [viaCall] = await db
      .select(columns)
      .from(calls)
      .innerJoin(organizations, eq(organizations.id, calls.organizationId))
      .where(eq(calls.id, callId));
    if (viaCall) return viaCall;
  }
  const [viaApplication] = await db
    .select(columns)
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .where(eq(applications.applicantUserId, userId))
    .orderBy(desc(applications.updatedAt))
    .limit(1);
  if (viaApplication) return viaApplication;
  const [viaMembership] = await db
    .select(columns)
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .limit(1);
  return viaMembership;
}

/** Counted on the database's clock, the one that stamps outbox rows. */
async function recentLinks(db: Db, email: string) {
  const since = sql`now() - make_interval(mins => ${signInLinkMinutes})`;
  const [{ sent }] = await db
    .select({ sent: count() })
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.recipient, email),
        eq(outboxMessages.kind, "sign_in_link"),
        gt(outboxMessages.createdAt, since),
      ),
    );
  return sent;
}

/** better-auth's `sendMagicLink`: queues the link for an existing account, and quietly nothing otherwise. */
export async function mailSignInLink(db: Db, { email, url, metadata }: LinkRequest) {
  const address = email.trim().toLowerCase();
  const [account] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, address));
  if (!account) return;
  if ((await recentLinks(db, address)) >= linksPerAddress) return;
  const organization = await organizationFor(db, account.id, metadata?.callId);
  if (!organization) return;
  const locale = isLocale(metadata?.locale) ? metadata.locale : organization.defaultLocale;
  const values = {
    name: account.name,
    organization: pickLocale(organization.name, locale, organization.defaultLocale),
    link: url,
    minutes: signInLinkMinutes,
  };
  await enqueueMail(db, {
    organizationId: organization.id,
    recipient: address,
    locale,
    kind: "sign_in_link",
    subject: translate(locale, "mail.signInLink.subject", values),
    body: translate(locale, "mail.signInLink.body", values),
  });
}
