/** Open calls with their application forms, applications to them, and each application's audit trail. */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "../../auth/auth.tables.ts";
import { createdAt, id, localizedText, updatedAt } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { groups, people } from "../people/people.tables.ts";
import { cohorts, enrollments } from "../programs/programs.tables.ts";
import type { FileKind } from "./calls.files.kinds.ts";

export const callStatuses = ["draft", "published", "closed"] as const;
export const applicantKinds = ["person", "group", "either"] as const;
export const fieldTypes = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "number",
  "date",
  "email",
  "phone",
  "country",
  "consent",
  "file",
] as const;
export const applicationStatuses = [
  "draft",
  "submitted",
  "withdrawn",
  "screened_out",
  "accepted",
  "waitlisted",
  "rejected",
] as const;
export const decisions = ["accepted", "waitlisted", "rejected"] as const;
export const applicationEventKinds = [
  "started",
  "submitted",
  "screened_out",
  "withdrawn",
  ...decisions,
  // Review: staff move it through stages and assign reviewers; reviewers score or declare a conflict.
  "advanced",
  "held",
  "reviewer_assigned",
  "reviewer_unassigned",
  "conflict_declared",
  "scored",
  // A waitlisted application accepted automatically when an accepted applicant withdrew.
  "promoted",
  // Staff book the applicant into an interview slot of a stage, move them to another, or cancel.
  "interview_booked",
  "interview_rebooked",
  "interview_cancelled",
] as const;

export type CallStatus = (typeof callStatuses)[number];
export type ApplicantKind = (typeof applicantKinds)[number];
export type FieldType = (typeof fieldTypes)[number];
export type ApplicationStatus = (typeof applicationStatuses)[number];
export type Decision = (typeof decisions)[number];
export type ApplicationEventKind = (typeof applicationEventKinds)[number];

/** One answer as stored: text, a number, a consent tick, the chosen options, or an uploaded file's id. */
export type AnswerValue = string | number | boolean | string[] | null;
export type Answers = Record<string, AnswerValue>;
export type FieldOption = { value: string; label: Record<string, string> };
/** Staff's own decision message per decision and locale, replacing the catalog's standard email text. */
export type DecisionMessages = Partial<Record<Decision, Partial<Record<string, string>>>>;
/** An answer that is not `equals` screens the application out at submission. */
export type EligibilityRule = { equals: string | number | boolean };

const inList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(","));

export const calls = pgTable(
  "calls",
  {
    id: id(),
    organizationId: organizationRef(),
    /** Null for a call that enrols nobody, such as co-working residencies: accepting only records the decision. */
    cohortId: uuid("cohort_id").references(() => cohorts.id, { onDelete: "cascade" }),
    title: localizedText("title").notNull(),
    description: localizedText("description"),
    opensAt: timestamp("opens_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
    maxAcceptances: integer("max_acceptances"),
    applicantKind: text("applicant_kind").$type<ApplicantKind>().notNull(),
    status: text("status").$type<CallStatus>().notNull().default("draft"),
    /** Reviewers see neither names nor contact details of the applicants. */
    blindReview: boolean("blind_review").notNull().default(false),
    /** Plain text with {name} and {call}; a decision or locale without one uses the catalog's standard text. */
    decisionMessages: jsonb("decision_messages").$type<DecisionMessages>(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("calls_organization_idx").on(table.organizationId, table.createdAt),
    // The public list asks for published calls that have not closed yet, across organizations.
    index("calls_open_idx").on(table.status, table.closesAt),
    check("calls_closes_after_opens", sql`${table.closesAt} > ${table.opensAt}`),
    check("calls_max_acceptances_positive", sql`${table.maxAcceptances} is null or ${table.maxAcceptances} > 0`),
    check("calls_applicant_kind_known", sql`${table.applicantKind} in (${inList(applicantKinds)})`),
    check("calls_status_known", sql`${table.status} in (${inList(callStatuses)})`),
  ],
);

export const callFields = pgTable(
  "call_fields",
  {
    id: id(),
    organizationId: organizationRef(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** The answer's name in `applications.answers`; stable once applications exist. */
    key: text("key").notNull(),
    type: text("type").$type<FieldType>().notNull(),
    label: localizedText("label").notNull(),
    help: localizedText("help"),
    required: boolean("required").notNull().default(false),
    options: jsonb("options").$type<FieldOption[]>(),
    maxWords: integer("max_words"),
    minValue: doublePrecision("min_value"),
    maxValue: doublePrecision("max_value"),
    eligibility: jsonb("eligibility").$type<EligibilityRule>(),
    /** Staff mark answers that tell who the applicant is; email, phone and file answers are hidden regardless. */
    hiddenInBlindReview: boolean("hidden_in_blind_review").notNull().default(false),
    /** A file question's size limit in megabytes and the kinds it accepts (see calls.files.kinds.ts). */
    maxFileMb: integer("max_file_mb"),
    fileKinds: jsonb("file_kinds").$type<FileKind[]>(),
  },
  (table) => [
    unique("call_fields_one_per_key").on(table.callId, table.key),
    unique("call_fields_one_per_position").on(table.callId, table.position),
    check("call_fields_type_known", sql`${table.type} in (${inList(fieldTypes)})`),
    check("call_fields_key_format", sql`${table.key} ~ '^[a-z][a-z0-9_]{0,39}$'`),
    check("call_fields_max_words_positive", sql`${table.maxWords} is null or ${table.maxWords} > 0`),
    check("call_fields_max_file_mb_range", sql`${table.maxFileMb} is null or ${table.maxFileMb} between 1 and 25`),
    check(
      "call_fields_range_ordered",
      sql`${table.minValue} is null or ${table.maxValue} is null or ${table.minValue} <= ${table.maxValue}`,
    ),
  ],
);

export const applications = pgTable(
  "applications",
  {
    id: id(),
    organizationId: organizationRef(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    /** The applying person, or for a group application its contact person. */
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "cascade" }),
    /** The login that owns the application; only it reads and changes it from the applicant side. */
    applicantUserId: text("applicant_user_id").references(() => user.id, { onDelete: "set null" }),
    /** The applicant's language, for every email about the application. */
    locale: text("locale").notNull(),
    status: text("status").$type<ApplicationStatus>().notNull().default("draft"),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    /** The enrollment an acceptance created, withdrawn again when the applicant withdraws. */
    enrollmentId: uuid("enrollment_id").references(() => enrollments.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("applications_one_live_per_person")
      .on(table.callId, table.personId)
      .where(sql`${table.status} <> 'withdrawn'`),
    uniqueIndex("applications_one_live_per_group")
      .on(table.callId, table.groupId)
      .where(sql`${table.status} <> 'withdrawn'`),
    index("applications_call_idx").on(table.organizationId, table.callId, table.status, table.submittedAt),
    index("applications_applicant_idx").on(table.applicantUserId, table.updatedAt),
    check("applications_status_known", sql`${table.status} in (${inList(applicationStatuses)})`),
    check("applications_has_applicant", sql`${table.personId} is not null or ${table.groupId} is not null`),
  ],
);

export const applicationEvents = pgTable(
  "application_events",
  {
    id: id(),
    organizationId: organizationRef(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => user.id, { onDelete: "set null" }),
    kind: text("kind").$type<ApplicationEventKind>().notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("application_events_application_idx").on(table.organizationId, table.applicationId, table.at),
    check("application_events_kind_known", sql`${table.kind} in (${inList(applicationEventKinds)})`),
  ],
);
