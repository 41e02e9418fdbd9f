/** Organizations: first-run setup, settings, members and roles, invitations and networks. */
import { randomBytes } from "node:crypto";
import type { z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { pickLocale } from "../../../shared/localized-text.ts";
import { user as users } from "../../auth/auth.tables.ts";
import type { Auth } from "../../auth/auth.ts";
import { createLogin } from "../../auth/sign-up.ts";
import type { Db } from "../../db/client.ts";
import type { AppServices, OrgContext, SessionUser } from "../../http/context.ts";
import { Conflict, Forbidden, invalidField, NotFound, Unauthorized } from "../../http/errors.ts";
import { translate } from "../../i18n.ts";
import { enqueueMail } from "../../mail/mail.service.ts";
import type {
  AcceptInvitationInput,
  CreateNetworkInput,
  CreateOrganizationInput,
  InviteInput,
  OrganizationSettingsInput,
  SetupInput,
} from "./organizations.schemas.ts";
import {
  invitations,
  memberships,
  networkMemberships,
  networks,
  organizations,
  type Role,
} from "./organizations.tables.ts";

const invitationLifetimeDays = 14;

const organizationColumns = {
  id: organizations.id,
  slug: organizations.slug,
  name: organizations.name,
  defaultLocale: organizations.defaultLocale,
  timeZone: organizations.timeZone,
  currency: organizations.currency,
  country: organizations.country,
};

export async function getMe(db: Db, user: SessionUser) {
  const rows = await db
    .select({ ...organizationColumns, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organizations.slug));
  return { user, organizations: rows };
}

export async function isSetupNeeded(db: Db) {
  const [row] = await db.select({ users: count() }).from(users);
  return row.users === 0;
}

/** First run: the very first login becomes the owner of the first organization. */
export async function runFirstSetup(services: AppServices, input: z.infer<typeof SetupInput>) {
  const { db } = services.database;
  if (!(await isSetupNeeded(db))) throw new Conflict("errors.setupDone", "This installation is already set up");
  const owner = await createLogin(services.auth, input.owner, "json.owner");
  try {
    return await db.transaction(async (tx) => createOrganizationFor(tx as Db, owner.id, input.organization));
  } catch (error) {
    // No login without its organization: undo the sign-up when the organization cannot be created.
    await db.delete(users).where(eq(users.id, owner.id));
    throw error;
  }
}

export async function createOrganization(db: Db, user: SessionUser, input: z.infer<typeof CreateOrganizationInput>) {
  return db.transaction(async (tx) => createOrganizationFor(tx as Db, user.id, input));
}

async function createOrganizationFor(db: Db, ownerId: string, input: z.infer<typeof CreateOrganizationInput>) {
  const [organization] = await db.insert(organizations).values(input).returning(organizationColumns);
  await db.insert(memberships).values({ organizationId: organization.id, userId: ownerId, role: "owner" });
  return { ...organization, role: "owner" as const };
}

export async function getOrganization(ctx: OrgContext) {
  const [organization] = await ctx.db
    .select(organizationColumns)
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  return organization;
}

export async function updateOrganizationSettings(ctx: OrgContext, input: z.infer<typeof OrganizationSettingsInput>) {
  const [organization] = await ctx.db
    .update(organizations)
    .set(input)
    .where(eq(organizations.id, ctx.organizationId))
    .returning(organizationColumns);
  return organization;
}

export async function listMembers(ctx: OrgContext) {
  const rows = await ctx.db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.organizationId))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ ...row, joinedAt: row.joinedAt.toISOString() }));
}

/** Only an owner hands out or takes away ownership, and an organization always keeps one owner. */
export async function changeMemberRole(ctx: OrgContext, userId: string, role: Role) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockMembership(tx as Db, ctx, userId);
    guardOwnership(ctx, current.role, role);
    if (current.role === "owner" && role !== "owner") await ensureAnotherOwner(tx as Db, ctx);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
    return { ok: true as const };
  });
}

export async function removeMember(ctx: OrgContext, userId: string) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockMembership(tx as Db, ctx, userId);
    guardOwnership(ctx, current.role, current.role);
    if (current.role === "owner") await ensureAnotherOwner(tx as Db, ctx);
    await tx
      .delete(memberships)
      .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
    return { ok: true as const };
  });
}

async function lockMembership(db: Db, ctx: OrgContext, userId: string) {
  // Owners are counted under lock so two demotions at once cannot leave the organization ownerless.
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.organizationId, ctx.organizationId))
    .for("update");
  const current = rows.find((row) => row.userId === userId);
  if (!current) throw new NotFound("member");
  return current;
}

function guardOwnership(ctx: OrgContext, from: Role, to: Role) {
  if ((from === "owner" || to === "owner") && ctx.actor.role !== "owner")
    throw new Forbidden("Only an owner can change ownership");
}

async function ensureAnotherOwner(db: Db, ctx: OrgContext) {
  const [row] = await db
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.role, "owner")));
  if (row.owners <= 1) throw new Conflict("errors.lastOwner", "An organization needs at least one owner");
}

export async function inviteMember(ctx: OrgContext, input: z.infer<typeof InviteInput>) {
  if (input.role === "owner" && ctx.actor.role !== "owner") throw new Forbidden("Only an owner can invite an owner");
  const email = input.email.toLowerCase();
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(ctx.clock().getTime() + invitationLifetimeDays * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ name: organizations.name, defaultLocale: organizations.defaultLocale })
      .from(organizations)
      .where(eq(organizations.id, ctx.organizationId));
    const [invitation] = await tx
      .insert(invitations)
      .values({
        organizationId: ctx.organizationId,
        email,
        role: input.role,
        token,
        expiresAt,
        invitedBy: ctx.actor.userId,
      })
      .returning();
    const locale = organization.defaultLocale;
    const organizationName = pickLocale(organization.name, locale);
    const link = `${ctx.config.baseUrl}/invite/${token}`;
    await enqueueMail(tx as Db, {
      organizationId: ctx.organizationId,
      recipient: email,
      locale,
      kind: "invitation",
      subject: translate(locale, "mail.invitation.subject", { organization: organizationName }),
      body: translate(locale, "mail.invitation.body", {
        organization: organizationName,
        link,
        days: invitationLifetimeDays,
      }),
    });
    return invitationView(invitation, ctx.clock());
  });
}

function invitationView(row: typeof invitations.$inferSelect, now: Date) {
  const expired = row.status === "pending" && row.expiresAt < now;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: expired ? ("expired" as const) : row.status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInvitations(ctx: OrgContext) {
  const rows = await ctx.db
    .select()
    .from(invitations)
    .where(eq(invitations.organizationId, ctx.organizationId))
    .orderBy(sql`${invitations.createdAt} desc`);
  return rows.map((row) => invitationView(row, ctx.clock()));
}

export async function revokeInvitation(ctx: OrgContext, invitationId: string) {
  const [row] = await ctx.db
    .update(invitations)
    .set({ status: "revoked" })
    .where(
      and(
        eq(invitations.organizationId, ctx.organizationId),
        eq(invitations.id, invitationId),
        eq(invitations.status, "pending"),
      ),
    )
    .returning();
  if (!row) throw new NotFound("pending invitation");
  return invitationView(row, ctx.clock());
}

async function findUsableInvitation(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.token, token));
  if (!row) throw new NotFound("invitation");
  if (row.invitation.status === "accepted")
    throw new Conflict("errors.invitationUsed", "This invitation has been used");
  if (row.invitation.status === "revoked")
    throw new Conflict("errors.invitationRevoked", "This invitation was revoked");
  if (row.invitation.expiresAt < now) throw new Conflict("errors.invitationExpired", "This invitation has expired");
  return row;
}

export async function getPublicInvitation(db: Db, token: string, now: Date) {
  const { invitation, organizationName } = await findUsableInvitation(db, token, now);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
  return { organizationName, email: invitation.email, role: invitation.role, hasAccount: !!existing };
}

/**
 * A signed-in user with the invited email joins at once; someone without an account gives a name and
 * password and gets a login. Either way the invitation is used once.
 */
export async function acceptInvitation(
  services: AppServices,
  token: string,
  signedInUser: SessionUser | null,
  input: z.infer<typeof AcceptInvitationInput>,
) {
  const { db } = services.database;
  const { invitation } = await findUsableInvitation(db, token, services.clock());
  const userId = signedInUser
    ? matchingUser(signedInUser, invitation.email)
    : await newLoginForInvitation(services.auth, db, invitation.email, input);
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ status: "accepted", acceptedAt: services.clock() })
      .where(and(eq(invitations.id, invitation.id), eq(invitations.status, "pending")))
      .returning({ id: invitations.id });
    if (!claimed) throw new NotFound("invitation");
    await tx
      .insert(memberships)
      .values({ organizationId: invitation.organizationId, userId, role: invitation.role })
      .onConflictDoNothing();
    // The invitation came to this address, so its holder controls it. better-auth takes the password off an
    // unverified account at its first sign-in by link, which would otherwise lock staff out of their password.
    await tx.update(users).set({ emailVerified: true }).where(eq(users.id, userId));
    return { organizationId: invitation.organizationId };
  });
}

function matchingUser(user: SessionUser, email: string) {
  if (user.email.toLowerCase() !== email) throw new Forbidden("This invitation is for another email address");
  return user.id;
}

async function newLoginForInvitation(auth: Auth, db: Db, email: string, input: z.infer<typeof AcceptInvitationInput>) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) throw new Unauthorized("Sign in with this email to accept the invitation");
  if (!input.name) throw invalidField("json.name", "errors.required", "Your name is required");
  if (!input.password) throw invalidField("json.password", "errors.required", "A password is required");
  const created = await createLogin(auth, { name: input.name, email, password: input.password });
  return created.id;
}

export async function listNetworks(ctx: OrgContext) {
  const mine = ctx.db
    .select({ networkId: networkMemberships.networkId })
    .from(networkMemberships)
    .where(eq(networkMemberships.organizationId, ctx.organizationId));
  const rows = await ctx.db.select().from(networks).where(inArray(networks.id, mine)).orderBy(asc(networks.createdAt));
  if (rows.length === 0) return [];
  const members = await ctx.db
    .select({
      networkId: networkMemberships.networkId,
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      country: organizations.country,
    })
    .from(networkMemberships)
    .innerJoin(organizations, eq(organizations.id, networkMemberships.organizationId))
    .where(
      inArray(
        networkMemberships.networkId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(organizations.slug));
  return rows.map((network) => ({
    id: network.id,
    name: network.name,
    description: network.description ?? null,
    foundingOrganizationId: network.foundingOrganizationId,
    members: members.filter((member) => member.networkId === network.id).map(({ networkId: _, ...member }) => member),
  }));
}

export async function createNetwork(ctx: OrgContext, input: z.infer<typeof CreateNetworkInput>) {
  const networkId = await ctx.db.transaction(async (tx) => {
    const [network] = await tx
      .insert(networks)
      .values({ foundingOrganizationId: ctx.organizationId, name: input.name, description: input.description })
      .returning({ id: networks.id });
    await tx.insert(networkMemberships).values({ networkId: network.id, organizationId: ctx.organizationId });
    return network.id;
  });
  return findNetwork(ctx, networkId);
}

async function findNetwork(ctx: OrgContext, networkId: string) {
  const network = (await listNetworks(ctx)).find((candidate) => candidate.id === networkId);
  if (!network) throw new NotFound("network");
  return network;
}

/** The founding organization's admins add members; any member organization may leave. */
export async function addNetworkMember(ctx: OrgContext, networkId: string, organizationSlug: string) {
  const network = await findNetwork(ctx, networkId);
  if (network.foundingOrganizationId !== ctx.organizationId)
    throw new Forbidden("Only the founding organization adds members");
  const [organization] = await ctx.db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, organizationSlug));
  if (!organization) {
    throw invalidField("json.organizationSlug", "errors.unknownOrganization", "No organization has this address");
  }
  await ctx.db.insert(networkMemberships).values({ networkId, organizationId: organization.id });
  return findNetwork(ctx, networkId);
}

export async function removeNetworkMember(ctx: OrgContext, networkId: string, memberId: string) {
  const network = await findNetwork(ctx, networkId);
  const isFounder = network.foundingOrganizationId === ctx.organizationId;
  if (!isFounder && memberId !== ctx.organizationId)
    throw new Forbidden("Only the founding organization removes others");
  if (memberId === network.foundingOrganizationId)
    throw new Conflict("errors.founderStays", "The founding organization cannot leave its network");
  const removed = await ctx.db
    .delete(networkMemberships)
    .where(and(eq(networkMemberships.networkId, networkId), eq(networkMemberships.organizationId, memberId)))
    .returning();
  if (removed.length === 0) throw new NotFound("network member");
  return { ok: true as const };
}
