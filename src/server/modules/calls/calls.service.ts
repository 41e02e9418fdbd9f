/** Open calls: staff draft, publish and close them; anyone reads them; applicants apply; staff decide. */
import type { z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { defaultLocale, isLocale } from "../../../shared/i18n/locales.ts";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { pickLocale } from "../../../shared/localized-text.ts";
import { user as users } from "../../auth/auth.tables.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { Clock, OrgContext, SessionUser } from "../../http/context.ts";
import { Conflict, type FieldIssue, fromDatabaseError, NotFound, ValidationFailed } from "../../http/errors.ts";
import { translate } from "../../i18n.ts";
import { enqueueMail } from "../../mail/mail.service.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { personOfLogin } from "../people/people.service.ts";
import { groupMembers, groups, people } from "../people/people.tables.ts";
import { searchKeyOf } from "../people/search-key.ts";
import { changeEnrollment, enrollInCohort } from "../programs/programs.service.ts";
import { cohorts, enrollments } from "../programs/programs.tables.ts";
import { fileLimitsOf } from "./calls.files.kinds.ts";
import { applicationFiles } from "./calls.files.tables.ts";
import { answerIssues, type FormField, failedScreening, keptAnswers } from "./calls.form.ts";
import type {
  ApplicationsQuery,
  CallInput,
  DecisionInput,
  FieldInput,
  SaveApplicationInput,
  StartApplicationInput,
} from "./calls.schemas.ts";
import { interviewsOf } from "./calls.slots.service.ts";
import {
  type ApplicationEventKind,
  type ApplicationStatus,
  applicationEvents,
  applications,
  callFields,
  calls,
  type Decision,
  type DecisionMessages,
} from "./calls.tables.ts";

/** Reading published calls needs no sign-in and no organization. */
export type PublicContext = { db: Db; clock: Clock };
/** An applicant is any signed-in user, member of an organization or not. */
export type ApplicantContext = PublicContext & { user: SessionUser; config: Config };

type CallRow = typeof calls.$inferSelect;
type ApplicationRow = typeof applications.$inferSelect;

function isOpen(call: Pick<CallRow, "status" | "opensAt" | "closesAt">, now: Date) {
  return call.status === "published" && call.opensAt <= now && now < call.closesAt;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

// ——— Staff: calls and their forms ———

async function applicationCounts(db: Db, organizationId: string, callIds: string[]) {
  const counts = new Map<string, Record<string, number>>();
  if (callIds.length === 0) return counts;
  const rows = await db
    .select({ callId: applications.callId, status: applications.status, n: count() })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), inArray(applications.callId, callIds)))
    .groupBy(applications.callId, applications.status);
  for (const row of rows) counts.set(row.callId, { ...counts.get(row.callId), [row.status]: row.n });
  return counts;
}

async function findCalls(ctx: OrgContext, callId?: string) {
  const rows = await ctx.db
    .select({ call: calls, cohortName: cohorts.name })
    .from(calls)
    .leftJoin(cohorts, eq(cohorts.id, calls.cohortId))
    .where(and(eq(calls.organizationId, ctx.organizationId), callId ? eq(calls.id, callId) : undefined))
    .orderBy(desc(calls.createdAt));
  const counts = await applicationCounts(
    ctx.db,
    ctx.organizationId,
    rows.map((row) => row.call.id),
  );
  const now = ctx.clock();
  return rows.map(({ call, cohortName }) => ({
    id: call.id,
    cohortId: call.cohortId,
    cohortName,
    title: call.title,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    maxAcceptances: call.maxAcceptances,
    applicantKind: call.applicantKind,
    status: call.status,
    isOpen: isOpen(call, now),
    applicationCounts: counts.get(call.id) ?? {},
    description: call.description ?? null,
    publishedAt: iso(call.publishedAt),
    decisionMessages: call.decisionMessages ?? {},
  }));
}

export async function listCalls(ctx: OrgContext) {
  const rows = await findCalls(ctx);
  return rows.map(({ description: _, publishedAt: __, decisionMessages: ___, ...summary }) => summary);
}

export async function formOf(db: Db, callId: string) {
  return db.select().from(callFields).where(eq(callFields.callId, callId)).orderBy(asc(callFields.position));
}

function publicFieldView(field: typeof callFields.$inferSelect) {
  return {
    key: field.key,
    type: field.type,
    label: field.label,
    help: field.help ?? null,
    required: field.required,
    options: field.options ?? null,
    maxWords: field.maxWords,
    min: field.minValue,
    max: field.maxValue,
    maxFileMb: field.maxFileMb,
    fileKinds: field.fileKinds ?? null,
  };
}

export async function getCall(ctx: OrgContext, callId: string) {
  const [call] = await findCalls(ctx, callId);
  if (!call) throw new NotFound("call");
  const fields = await formOf(ctx.db, callId);
  return {
    ...call,
    fields: fields.map((field) => ({
      ...publicFieldView(field),
      eligibility: field.eligibility ?? null,
      hiddenInBlindReview: field.hiddenInBlindReview,
    })),
  };
}

/** A call without a cohort (a residency) enrols nobody, so there is no cohort to find. */
async function requireCohort(db: Db, ctx: OrgContext, cohortId: string | null) {
  if (cohortId === null) return;
  const [cohort] = await db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(and(eq(cohorts.organizationId, ctx.organizationId), eq(cohorts.id, cohortId)));
  if (!cohort) throw new NotFound("cohort");
}

function callValues(input: CallInput) {
  return {
    cohortId: input.cohortId ?? null,
    title: input.title,
    description: input.description ?? null,
    opensAt: new Date(input.opensAt),
    closesAt: new Date(input.closesAt),
    maxAcceptances: input.maxAcceptances ?? null,
    applicantKind: input.applicantKind,
    decisionMessages: decisionMessagesOf(input.decisionMessages),
  };
}

/** Blank messages are dropped, so an empty one falls back like a missing one; nothing left is stored as null. */
function decisionMessagesOf(input: CallInput["decisionMessages"]): DecisionMessages | null {
  const kept: DecisionMessages = {};
  for (const [decision, byLocale] of Object.entries(input ?? {})) {
    const texts = Object.entries(byLocale ?? {}).filter(([, text]) => text?.trim());
    if (texts.length > 0) kept[decision as Decision] = Object.fromEntries(texts);
  }
  return Object.keys(kept).length > 0 ? kept : null;
}

async function writeForm(db: Db, ctx: OrgContext, callId: string, fields: FieldInput[]) {
  await db
    .delete(callFields)
    .where(and(eq(callFields.organizationId, ctx.organizationId), eq(callFields.callId, callId)));
  if (fields.length === 0) return;
  await db.insert(callFields).values(
    fields.map((field, position) => ({
      organizationId: ctx.organizationId,
      callId,
      position,
      key: field.key,
      type: field.type,
      label: field.label,
      help: field.help ?? null,
      required: field.required,
      options: field.options?.length ? field.options : null,
      maxWords: field.maxWords ?? null,
      minValue: field.min ?? null,
      maxValue: field.max ?? null,
      eligibility: field.eligibility ?? null,
      hiddenInBlindReview: field.hiddenInBlindReview ?? false,
      ...fileLimitsOf(field),
    })),
  );
}

/** Staff draft a call for a cohort; nobody outside sees it until it is published. */
export async function draftCall(ctx: OrgContext, input: CallInput) {
  const callId = await ctx.db.transaction(async (tx) => {
    await requireCohort(tx as Db, ctx, input.cohortId ?? null);
    const [call] = await tx
      .insert(calls)
      .values({ ...callValues(input), organizationId: ctx.organizationId })
      .returning({ id: calls.id });
    await writeForm(tx as Db, ctx, call.id, input.fields);
    return call.id;
  });
  return getCall(ctx, callId);
}

/**
 * Once anyone has applied, answers are keyed by the form: its fields may gain labels, help, limits, options
 * and new questions, but none may disappear, change type or lose an option, and the cohort stays.
 */
function changeThatBreaksAnswers(
  before: (typeof callFields.$inferSelect)[],
  after: FieldInput[],
  cohortChanged: boolean,
): FieldIssue | undefined {
  const code = "errors.callHasApplications";
  if (cohortChanged) return { path: "json.cohortId", code, message: "Applications exist; the cohort stays" };
  for (const old of before) {
    const index = after.findIndex((field) => field.key === old.key);
    const field = after[index];
    if (!field) return { path: "json.fields", code, message: `Applications answer "${old.key}"; it stays` };
    if (field.type !== old.type) {
      return { path: `json.fields.${index}.type`, code, message: "Applications exist; the type stays" };
    }
    const values = new Set(field.options?.map((option) => option.value));
    if (old.options?.some((option) => !values.has(option.value))) {
      return { path: `json.fields.${index}.options`, code, message: "Applications exist; options stay" };
    }
  }
  return undefined;
}

export async function editCall(ctx: OrgContext, callId: string, input: CallInput) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // The call row lock holds off acceptances (their trigger takes it too) while we compare the maximum.
    const call = await lockCall(db, ctx, callId);
    await requireCohort(db, ctx, input.cohortId ?? null);
    const counts = (await applicationCounts(db, ctx.organizationId, [callId])).get(callId) ?? {};
    const applied = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (applied > 0) {
      const broken = changeThatBreaksAnswers(
        await formOf(db, callId),
        input.fields,
        (input.cohortId ?? null) !== call.cohortId,
      );
      if (broken)
        throw new Conflict(broken.code, "This call has applications; its form cannot change that way", [broken]);
    }
    const accepted = counts.accepted ?? 0;
    if (input.maxAcceptances != null && input.maxAcceptances < accepted) {
      throw new Conflict("errors.maximumBelowAccepted", `${accepted} applicants are accepted already`, [
        { path: "json.maxAcceptances", code: "errors.maximumBelowAccepted", message: `At least ${accepted}` },
      ]);
    }
    await db.update(calls).set(callValues(input)).where(eq(calls.id, callId));
    await writeForm(db, ctx, callId, input.fields);
  });
  return getCall(ctx, callId);
}

function lockCall(db: Db, ctx: OrgContext, callId: string) {
  return requireOwned(db, ctx.organizationId, calls, callId, "call", "update");
}

/** Publishing shows the call on public pages; publishing again is harmless, and a closed call reopens. */
export async function publishCall(ctx: OrgContext, callId: string) {
  await ctx.db.transaction(async (tx) => {
    const call = await lockCall(tx as Db, ctx, callId);
    if (call.status === "published") return;
    await tx
      .update(calls)
      .set({ status: "published", publishedAt: call.publishedAt ?? ctx.clock() })
      .where(eq(calls.id, callId));
  });
  return getCall(ctx, callId);
}

/** Closing ends submissions before the deadline; drafts stay, and nothing more can be submitted. */
export async function closeCall(ctx: OrgContext, callId: string) {
  await ctx.db.transaction(async (tx) => {
    const call = await lockCall(tx as Db, ctx, callId);
    if (call.status === "draft") throw new Conflict("errors.callNotPublished", "This call was never published");
    if (call.status === "closed") return;
    await tx.update(calls).set({ status: "closed" }).where(eq(calls.id, callId));
  });
  return getCall(ctx, callId);
}

// ——— Staff: applications and decisions ———

const applicantName = sql<string>`coalesce(${groups.name}, ${people.fullName}, '')`;

const applicationRowColumns = {
  id: applications.id,
  status: applications.status,
  applicantName,
  email: people.email,
  personId: applications.personId,
  groupId: applications.groupId,
  submittedAt: applications.submittedAt,
  decidedAt: applications.decidedAt,
  updatedAt: applications.updatedAt,
};

type Stamped = { submittedAt: Date | null; decidedAt: Date | null; updatedAt: Date };

function rowView<T extends Stamped>(
  row: T,
): Omit<T, keyof Stamped> & { submittedAt: string | null; decidedAt: string | null; updatedAt: string } {
  return {
    ...row,
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listApplications(ctx: OrgContext, callId: string, query: z.infer<typeof ApplicationsQuery>) {
  const [call] = await ctx.db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.organizationId, ctx.organizationId), eq(calls.id, callId)));
  if (!call) throw new NotFound("call");
  const where = and(
    eq(applications.organizationId, ctx.organizationId),
    eq(applications.callId, callId),
    query.status ? eq(applications.status, query.status) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    ctx.db
      .select(applicationRowColumns)
      .from(applications)
      .leftJoin(people, eq(people.id, applications.personId))
      .leftJoin(groups, eq(groups.id, applications.groupId))
      .where(where)
      .orderBy(sql`${applications.submittedAt} asc nulls last`, asc(applications.createdAt), asc(applications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ total: count() }).from(applications).where(where),
  ]);
  return { items: items.map(rowView), total, page: query.page, pageSize: query.pageSize };
}

export async function getApplication(ctx: OrgContext, applicationId: string) {
  const [row] = await ctx.db
    .select({
      ...applicationRowColumns,
      callId: applications.callId,
      callTitle: calls.title,
      locale: applications.locale,
      answers: applications.answers,
      enrollmentId: applications.enrollmentId,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .leftJoin(people, eq(people.id, applications.personId))
    .leftJoin(groups, eq(groups.id, applications.groupId))
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, applicationId)));
  if (!row) throw new NotFound("application");
  const events = await ctx.db
    .select({
      id: applicationEvents.id,
      kind: applicationEvents.kind,
      actorUserId: applicationEvents.actorUserId,
      actorName: users.name,
      detail: applicationEvents.detail,
      at: applicationEvents.at,
    })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(
      and(eq(applicationEvents.organizationId, ctx.organizationId), eq(applicationEvents.applicationId, applicationId)),
    )
    .orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  return {
    ...rowView(row),
    events: events.map((event) => ({ ...event, actorName: event.actorName ?? null, at: event.at.toISOString() })),
  };
}

export async function recordEvent(
  db: Db,
  application: Pick<ApplicationRow, "id" | "organizationId">,
  /** Null when the system acted on its own, as in a waitlist promotion. */
  actorUserId: string | null,
  kind: ApplicationEventKind,
  at: Date,
  detail: Record<string, unknown> = {},
) {
  await db.insert(applicationEvents).values({
    organizationId: application.organizationId,
    applicationId: application.id,
    actorUserId,
    kind,
    detail,
    at,
  });
}

const decidable = new Set<ApplicationStatus>(["submitted", "waitlisted", "screened_out"]);

/**
 * Accept, waitlist or reject a submitted application. Accepting enrolls the applicant into the call's cohort, if
 * it has one (a residency call only records the decision); the cohort's capacity and the call's maximum are held by database triggers, so two staff accepting at once
 * cannot overfill either. The applicant's email is queued in the same transaction.
 */
export async function decideOnApplication(
  ctx: OrgContext,
  applicationId: string,
  input: z.infer<typeof DecisionInput>,
) {
  const { decision } = input;
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // Two decisions on one application are taken one after the other.
    const application = await requireOwned(
      db,
      ctx.organizationId,
      applications,
      applicationId,
      "application",
      "update",
    );
    if (!decidable.has(application.status) || application.status === decision) {
      throw new Conflict(
        "errors.applicationNotDecidable",
        `An application that is ${application.status} cannot be ${decision}`,
      );
    }
    const [call] = await db.select().from(calls).where(eq(calls.id, application.callId));
    const now = ctx.clock();
    await db.update(applications).set({ status: decision, decidedAt: now }).where(eq(applications.id, applicationId));
    const enrollmentId = decision === "accepted" ? await enrollApplicant({ ...ctx, db }, application, call) : null;
    if (enrollmentId) await db.update(applications).set({ enrollmentId }).where(eq(applications.id, applicationId));
    await recordEvent(db, application, ctx.actor.userId, decision, now, { from: application.status, enrollmentId });
    await queueDecisionMail(db, ctx, application, call, decision);
  });
  return getApplication(ctx, applicationId);
}

/**
 * Enrolls through the programs service; an earlier enrollment of the same applicant is taken up again. A call
 * without a cohort enrols nobody (null).
 */
async function enrollApplicant(
  ctx: Pick<OrgContext, "db" | "organizationId">,
  application: ApplicationRow,
  call: CallRow,
) {
  const { cohortId } = call;
  if (cohortId === null) return null;
  const { groupId, personId } = application;
  const role = groupId ? ("team" as const) : ("participant" as const);
  const [existing] = await ctx.db
    .select({ id: enrollments.id, status: enrollments.status, role: enrollments.role })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.organizationId, ctx.organizationId),
        eq(enrollments.cohortId, cohortId),
        groupId ? eq(enrollments.groupId, groupId) : eq(enrollments.personId, personId as string),
      ),
    );
  if (existing) {
    if (existing.status === "active" && existing.role === role) return existing.id;
    await changeEnrollment(ctx, existing.id, { status: "active", role });
    return existing.id;
  }
  const enrollee = groupId ? { groupId } : { personId: personId as string };
  const enrollment = await enrollInCohort(ctx, cohortId, { ...enrollee, role, status: "active" });
  return enrollment.id;
}

/** What an email about an application needs of its organization; a staff `OrgContext` has it all. */
export type MailScope = {
  organizationId: string;
  organization: { defaultLocale: string };
  config: Pick<Config, "baseUrl">;
};

/** Who the applicant is and where their email goes; no recipient means no email. */
export async function applicantContact(db: Db, applicationId: string) {
  const [applicant] = await db
    .select({
      userEmail: users.email,
      personEmail: people.email,
      name: applicantName,
      organizationName: organizations.name,
      organizationLocale: organizations.defaultLocale,
    })
    .from(applications)
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .leftJoin(users, eq(users.id, applications.applicantUserId))
    .leftJoin(people, eq(people.id, applications.personId))
    .leftJoin(groups, eq(groups.id, applications.groupId))
    .where(eq(applications.id, applicationId));
  const recipient = applicant?.userEmail ?? applicant?.personEmail;
  return applicant && recipient ? { ...applicant, recipient } : undefined;
}

/**
 * The call's own message for this decision in the applicant's language, else in the organization's default
 * language, with {name} and {call} filled in; undefined when staff wrote none, for the catalog's standard text.
 * Staff write plain text, not ICU, so placeholders are replaced literally and other braces stay as typed.
 */
export function customDecisionText(
  messages: DecisionMessages | null,
  decision: Decision,
  locale: string,
  organizationLocale: string,
  values: { name: string; call: string },
) {
  const byLocale = messages?.[decision];
  const text = [byLocale?.[locale], byLocale?.[organizationLocale]].find((candidate) => candidate?.trim());
  return text?.replaceAll("{name}", values.name).replaceAll("{call}", values.call);
}

export async function queueDecisionMail(
  db: Db,
  scope: MailScope,
  application: ApplicationRow,
  call: CallRow,
  decision: Decision,
) {
  const applicant = await applicantContact(db, application.id);
  if (!applicant) return;
  const locale = application.locale;
  const organizationLocale = scope.organization.defaultLocale;
  const values = {
    name: applicant.name,
    call: pickLocale(call.title, locale, organizationLocale),
    organization: pickLocale(applicant.organizationName, locale, organizationLocale),
    link: `${scope.config.baseUrl}/my/applications/${application.id}`,
  };
  const custom = customDecisionText(call.decisionMessages, decision, locale, organizationLocale, values);
  await enqueueMail(db, {
    organizationId: scope.organizationId,
    recipient: applicant.recipient,
    locale,
    kind: `decision.${decision}`,
    subject: translate(locale, `mail.decision.${decision}.subject` as MessageKey, values),
    body:
      custom !== undefined
        ? `${custom}\n\n${translate(locale, "mail.application.link", values)}`
        : translate(locale, `mail.decision.${decision}.body` as MessageKey, values),
  });
}

/** The applicant's confirmation that their application arrived, in their language. */
async function queueSubmittedMail(db: Db, app: ApplicantContext, application: ApplicationRow, call: CallRow) {
  const applicant = await applicantContact(db, application.id);
  if (!applicant) return;
  const locale = application.locale;
  const values = {
    name: applicant.name,
    call: pickLocale(call.title, locale, applicant.organizationLocale),
    organization: pickLocale(applicant.organizationName, locale, applicant.organizationLocale),
    link: `${app.config.baseUrl}/my/applications/${application.id}`,
  };
  await enqueueMail(db, {
    organizationId: application.organizationId,
    recipient: applicant.recipient,
    locale,
    kind: "application.submitted",
    subject: translate(locale, "mail.submitted.subject", values),
    body: translate(locale, "mail.submitted.body", values),
  });
}

/**
 * After an accepted applicant withdrew, the first on the call's waitlist (decided earliest, then submitted
 * earliest) is accepted and enrolled in the same transaction, with its email and a "promoted" event. The
 * triggers on cohort capacity and the call's maximum still decide: if either refuses, the savepoint is rolled
 * back, nobody is promoted, and the withdrawal itself stands.
 */
async function promoteFromWaitlist(db: Db, app: ApplicantContext, withdrawn: ApplicationRow) {
  // Skipping locked rows lets two withdrawals at once promote two different applicants.
  const [next] = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.organizationId, withdrawn.organizationId),
        eq(applications.callId, withdrawn.callId),
        eq(applications.status, "waitlisted"),
      ),
    )
    .orderBy(
      sql`${applications.decidedAt} asc nulls last`,
      sql`${applications.submittedAt} asc nulls last`,
      asc(applications.id),
    )
    .limit(1)
    .for("update", { skipLocked: true });
  if (!next) return;
  const [call] = await db.select().from(calls).where(eq(calls.id, next.callId));
  const [organization] = await db
    .select({ defaultLocale: organizations.defaultLocale })
    .from(organizations)
    .where(eq(organizations.id, next.organizationId));
  const scope = { db, organizationId: next.organizationId, organization, config: app.config };
  const now = app.clock();
  try {
    await db.transaction(async (savepoint) => {
      const sp = savepoint as Db;
      await sp.update(applications).set({ status: "accepted", decidedAt: now }).where(eq(applications.id, next.id));
      const enrollmentId = await enrollApplicant({ ...scope, db: sp }, next, call);
      await sp.update(applications).set({ enrollmentId }).where(eq(applications.id, next.id));
      await recordEvent(sp, next, null, "promoted", now, {
        from: "waitlisted",
        enrollmentId,
        afterWithdrawalOf: withdrawn.id,
      });
      await queueDecisionMail(sp, scope, next, call, "accepted");
    });
  } catch (error) {
    const refusal = fromDatabaseError(error)?.code;
    if (refusal === "errors.cohortFull" || refusal === "errors.callMaximumReached") return;
    throw error;
  }
}

// ——— Public: open calls ———

const publicCallColumns = {
  id: calls.id,
  organization: {
    id: organizations.id,
    slug: organizations.slug,
    name: organizations.name,
    timeZone: organizations.timeZone,
  },
  title: calls.title,
  description: calls.description,
  opensAt: calls.opensAt,
  closesAt: calls.closesAt,
  applicantKind: calls.applicantKind,
};

function publicCallView<T extends { description: unknown; opensAt: Date; closesAt: Date }>(row: T) {
  return {
    ...row,
    description: (row.description ?? null) as Record<string, string> | null,
    opensAt: row.opensAt.toISOString(),
    closesAt: row.closesAt.toISOString(),
  };
}

/** Calls open right now across every organization, closing soonest first. */
export async function findOpenCalls(pub: PublicContext, query: { page: number; pageSize: number }) {
  const now = pub.clock();
  const where = and(eq(calls.status, "published"), lte(calls.opensAt, now), gt(calls.closesAt, now));
  const [items, [{ total }]] = await Promise.all([
    pub.db
      .select(publicCallColumns)
      .from(calls)
      .innerJoin(organizations, eq(organizations.id, calls.organizationId))
      .where(where)
      .orderBy(asc(calls.closesAt), asc(calls.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    pub.db.select({ total: count() }).from(calls).where(where),
  ]);
  return { items: items.map(publicCallView), total, page: query.page, pageSize: query.pageSize };
}

/** A published (or closed) call and its form, without its screening rules; a draft does not exist publicly. */
export async function getPublicCall(pub: PublicContext, callId: string) {
  const [row] = await pub.db
    .select({ ...publicCallColumns, status: calls.status })
    .from(calls)
    .innerJoin(organizations, eq(organizations.id, calls.organizationId))
    .where(and(eq(calls.id, callId), inArray(calls.status, ["published", "closed"])));
  if (!row) throw new NotFound("call");
  const fields = await formOf(pub.db, callId);
  const { status: _, ...call } = row;
  return { ...publicCallView(call), isOpen: isOpen(row, pub.clock()), fields: fields.map(publicFieldView) };
}

// ——— Applicants ———

export async function publishedCall(db: Db, callId: string) {
  const [call] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.id, callId), inArray(calls.status, ["published", "closed"])));
  if (!call) throw new NotFound("call");
  return call;
}

/** Drafts are saved and submitted only while the call is open; the refusal names the deadline. */
export function ensureOpen(call: CallRow, now: Date) {
  if (isOpen(call, now)) return;
  if (now >= call.closesAt) {
    throw new Conflict("errors.callClosed", `Applications to this call closed at ${call.closesAt.toISOString()}`);
  }
  if (call.status === "closed") {
    throw new Conflict("errors.callClosed", "Applications to this call were closed before the deadline");
  }
  throw new Conflict("errors.callNotOpen", `Applications to this call open at ${call.opensAt.toISOString()}`);
}

function throwIfInvalid(issues: FieldIssue[]) {
  if (issues.length > 0)
    throw new ValidationFailed(issues, issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "));
}

function formFields(rows: (typeof callFields.$inferSelect)[]): FormField[] {
  return rows.map((row) => ({
    key: row.key,
    type: row.type,
    required: row.required,
    options: row.options ?? null,
    maxWords: row.maxWords,
    minValue: row.minValue,
    maxValue: row.maxValue,
    eligibility: row.eligibility ?? null,
  }));
}

/** A group the applicant belongs to, or a new one they found; a stranger's group is not theirs to apply for. */
async function groupForApplicant(
  db: Db,
  organizationId: string,
  personId: string,
  group: NonNullable<StartApplicationInput["group"]>,
) {
  const [existing] = await db
    .select({ id: groups.id })
    .from(groups)
    .where(and(eq(groups.organizationId, organizationId), eq(groups.name, group.name)));
  if (existing) {
    const [member] = await db
      .select({ personId: groupMembers.personId })
      .from(groupMembers)
      .where(
        and(
          eq(groupMembers.organizationId, organizationId),
          eq(groupMembers.groupId, existing.id),
          eq(groupMembers.personId, personId),
        ),
      );
    if (member) return existing.id;
    throw new Conflict("errors.groupNameTaken", "A group with this name exists and you are not in it", [
      { path: "json.group.name", code: "errors.groupNameTaken", message: "Taken by a group you are not in" },
    ]);
  }
  const [created] = await db
    .insert(groups)
    .values({ organizationId, name: group.name, kind: group.kind, searchKey: searchKeyOf(group.name) })
    .returning({ id: groups.id });
  await db.insert(groupMembers).values({ organizationId, groupId: created.id, personId });
  return created.id;
}

function groupRule(call: CallRow, input: StartApplicationInput): FieldIssue | undefined {
  if (call.applicantKind === "person" && input.group) {
    return { path: "json.group", code: "errors.groupNotAllowed", message: "This call takes individuals only" };
  }
  if (call.applicantKind === "group" && !input.group) {
    return { path: "json.group", code: "errors.groupRequired", message: "This call takes groups: name yours" };
  }
  return undefined;
}

/** Starts a draft: the applicant becomes a person of the organization (or is found as one) and may come back. */
export async function startApplication(app: ApplicantContext, input: StartApplicationInput) {
  const applicationId = await app.db.transaction(async (tx) => {
    const db = tx as Db;
    const call = await publishedCall(db, input.callId);
    ensureOpen(call, app.clock());
    const groupIssue = groupRule(call, input);
    throwIfInvalid([
      ...(groupIssue ? [groupIssue] : []),
      ...answerIssues(formFields(await formOf(db, call.id)), input.answers, { complete: false }),
    ]);
    const [organization] = await db
      .select({ defaultLocale: organizations.defaultLocale })
      .from(organizations)
      .where(eq(organizations.id, call.organizationId));
    const locale = input.locale ?? (isLocale(organization.defaultLocale) ? organization.defaultLocale : defaultLocale);
    const fullName = app.user.name.trim() || app.user.email;
    const personId = await personOfLogin(db, call.organizationId, app.user, { fullName, locale });
    const groupId = input.group ? await groupForApplicant(db, call.organizationId, personId, input.group) : null;
    const [application] = await db
      .insert(applications)
      .values({
        organizationId: call.organizationId,
        callId: call.id,
        personId,
        groupId,
        applicantUserId: app.user.id,
        locale,
        answers: keptAnswers(input.answers),
      })
      .returning();
    await recordEvent(db, application, app.user.id, "started", app.clock());
    return application.id;
  });
  return getMyApplication(app, applicationId);
}

/** The applicant's own application, locked for a change; anyone else's is not found. */
export async function lockMine(db: Db, app: ApplicantContext, applicationId: string) {
  const [application] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.applicantUserId, app.user.id)))
    .for("update");
  if (!application) throw new NotFound("application");
  return application;
}

export function ensureDraft(application: ApplicationRow) {
  if (application.status !== "draft") {
    throw new Conflict("errors.applicationNotDraft", `This application is ${application.status}, not a draft`);
  }
}

/** The file each file question of the application holds, by question key. */
async function uploadedFiles(db: Db, application: { id: string; organizationId: string }) {
  const rows = await db
    .select({ id: applicationFiles.id, fieldKey: applicationFiles.fieldKey })
    .from(applicationFiles)
    .where(
      and(
        eq(applicationFiles.organizationId, application.organizationId),
        eq(applicationFiles.applicationId, application.id),
      ),
    );
  return new Map(rows.map((row) => [row.fieldKey, row.id]));
}

/** Saves the draft's answers as they are now; required answers are only demanded at submission. */
export async function saveDraft(app: ApplicantContext, applicationId: string, input: SaveApplicationInput) {
  await app.db.transaction(async (tx) => {
    const db = tx as Db;
    const application = await lockMine(db, app, applicationId);
    ensureDraft(application);
    const call = await publishedCall(db, application.callId);
    ensureOpen(call, app.clock());
    const files = await uploadedFiles(db, application);
    throwIfInvalid(answerIssues(formFields(await formOf(db, call.id)), input.answers, { complete: false, files }));
    await db
      .update(applications)
      .set({ answers: keptAnswers(input.answers), locale: input.locale ?? application.locale })
      .where(eq(applications.id, applicationId));
  });
  return getMyApplication(app, applicationId);
}

/** Submits before the deadline with every required answer; failing a screening question screens it out. */
export async function submitApplication(app: ApplicantContext, applicationId: string) {
  await app.db.transaction(async (tx) => {
    const db = tx as Db;
    const application = await lockMine(db, app, applicationId);
    ensureDraft(application);
    const call = await publishedCall(db, application.callId);
    const now = app.clock();
    ensureOpen(call, now);
    const fields = formFields(await formOf(db, call.id));
    const files = await uploadedFiles(db, application);
    throwIfInvalid(answerIssues(fields, application.answers, { complete: true, files }));
    await db
      .update(applications)
      .set({ status: "submitted", submittedAt: now })
      .where(eq(applications.id, applicationId));
    await recordEvent(db, application, app.user.id, "submitted", now);
    await queueSubmittedMail(db, app, application, call);
    const failed = failedScreening(fields, application.answers);
    if (failed.length > 0) {
      await db.update(applications).set({ status: "screened_out" }).where(eq(applications.id, applicationId));
      await recordEvent(db, application, app.user.id, "screened_out", now, { failedFields: failed });
    }
  });
  return getMyApplication(app, applicationId);
}

const withdrawable = new Set<ApplicationStatus>(["draft", "submitted", "screened_out", "waitlisted", "accepted"]);

/** Withdraws at any stage before a rejection; an accepted applicant's place in the cohort is given up. */
export async function withdrawApplication(app: ApplicantContext, applicationId: string) {
  await app.db.transaction(async (tx) => {
    const db = tx as Db;
    const application = await lockMine(db, app, applicationId);
    if (!withdrawable.has(application.status)) {
      throw new Conflict("errors.cannotWithdraw", `An application that is ${application.status} cannot be withdrawn`);
    }
    if (application.status === "accepted" && application.enrollmentId) {
      // The applicant acts outside any staff role, so the enrollment their acceptance made is ended here directly.
      await db
        .update(enrollments)
        .set({ status: "withdrawn" })
        .where(
          and(eq(enrollments.organizationId, application.organizationId), eq(enrollments.id, application.enrollmentId)),
        );
    }
    await db.update(applications).set({ status: "withdrawn" }).where(eq(applications.id, applicationId));
    await recordEvent(db, application, app.user.id, "withdrawn", app.clock(), { from: application.status });
    if (application.status === "accepted") await promoteFromWaitlist(db, app, application);
  });
  return getMyApplication(app, applicationId);
}

function myApplicationsQuery(db: Db) {
  return db
    .select({
      id: applications.id,
      callId: applications.callId,
      callTitle: calls.title,
      organizationName: organizations.name,
      closesAt: calls.closesAt,
      status: applications.status,
      groupId: groups.id,
      groupName: groups.name,
      submittedAt: applications.submittedAt,
      decidedAt: applications.decidedAt,
      updatedAt: applications.updatedAt,
      locale: applications.locale,
      answers: applications.answers,
    })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(organizations, eq(organizations.id, applications.organizationId))
    .leftJoin(groups, eq(groups.id, applications.groupId));
}

function myApplicationView(row: Awaited<ReturnType<typeof myApplicationsQuery>>[number]) {
  const { groupId, groupName, ...rest } = row;
  return {
    ...rowView(rest),
    closesAt: rest.closesAt.toISOString(),
    group: groupId && groupName ? { id: groupId, name: groupName } : null,
  };
}

export async function listMyApplications(app: ApplicantContext) {
  const rows = await myApplicationsQuery(app.db)
    .where(eq(applications.applicantUserId, app.user.id))
    .orderBy(desc(applications.updatedAt))
    .limit(500);
  const interviews = await interviewsOf(
    app.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const { answers: _, locale: __, ...summary } = myApplicationView(row);
    return { ...summary, interviews: interviews.get(row.id) ?? [] };
  });
}

export async function getMyApplication(app: ApplicantContext, applicationId: string) {
  const [row] = await myApplicationsQuery(app.db).where(
    and(eq(applications.id, applicationId), eq(applications.applicantUserId, app.user.id)),
  );
  if (!row) throw new NotFound("application");
  const interviews = await interviewsOf(app.db, [row.id]);
  return { ...myApplicationView(row), interviews: interviews.get(row.id) ?? [] };
}
