/**
 * Attendance lists from a spreadsheet: columns name, email[, country][, checked_in_at], headers in any of the
 * five languages. A preview checks each row and names its person; the import then writes chunks of rows,
 * each chunk wholly or not at all.
 */
import { parseDateTime, toZoned } from "@internationalized/date";
import Papa from "papaparse";
import type { OrgContext } from "../../http/context.ts";
import { invalidField } from "../../http/errors.ts";
import { personRow } from "../people/people.service.ts";
import { people } from "../people/people.tables.ts";
import { searchKeyOf } from "../people/search-key.ts";
import type { AttendanceImportRow } from "./events.attendance.schemas.ts";
import { eventOpenForAttendance, peopleByEmailOrName } from "./events.attendance.service.ts";
import { eventAttendance } from "./events.tables.ts";

type RowIssue = { path: string; code: string; message: string };
type Column = "fullName" | "email" | "country" | "checkedInAt";
type UnknownPeople = "create" | "error";
type EventTimes = { startsAt: Date; timeZone: string };

/** Header spellings per column in English, Hebrew, Georgian, Greek and Slovene, compared after `headerKey`. */
const headerAliases: Record<Column, string[]> = {
  fullName: [
    "name",
    "fullname",
    "person",
    "שם",
    "שםמלא",
    "სახელი",
    "სახელიდაგვარი",
    "ονομα",
    "ονοματεπωνυμο",
    "ime",
    "imeinpriimek",
  ],
  email: ["email", "mail", "emailaddress", "אימייל", "דואל", "דוארלקטרוני", "ელფოსტა", "ηλταχυδρομειο", "eposta"],
  country: ["country", "countrycode", "מדינה", "ארץ", "ქვეყანა", "χωρα", "drzava"],
  checkedInAt: [
    "checkedinat",
    "checkedin",
    "checkin",
    "arrivedat",
    "שעתהגעה",
    "მოსვლისდრო",
    "ωρααφιξης",
    "casprihoda",
    "prihod",
  ],
};

/** Folds case, accents, spaces and punctuation: "E-mail", "e_mail" and "דוא״ל" all compare alike. */
function headerKey(header: string) {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("und")
    .replace(/[\s_\-.'"״׳]/g, "");
}

function columnForHeader(header: string): Column | undefined {
  const key = headerKey(header);
  return (Object.keys(headerAliases) as Column[]).find((column) => headerAliases[column].includes(key));
}

/** Spreadsheets saved in a legacy code page (Windows-1250, -1253 …) are refused rather than stored garbled. */
function decodeUtf8(bytes: ArrayBuffer) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalidField("body", "errors.csvEncoding", "The file is not UTF-8 text; save it as CSV UTF-8 and try again");
  }
}

function parseRows(csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: "greedy" });
  const columns = parsed.meta.fields ?? [];
  const mapping = new Map(columns.map((column) => [column, columnForHeader(column)]));
  const mapped = new Set(mapping.values());
  if (!mapped.has("fullName"))
    throw invalidField("body.name", "errors.csvNeedsNameColumn", "The CSV needs a name column");
  if (!mapped.has("email"))
    throw invalidField("body.email", "errors.csvNeedsEmailColumn", "The CSV needs an email column");
  const rows: AttendanceImportRow[] = parsed.data.map((record, index) => {
    const cells: Record<Column, string> = { fullName: "", email: "", country: "", checkedInAt: "" };
    for (const [header, column] of mapping) if (column) cells[column] = (record[header] ?? "").trim();
    return { line: index + 2, ...cells };
  });
  return { columns, unknownColumns: columns.filter((column) => !mapping.get(column)), rows };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An ISO instant with an offset as given; a local "2018-10-05 17:30" in the event's time zone; blank = the start. */
function arrivalTime(text: string, event: EventTimes): Date | undefined {
  if (!text) return event.startsAt;
  if (/([zZ]|[+-]\d\d:?\d\d)$/.test(text)) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }
  try {
    return toZoned(parseDateTime(text.replace(" ", "T")), event.timeZone).toDate();
  } catch {
    return undefined;
  }
}

function cellIssues(row: AttendanceImportRow, event: EventTimes): RowIssue[] {
  const issues: RowIssue[] = [];
  if (!row.fullName) issues.push({ path: "fullName", code: "errors.required", message: "A name is needed" });
  if (row.fullName.length > 200)
    issues.push({ path: "fullName", code: "errors.too_big", message: "At most 200 characters" });
  if (row.email && (!emailPattern.test(row.email) || row.email.length > 320))
    issues.push({ path: "email", code: "errors.invalid_format", message: "Not an email address" });
  if (row.country && !/^[A-Za-z]{2}$/.test(row.country))
    issues.push({ path: "country", code: "errors.csvBadCountry", message: "Use a two-letter ISO country code" });
  if (!arrivalTime(row.checkedInAt, event))
    issues.push({
      path: "checkedInAt",
      code: "errors.csvBadTime",
      message: "Use a date and time like 2018-10-05 17:30",
    });
  return issues;
}

type Resolution = { personId: string | null; errors: RowIssue[] };

/**
 * Names the person of each row: by email first, else by exactly one person of that name. A row naming nobody
 * becomes a new person or an error, as asked; a name shared by several people is always an error.
 */
async function resolvePeople(
  ctx: OrgContext,
  rows: AttendanceImportRow[],
  event: EventTimes,
  unknownPeople: UnknownPeople,
): Promise<Resolution[]> {
  const emails = [...new Set(rows.map((row) => row.email.toLowerCase()).filter(Boolean))];
  const nameKeys = [...new Set(rows.filter((row) => !row.email).map((row) => searchKeyOf(row.fullName)))];
  const known: Awaited<ReturnType<typeof peopleByEmailOrName>> = [];
  for (let start = 0; start < Math.max(emails.length, nameKeys.length); start += 500)
    known.push(
      ...(await peopleByEmailOrName(ctx, emails.slice(start, start + 500), nameKeys.slice(start, start + 500))),
    );
  const byEmail = new Map(known.filter((person) => person.email).map((person) => [person.email, person.id]));
  const byName = new Map<string, Set<string>>();
  for (const person of known) byName.set(person.nameKey, (byName.get(person.nameKey) ?? new Set()).add(person.id));
  const seen = new Set<string>();
  return rows.map((row) => {
    const errors = cellIssues(row, event);
    if (errors.length > 0) return { personId: null, errors };
    const email = row.email.toLowerCase();
    const namesakes = email ? [] : [...(byName.get(searchKeyOf(row.fullName)) ?? [])];
    const personId = email ? (byEmail.get(email) ?? null) : namesakes.length === 1 ? namesakes[0] : null;
    if (namesakes.length > 1)
      errors.push({
        path: "fullName",
        code: "errors.csvAmbiguousPerson",
        message: "Several people have this name; add their email",
      });
    else if (!personId && unknownPeople === "error")
      errors.push({
        path: "fullName",
        code: "errors.csvUnknownPerson",
        message: "Nobody in this organization matches this row",
      });
    const identity = personId ?? (email || `name:${searchKeyOf(row.fullName)}`);
    if (errors.length === 0 && seen.has(identity))
      errors.push({
        path: "fullName",
        code: "errors.csvRowRepeated",
        message: "This person appears earlier in the file",
      });
    seen.add(identity);
    return { personId, errors };
  });
}

/** Checks an uploaded attendance list row by row; writes nothing. */
export async function previewAttendanceImport(
  ctx: OrgContext,
  eventId: string,
  bytes: ArrayBuffer,
  unknownPeople: UnknownPeople,
) {
  const event = await eventOpenForAttendance(ctx, eventId);
  const { columns, unknownColumns, rows } = parseRows(decodeUtf8(bytes));
  const resolutions = await resolvePeople(ctx, rows, event, unknownPeople);
  const previewRows = rows.map((row, index) => ({ ...row, ...resolutions[index] }));
  const errorCount = previewRows.filter((row) => row.errors.length > 0).length;
  return { columns, unknownColumns, rows: previewRows, validCount: rows.length - errorCount, errorCount };
}

/**
 * Records one chunk of previewed rows in a single transaction: new people first, then their attendance.
 * Rows that fail again here are reported by line and skipped; a fault writes nothing of the chunk.
 */
export async function importAttendance(
  ctx: OrgContext,
  eventId: string,
  input: { unknownPeople: UnknownPeople; rows: AttendanceImportRow[] },
) {
  return ctx.db.transaction(async (tx) => {
    const event = await eventOpenForAttendance(ctx, eventId, tx);
    const txCtx = { ...ctx, db: tx };
    const resolutions = await resolvePeople(txCtx, input.rows, event, input.unknownPeople);
    const failed = input.rows
      .map((row, index) => ({ line: row.line, errors: resolutions[index].errors }))
      .filter((row) => row.errors.length > 0);
    const accepted = input.rows.flatMap((row, index) =>
      resolutions[index].errors.length === 0 ? [{ row, personId: resolutions[index].personId }] : [],
    );
    const newcomers = accepted.filter((entry) => !entry.personId);
    if (newcomers.length > 0) {
      // RETURNING gives the inserted rows in the order of VALUES.
      const created = await tx
        .insert(people)
        .values(newcomers.map((entry) => personRow(ctx.organizationId, newPerson(entry.row))))
        .returning({ id: people.id });
      newcomers.forEach((entry, index) => {
        entry.personId = created[index].id;
      });
    }
    const attendance = accepted.map(({ row, personId }) => ({
      organizationId: ctx.organizationId,
      eventId,
      personId: personId as string,
      checkedInAt: arrivalTime(row.checkedInAt, event) as Date,
      source: "import" as const,
      recordedBy: ctx.actor.userId,
    }));
    const recorded = attendance.length
      ? await tx
          .insert(eventAttendance)
          .values(attendance)
          .onConflictDoNothing({ target: [eventAttendance.eventId, eventAttendance.personId] })
          .returning({ id: eventAttendance.id })
      : [];
    return {
      recorded: recorded.length,
      createdPeople: newcomers.length,
      alreadyPresent: attendance.length - recorded.length,
      failed,
    };
  });
}

function newPerson(row: AttendanceImportRow) {
  return {
    fullName: row.fullName,
    email: row.email ? row.email.toLowerCase() : null,
    country: row.country ? row.country.toUpperCase() : null,
    phone: null,
    city: null,
    locale: null,
    notes: null,
  };
}
