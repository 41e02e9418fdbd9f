/** People and groups: find, record, edit, group membership. */

import type { z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import type { Locale } from "../../../shared/i18n/locales.ts";
import { user as users } from "../../auth/auth.tables.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext, SessionUser } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { deleteStoredFiles, removeFilesOfApplicant } from "../calls/calls.files.storage.ts";
import { applications } from "../calls/calls.tables.ts";
import { courseEnrollments } from "../learning/learning.tables.ts";
import type { GroupInput, GroupsQuery, PeopleQuery, PersonInput } from "./people.schemas.ts";
import { groupMembers, groups, people } from "./people.tables.ts";
import { searchKeyOf } from "./search-key.ts";

export const personColumns = {
  id: people.id,
  fullName: people.fullName,
  email: people.email,
  phone: people.phone,
  city: people.city,
  country: people.country,
  locale: people.locale,
  notes: people.notes,
};

const groupColumns = {
  id: groups.id,
  name: groups.name,
  kind: groups.kind,
  city: groups.city,
  country: groups.country,
  description: groups.description,
};

export function personRow(organizationId: string, input: PersonInput) {
  return { ...input, organizationId, searchKey: searchKeyOf(input.fullName, input.email) };
}

/**
 * The people records a login stands for (people have no login of their own): those it applied or enrolled itself as,
 * and those with its email once it has shown it holds that address (a sign-in link or an accepted invitation sets
 * `emailVerified`). Sign-up does not verify the address, so matching an unverified one would hand anyone another
 * person's records. Verification is read from the users table, not the session, which may predate it.
 */
export function peopleOfLogin(db: Db, user: SessionUser) {
  const appliedAs = db
    .select({ personId: sql<string>`${applications.personId}` })
    .from(applications)
    .where(and(eq(applications.applicantUserId, user.id), isNotNull(applications.personId)));
  const enrolledAs = db
    .select({ personId: courseEnrollments.personId })
    .from(courseEnrollments)
    .where(eq(courseEnrollments.userId, user.id));
  const byVerifiedEmail = db
    .select({ personId: people.id })
    .from(people)
    .innerJoin(users, eq(sql`lower(${users.email})`, people.email))
    .where(and(eq(users.id, user.id), eq(users.emailVerified, true)));
  return union(appliedAs, enrolledAs, byVerifiedEmail);
}

/** The organization's person a login stands for, the one holding its email first. */
async function ownPersonOf(db: Db, organizationId: string, user: SessionUser) {
  const [own] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, peopleOfLogin(db, user))))
    .orderBy(sql`${people.email} is null`, asc(people.id))
    .limit(1);
  return own?.id;
}

/**
 * The organization's record of a login acting for itself (applying, enrolling): a person it stands for, else a new
 * one from its profile. The new person gets the login's email unless another person of the organization has it; the
 * login has not shown it is that person, so it gets a record without an email (its mail goes to the login's address).
 */
export async function personOfLogin(
  db: Db,
  organizationId: string,
  user: SessionUser,
  profile: { fullName: string; locale: Locale; country?: string | null },
) {
  const own = await ownPersonOf(db, organizationId, user);
  if (own) return own;
  const values = (email: string | null) =>
    personRow(organizationId, {
      ...profile,
      email,
      country: profile.country ?? null,
      phone: null,
      city: null,
      notes: null,
    });
  const [created] = await db
    .insert(people)
    .values(values(user.email.toLowerCase()))
    .onConflictDoNothing()
    .returning({ id: people.id });
  if (created) return created.id;
  // The address is taken: by this login's own person if another of its requests created it a moment ago (or it is
  // verified and that person is its), else by someone this login may not claim to be.
  const again = await ownPersonOf(db, organizationId, user);
  if (again) return again;
  const [withoutEmail] = await db.insert(people).values(values(null)).returning({ id: people.id });
  return withoutEmail.id;
}

/** A LIKE pattern matching `query` anywhere in a search key, with LIKE wildcards in it taken literally. */
export function likePattern(query: string) {
  return `%${searchKeyOf(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export async function findPeople(ctx: OrgContext, query: z.infer<typeof PeopleQuery>) {
  const conditions = [eq(people.organizationId, ctx.organizationId)];
  if (query.q) conditions.push(sql`${people.searchKey} like ${likePattern(query.q)}`);
  if (query.country) conditions.push(eq(people.country, query.country));
  if (query.groupId) {
    const inGroup = ctx.db
      .select({ personId: groupMembers.personId })
      .from(groupMembers)
      .where(and(eq(groupMembers.organizationId, ctx.organizationId), eq(groupMembers.groupId, query.groupId)));
    conditions.push(inArray(people.id, inGroup));
  }
  // Page and total are separate queries: the page walks the name index for 25 rows instead of sorting everyone.
  const [items, [{ total }]] = await Promise.all([
    ctx.db
      .select(personColumns)
      .from(people)
      .where(and(...conditions))
      .orderBy(asc(people.fullName), asc(people.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: count() })
      .from(people)
      .where(and(...conditions)),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getPerson(ctx: OrgContext, personId: string) {
  const [person] = await ctx.db
    .select(personColumns)
    .from(people)
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)));
  if (!person) throw new NotFound("person");
  const memberOf = await ctx.db
    .select({ id: groups.id, name: groups.name, kind: groups.kind })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.organizationId, ctx.organizationId), eq(groupMembers.personId, personId)))
    .orderBy(asc(groups.name));
  return { ...person, groups: memberOf };
}

export async function recordPerson(ctx: OrgContext, input: PersonInput) {
  const [person] = await ctx.db.insert(people).values(personRow(ctx.organizationId, input)).returning(personColumns);
  return person;
}

export async function editPerson(ctx: OrgContext, personId: string, input: PersonInput) {
  const [person] = await ctx.db
    .update(people)
    .set(personRow(ctx.organizationId, input))
    .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)))
    .returning(personColumns);
  if (!person) throw new NotFound("person");
  return person;
}

/** Removes the person with their applications; the files answering those go from the disk once that commits. */
export async function removePerson(ctx: OrgContext, personId: string) {
  const files = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const files = await removeFilesOfApplicant(db, ctx.organizationId, personId);
    const removed = await db
      .delete(people)
      .where(and(eq(people.organizationId, ctx.organizationId), eq(people.id, personId)))
      .returning({ id: people.id });
    if (removed.length === 0) throw new NotFound("person");
    return files;
  });
  await deleteStoredFiles(ctx.config, files);
  return { ok: true as const };
}

export async function findGroups(ctx: OrgContext, query: z.infer<typeof GroupsQuery>) {
  const conditions = [eq(groups.organizationId, ctx.organizationId)];
  if (query.q) conditions.push(sql`${groups.searchKey} like ${likePattern(query.q)}`);
  if (query.kind) conditions.push(eq(groups.kind, query.kind));
  const memberCount = ctx.db
    .select({ groupId: groupMembers.groupId, members: count().as("members") })
    .from(groupMembers)
    .where(eq(groupMembers.organizationId, ctx.organizationId))
    .groupBy(groupMembers.groupId)
    .as("member_count");
  const [items, [{ total }]] = await Promise.all([
    ctx.db
      .select({ ...groupColumns, memberCount: sql<number>`coalesce(${memberCount.members}, 0)`.mapWith(Number) })
      .from(groups)
      .leftJoin(memberCount, eq(memberCount.groupId, groups.id))
      .where(and(...conditions))
      .orderBy(asc(groups.name))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db
      .select({ total: count() })
      .from(groups)
      .where(and(...conditions)),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getGroup(ctx: OrgContext, groupId: string) {
  const [group] = await ctx.db
    .select(groupColumns)
    .from(groups)
    .where(and(eq(groups.organizationId, ctx.organizationId), eq(groups.id, groupId)));
  if (!group) throw new NotFound("group");
  const members = await ctx.db
    .select(personColumns)
    .from(groupMembers)
    .innerJoin(people, eq(people.id, groupMembers.personId))
    .where(and(eq(groupMembers.organizationId, ctx.organizationId), eq(groupMembers.groupId, groupId)))
    .orderBy(asc(people.fullName));
  return { ...group, memberCount: members.length, members };
}

function groupRow(organizationId: string, input: z.infer<typeof GroupInput>) {
  return { ...input, organizationId, searchKey: searchKeyOf(input.name) };
}

export async function formGroup(ctx: OrgContext, input: z.infer<typeof GroupInput>) {
  const [group] = await ctx.db.insert(groups).values(groupRow(ctx.organizationId, input)).returning({ id: groups.id });
  return getGroup(ctx, group.id);
}

export async function editGroup(ctx: OrgContext, groupId: string, input: z.infer<typeof GroupInput>) {
  const updated = await ctx.db
    .update(groups)
    .set(groupRow(ctx.organizationId, input))
    .where(and(eq(groups.organizationId, ctx.organizationId), eq(groups.id, groupId)))
    .returning({ id: groups.id });
  if (updated.length === 0) throw new NotFound("group");
  return getGroup(ctx, groupId);
}

export async function addGroupMember(ctx: OrgContext, groupId: string, personId: string) {
  await getGroup(ctx, groupId);
  await getPerson(ctx, personId);
  await ctx.db.insert(groupMembers).values({ organizationId: ctx.organizationId, groupId, personId });
  return getGroup(ctx, groupId);
}

export async function removeGroupMember(ctx: OrgContext, groupId: string, personId: string) {
  const removed = await ctx.db
    .delete(groupMembers)
    .where(
      and(
        eq(groupMembers.organizationId, ctx.organizationId),
        eq(groupMembers.groupId, groupId),
        eq(groupMembers.personId, personId),
      ),
    )
    .returning({ personId: groupMembers.personId });
  if (removed.length === 0) throw new NotFound("group member");
  return getGroup(ctx, groupId);
}
