/** Exports of a call's applications (CSV and XLSX, every script intact) and one application's scores by stage. */
import { fromDate } from "@internationalized/date";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import Papa from "papaparse";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import { pickLocale } from "../../../shared/localized-text.ts";
import { user as users } from "../../auth/auth.tables.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import type { OrgContext } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { translate } from "../../i18n.ts";
import { groups, people } from "../people/people.tables.ts";
import { fileNamesOf } from "./calls.files.service.ts";
import { reviewCriteria, reviewPlacements, reviewScores, reviewStages } from "./calls.reviews.tables.ts";
import { type AnswerValue, applications, callFields, calls } from "./calls.tables.ts";

type Field = typeof callFields.$inferSelect;
type Cell = string | number | null;
type Rows<T> = { rows: T[] };

/** An instant as ISO 8601 in the organization's time zone, with its offset: `2026-11-23T12:00:00+02:00`. */
export function isoInTimeZone(date: Date, timeZone: string) {
  const zoned = fromDate(date, timeZone).set({ millisecond: 0 });
  return zoned.toString().replace(/\[.*\]$/, "");
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** An answer as a spreadsheet reads it: choices by their label in the organization's language. */
function answerText(
  field: Field,
  value: AnswerValue | undefined,
  locale: string,
  fileNames: Map<string, string>,
): Cell {
  if (value === undefined || value === null || value === "") return null;
  const optionLabel = (choice: string) =>
    pickLocale(field.options?.find((option) => option.value === choice)?.label, locale) || choice;
  switch (field.type) {
    case "single_choice":
      return optionLabel(String(value));
    case "multiple_choice":
      return (Array.isArray(value) ? value : [String(value)]).map(optionLabel).join("; ");
    case "consent":
      return translate(locale, value === true ? "applications.consentGiven" : "applications.consentNotGiven");
    case "number":
      return typeof value === "number" ? value : String(value);
    case "file":
      return fileNames.get(String(value)) ?? null;
    case "country":
      return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(String(value)) ?? String(value);
    default:
      return Array.isArray(value) ? value.join("; ") : String(value);
  }
}

async function requireCall(ctx: OrgContext, callId: string) {
  const [call] = await ctx.db
    .select({ id: calls.id, title: calls.title })
    .from(calls)
    .where(and(eq(calls.organizationId, ctx.organizationId), eq(calls.id, callId)));
  if (!call) throw new NotFound("call");
  return call;
}

type StageScoreRow = {
  application_id: string;
  stage_id: string;
  reviews: number;
  weighted_mean: number | null;
  spread: number | null;
};

/**
 * Per application and stage: the mean of each reviewer's weighted score and the spread between reviewers,
 * computed the way the stage ranking computes them.
 */
async function stageScores(ctx: OrgContext, where: { callId: string } | { applicationId: string }) {
  const filter = "callId" in where ? sql`st.call_id = ${where.callId}` : sql`s.application_id = ${where.applicationId}`;
  const result = (await ctx.db.execute(sql`
    with reviewer_scores as (
      select s.application_id, c.stage_id, s.reviewer_user_id, sum(c.weight * s.score) / sum(c.weight) as weighted
      from review_scores s
      join review_criteria c on c.id = s.criterion_id
      join review_stages st on st.id = c.stage_id
      where s.organization_id = ${ctx.organizationId} and ${filter}
      group by s.application_id, c.stage_id, s.reviewer_user_id
    )
    select application_id, stage_id, count(*)::int as reviews,
      avg(weighted)::float8 as weighted_mean, (max(weighted) - min(weighted))::float8 as spread
    from reviewer_scores
    group by application_id, stage_id
  `)) as unknown as Rows<StageScoreRow>;
  const byApplication = new Map<string, Map<string, StageScoreRow>>();
  for (const row of result.rows) {
    const stages = byApplication.get(row.application_id) ?? new Map();
    stages.set(row.stage_id, {
      ...row,
      reviews: Number(row.reviews),
      weighted_mean: row.weighted_mean === null ? null : Number(row.weighted_mean),
      spread: row.spread === null ? null : Number(row.spread),
    });
    byApplication.set(row.application_id, stages);
  }
  return byApplication;
}

/** The export as a table: a header row in the organization's language, then one row per non-draft application. */
export async function applicationsTable(ctx: OrgContext, callId: string) {
  const call = await requireCall(ctx, callId);
  const locale = ctx.organization.defaultLocale;
  const [fields, stages, rows, scores, files] = await Promise.all([
    ctx.db
      .select()
      .from(callFields)
      .where(and(eq(callFields.organizationId, ctx.organizationId), eq(callFields.callId, callId)))
      .orderBy(asc(callFields.position)),
    ctx.db
      .select({ id: reviewStages.id, name: reviewStages.name })
      .from(reviewStages)
      .where(and(eq(reviewStages.organizationId, ctx.organizationId), eq(reviewStages.callId, callId)))
      .orderBy(asc(reviewStages.position)),
    ctx.db
      .select({
        id: applications.id,
        applicantName: sql<string>`coalesce(${groups.name}, ${people.fullName}, '')`,
        email: people.email,
        status: applications.status,
        submittedAt: applications.submittedAt,
        answers: applications.answers,
        stageId: reviewPlacements.stageId,
      })
      .from(applications)
      .leftJoin(people, eq(people.id, applications.personId))
      .leftJoin(groups, eq(groups.id, applications.groupId))
      .leftJoin(reviewPlacements, eq(reviewPlacements.applicationId, applications.id))
      .where(
        and(
          eq(applications.organizationId, ctx.organizationId),
          eq(applications.callId, callId),
          ne(applications.status, "draft"),
        ),
      )
      .orderBy(sql`${applications.submittedAt} asc nulls last`, asc(applications.id)),
    stageScores(ctx, { callId }),
    fileNamesOf(ctx.db, ctx.organizationId, callId),
  ]);
  const stageName = new Map(stages.map((stage) => [stage.id, pickLocale(stage.name, locale)]));
  const header = [
    translate(locale, "exports.applicant"),
    translate(locale, "exports.email"),
    translate(locale, "exports.status"),
    translate(locale, "exports.submittedAt"),
    translate(locale, "exports.currentStage"),
    ...stages.flatMap((stage) => [
      translate(locale, "exports.stageMean", { stage: stageName.get(stage.id) ?? "" }),
      translate(locale, "exports.stageSpread", { stage: stageName.get(stage.id) ?? "" }),
    ]),
    ...fields.map((field) => pickLocale(field.label, locale) || field.key),
  ];
  const body: Cell[][] = rows.map((row) => {
    const scored = scores.get(row.id);
    return [
      row.applicantName,
      row.email,
      translate(locale, `applications.status.${row.status}`),
      row.submittedAt ? isoInTimeZone(row.submittedAt, ctx.organization.timeZone) : null,
      row.stageId ? (stageName.get(row.stageId) ?? null) : null,
      ...stages.flatMap((stage) => {
        const score = scored?.get(stage.id);
        return [round(score?.weighted_mean ?? null), round(score?.spread ?? null)];
      }),
      ...fields.map((field) => answerText(field, row.answers[field.key], locale, files)),
    ];
  });
  return { title: pickLocale(call.title, locale), header, rows: body };
}

/** A file name that any system accepts, plus the call's own title for clients that read RFC 5987. */
function fileNames(title: string, extension: string) {
  return attachmentDisposition(`${title}.${extension}`, "applications");
}

/** UTF-8 with a byte-order mark, so LibreOffice and Excel read Hebrew, Georgian and Greek as such. */
export async function exportApplicationsCsv(ctx: OrgContext, callId: string) {
  const table = await applicationsTable(ctx, callId);
  // A leading + or - starts a formula too, but not before a digit or space: phone numbers and amounts stay as typed.
  const csv = Papa.unparse(
    { fields: table.header, data: table.rows },
    { newline: "\r\n", escapeFormulae: /^(?:[=@\t\r]|[+-](?![\d\s]))/ },
  );
  return { body: `\uFEFF${csv}\r\n`, disposition: fileNames(table.title, "csv") };
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(title: string) {
  return (
    Array.from(title.replace(/[[\]:*?/\\]/g, " ").trim())
      .slice(0, 31)
      .join("")
      .trim() || "Applications"
  );
}

/** A real workbook: one sheet named after the call, the header row bold and frozen, numbers as numbers. */
export async function exportApplicationsXlsx(ctx: OrgContext, callId: string) {
  const table = await applicationsTable(ctx, callId);
  const data: Row[] = [
    table.header.map((title) => ({ value: title, fontWeight: "bold" as const })),
    ...table.rows.map((row) =>
      row.map((value) => (value === null ? null : typeof value === "number" ? { value, type: Number } : { value })),
    ),
  ];
  const buffer = await writeXlsxFile(data, {
    sheet: sheetName(table.title),
    stickyRowsCount: 1,
    rightToLeft: ctx.organization.defaultLocale === "he",
    columns: table.header.map((title) => ({ width: Math.min(Math.max(title.length + 2, 12), 50) })),
  }).toBuffer();
  return { body: new Uint8Array(buffer), disposition: fileNames(table.title, "xlsx") };
}

/** One application's scores by stage of its call: the weighted mean and spread, and each reviewer's scores. */
export async function applicationScores(ctx: OrgContext, applicationId: string) {
  const [application] = await ctx.db
    .select({ callId: applications.callId })
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, applicationId)));
  if (!application) throw new NotFound("application");
  const stages = await ctx.db
    .select({ id: reviewStages.id, name: reviewStages.name, position: reviewStages.position })
    .from(reviewStages)
    .where(and(eq(reviewStages.organizationId, ctx.organizationId), eq(reviewStages.callId, application.callId)))
    .orderBy(asc(reviewStages.position));
  const stageIds = stages.map((stage) => stage.id);
  const [summary, scores] = await Promise.all([
    stageScores(ctx, { applicationId }),
    stageIds.length === 0
      ? []
      : ctx.db
          .select({
            stageId: reviewCriteria.stageId,
            criterionId: reviewCriteria.id,
            criterion: reviewCriteria.name,
            weight: reviewCriteria.weight,
            min: reviewCriteria.scaleMin,
            max: reviewCriteria.scaleMax,
            reviewerUserId: reviewScores.reviewerUserId,
            reviewerName: users.name,
            score: reviewScores.score,
            comment: reviewScores.comment,
            scoredAt: reviewScores.scoredAt,
          })
          .from(reviewScores)
          .innerJoin(reviewCriteria, eq(reviewCriteria.id, reviewScores.criterionId))
          .innerJoin(users, eq(users.id, reviewScores.reviewerUserId))
          .where(
            and(
              eq(reviewScores.organizationId, ctx.organizationId),
              eq(reviewScores.applicationId, applicationId),
              inArray(reviewCriteria.stageId, stageIds),
            ),
          )
          .orderBy(asc(reviewCriteria.position), asc(users.name)),
  ]);
  const totals = summary.get(applicationId);
  return stages.map((stage) => ({
    stageId: stage.id,
    name: stage.name,
    position: stage.position,
    reviews: totals?.get(stage.id)?.reviews ?? 0,
    weightedMean: totals?.get(stage.id)?.weighted_mean ?? null,
    spread: totals?.get(stage.id)?.spread ?? null,
    scores: scores
      .filter((score) => score.stageId === stage.id)
      .map(({ stageId: _, scoredAt, ...score }) => ({ ...score, scoredAt: scoredAt.toISOString() })),
  }));
}
