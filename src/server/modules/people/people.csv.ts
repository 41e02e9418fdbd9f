/** CSV in and out: import with a preview and per-row errors; export that spreadsheets open in every script. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import Papa from "papaparse";
import type { OrgContext } from "../../http/context.ts";
import { invalidField } from "../../http/errors.ts";
import { PersonInput } from "./people.schemas.ts";
import { personRow } from "./people.service.ts";
import { groupMembers, groups, people } from "./people.tables.ts";

type RowIssue = { path: string; code: string; message: string };

/** Header spellings we accept for each field, compared case- and space-insensitively. */
const headerAliases: Record<keyof PersonInput, string[]> = {
  fullName: ["fullname", "full_name", "name", "person"],
  email: ["email", "e-mail", "mail"],
  phone: ["phone", "telephone", "mobile"],
  city: ["city", "town"],
  country: ["country", "countrycode"],
  locale: ["locale", "language", "lang"],
  notes: ["notes", "note", "comments"],
};

function fieldForHeader(header: string): keyof PersonInput | undefined {
  const normalized = header.trim().toLowerCase().replace(/\s+/g, "");
  return (Object.keys(headerAliases) as (keyof PersonInput)[]).find((field) =>
    headerAliases[field].includes(normalized),
  );
}

function issuesOf(error: { issues: { path: PropertyKey[]; code: string; message: string }[] }): RowIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    code: `errors.${issue.code}`,
    message: issue.message,
  }));
}

export async function previewPeopleImport(ctx: OrgContext, csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const columns = parsed.meta.fields ?? [];
  const mapping = new Map(columns.map((column) => [column, fieldForHeader(column)]));
  if (![...mapping.values()].includes("fullName")) {
    throw invalidField("json.csv", "errors.csvNeedsName", "The CSV needs a name column (full_name or name)");
  }
  const rows = parsed.data.map((record, index) => {
    const person: Record<string, string> = {};
    for (const [column, field] of mapping) if (field && record[column]?.trim()) person[field] = record[column].trim();
    if (person.country) person.country = person.country.toUpperCase();
    const result = PersonInput.safeParse(person);
    return { line: index + 2, person, errors: result.success ? [] : issuesOf(result.error) };
  });
  markRepeatedEmails(rows);
  await markExistingEmails(ctx, rows);
  const errorCount = rows.filter((row) => row.errors.length > 0).length;
  return {
    columns,
    unknownColumns: columns.filter((column) => !mapping.get(column)),
    rows,
    validCount: rows.length - errorCount,
    errorCount,
  };
}

type PreviewRow = { line: number; person: Record<string, string>; errors: RowIssue[] };

const emailTaken = {
  path: "email",
  code: "errors.emailTaken",
  message: "Someone in this organization already has this email",
};

function markRepeatedEmails(rows: PreviewRow[]) {
  const seen = new Set<string>();
  for (const row of rows) {
    const email = row.person.email?.toLowerCase();
    if (!email) continue;
    if (seen.has(email))
      row.errors.push({
        path: "email",
        code: "errors.emailRepeated",
        message: "This email appears earlier in the file",
      });
    seen.add(email);
  }
}

async function markExistingEmails(ctx: OrgContext, rows: PreviewRow[]) {
  const emails = rows.map((row) => row.person.email?.toLowerCase()).filter((email): email is string => !!email);
  if (emails.length === 0) return;
  const existing = new Set<string>();
  for (let start = 0; start < emails.length; start += 1000) {
    const found = await ctx.db
      .select({ email: people.email })
      .from(people)
      .where(
        and(eq(people.organizationId, ctx.organizationId), inArray(people.email, emails.slice(start, start + 1000))),
      );
    for (const { email } of found) if (email) existing.add(email);
  }
  for (const row of rows) if (existing.has(row.person.email?.toLowerCase() ?? "")) row.errors.push(emailTaken);
}

/**
 * Writes one chunk of previewed rows in a single transaction. Rows that fail validation or whose email
 * is taken are reported by line and skipped; the rest are all written or, on a fault, none are.
 */
export async function importPeople(ctx: OrgContext, rows: { line: number; person: unknown }[]) {
  const failed: { line: number; errors: RowIssue[] }[] = [];
  const valid: { line: number; person: PersonInput }[] = [];
  for (const row of rows) {
    const result = PersonInput.safeParse(row.person);
    if (result.success) valid.push({ line: row.line, person: result.data });
    else failed.push({ line: row.line, errors: issuesOf(result.error) });
  }
  if (valid.length === 0) return { created: 0, failed };
  const inserted = await ctx.db
    .insert(people)
    .values(valid.map((row) => personRow(ctx.organizationId, row.person)))
    .onConflictDoNothing({ target: [people.organizationId, people.email] })
    .returning({ email: people.email });
  // Each inserted email is claimed by the first row carrying it; a later row repeating it was skipped.
  const insertedEmails = new Set(inserted.map((row) => row.email));
  for (const row of valid) {
    if (!row.person.email) continue;
    if (insertedEmails.delete(row.person.email)) continue;
    failed.push({ line: row.line, errors: [emailTaken] });
  }
  failed.sort((a, b) => a.line - b.line);
  return { created: inserted.length, failed };
}

const exportColumns = ["full_name", "email", "phone", "city", "country", "locale", "groups", "notes"];

export async function exportPeopleCsv(ctx: OrgContext) {
  const groupNames = ctx.db
    .select({
      personId: groupMembers.personId,
      names: sql<string>`string_agg(${groups.name}, '; ' order by ${groups.name})`.as("names"),
    })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(eq(groupMembers.organizationId, ctx.organizationId))
    .groupBy(groupMembers.personId)
    .as("group_names");
  const rows = await ctx.db
    .select({
      fullName: people.fullName,
      email: people.email,
      phone: people.phone,
      city: people.city,
      country: people.country,
      locale: people.locale,
      groups: groupNames.names,
      notes: people.notes,
    })
    .from(people)
    .leftJoin(groupNames, eq(groupNames.personId, people.id))
    .where(eq(people.organizationId, ctx.organizationId))
    .orderBy(asc(people.fullName));
  return spreadsheetCsv(
    rows.map((row) => Object.values(row)),
    exportColumns,
  );
}

/**
 * Rows as CSV that spreadsheets open in every script: UTF-8 with a byte-order mark (LibreOffice and Excel then
 * read Hebrew, Georgian and Greek as such), CRLF lines, and cells a spreadsheet would run as a formula escaped.
 */
export function spreadsheetCsv(data: unknown[][], fields?: string[]) {
  const body = Papa.unparse(fields ? { fields, data } : data, { newline: "\r\n", escapeFormulae: /^[=@\t\r]/ });
  return `\uFEFF${body}\r\n`;
}
