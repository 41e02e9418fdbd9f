/** Request and response shapes of check-in, walk-ins, bulk attendance, attendance CSV import and headcounts. */
import { z } from "@hono/zod-openapi";
import { CountryCode, LocalizedTextOutput, OrgParams, Uuid } from "../../http/common.schemas.ts";
import { attendanceSources, eventStatuses } from "./events.tables.ts";

export const EventParams = OrgParams.extend({ eventId: Uuid });
export const AttendeeParams = EventParams.extend({ personId: Uuid });

export const CheckInQuery = z.object({ q: z.string().trim().max(200).optional() });

export const Attendance = z
  .object({
    personId: Uuid,
    checkedInAt: z.iso.datetime(),
    checkedOutAt: z.iso.datetime().nullable(),
    source: z.enum(attendanceSources),
  })
  .openapi("Attendance");

export const CheckInEntry = z.object({
  personId: Uuid,
  fullName: z.string(),
  email: z.string().nullable(),
  country: z.string().nullable(),
  registration: z.enum(["registered", "waitlisted"]).nullable(),
  /** Enrolled in the event's cohort: expected at a cohort session without registering. */
  enrolled: z.boolean(),
  attendance: Attendance.nullable(),
});

export const CheckInList = z
  .object({
    event: z.object({
      id: Uuid,
      title: LocalizedTextOutput,
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      timeZone: z.string(),
      status: z.enum(eventStatuses),
      cohortId: Uuid.nullable(),
    }),
    counts: z.object({ checkedIn: z.number().int(), registered: z.number().int(), expected: z.number().int() }),
    items: z.array(CheckInEntry),
  })
  .openapi("CheckInList");

export const CheckInInput = z.object({ personId: Uuid });

export const WalkInInput = z.object({
  fullName: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(320)
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((value) => value?.toLowerCase() ?? null),
  country: CountryCode.nullish().transform((value) => value ?? null),
});
export type WalkInInput = z.infer<typeof WalkInInput>;

export const BulkAttendanceInput = z.object({ personIds: z.array(Uuid).min(1).max(2000) });

export const BulkAttendanceResult = z
  .object({ added: z.number().int(), alreadyPresent: z.number().int() })
  .openapi("BulkAttendanceResult");

/** What to do with a row naming nobody known in the organization. */
export const UnknownPeopleOption = z.enum(["create", "error"]);

export const AttendanceImportQuery = z.object({ unknownPeople: UnknownPeopleOption.default("error") });

const RowIssue = z.object({ path: z.string(), code: z.string(), message: z.string() });

export const AttendanceImportRow = z.object({
  line: z.number().int().min(1),
  fullName: z.string().max(1000),
  email: z.string().max(1000),
  country: z.string().max(1000),
  checkedInAt: z.string().max(1000),
});
export type AttendanceImportRow = z.infer<typeof AttendanceImportRow>;

export const AttendanceImportPreview = z
  .object({
    columns: z.array(z.string()),
    unknownColumns: z.array(z.string()),
    rows: z.array(
      AttendanceImportRow.extend({
        /** The person the row names, or null when the import would record a new person. */
        personId: Uuid.nullable(),
        errors: z.array(RowIssue),
      }),
    ),
    validCount: z.number().int(),
    errorCount: z.number().int(),
  })
  .openapi("AttendanceImportPreview");

export const AttendanceImportInput = z.object({
  unknownPeople: UnknownPeopleOption,
  rows: z.array(AttendanceImportRow).min(1).max(500),
});

export const AttendanceImportResult = z
  .object({
    recorded: z.number().int(),
    createdPeople: z.number().int(),
    alreadyPresent: z.number().int(),
    failed: z.array(z.object({ line: z.number().int(), errors: z.array(RowIssue) })),
  })
  .openapi("AttendanceImportResult");

export const HeadcountsInput = z.object({
  counts: z
    .array(
      z.object({
        country: CountryCode.nullable().openapi({ description: "Visitors' country; null when not known" }),
        count: z.number().int().min(1).max(10_000_000),
      }),
    )
    .max(300),
});

export const Headcounts = z
  .object({
    total: z.number().int(),
    byCountry: z.array(z.object({ country: z.string().nullable(), count: z.number().int() })),
  })
  .openapi("Headcounts");
