/** Programs, their cohorts (phases, budget lines) and enrollments of people or groups. */
import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, localizedText, updatedAt } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { groups, people } from "../people/people.tables.ts";

export const programTypes = ["incubator", "fellowship", "hub", "academy", "partnership_program", "other"] as const;
export const enrollmentRoles = ["participant", "team", "mentor", "staff"] as const;
export const enrollmentStatuses = ["invited", "active", "completed", "withdrawn"] as const;
export type ProgramType = (typeof programTypes)[number];
export type EnrollmentRole = (typeof enrollmentRoles)[number];
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

export const programs = pgTable(
  "programs",
  {
    id: id(),
    organizationId: organizationRef(),
    type: text("type").$type<ProgramType>().notNull(),
    name: localizedText("name").notNull(),
    description: localizedText("description"),
    defaultCapacity: integer("default_capacity"),
    commitmentHours: integer("commitment_hours"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("programs_organization_idx").on(table.organizationId, table.createdAt),
    check(
      "programs_type_known",
      sql`${table.type} in ('incubator','fellowship','hub','academy','partnership_program','other')`,
    ),
    check("programs_default_capacity_positive", sql`${table.defaultCapacity} is null or ${table.defaultCapacity} > 0`),
    check("programs_commitment_hours_positive", sql`${table.commitmentHours} is null or ${table.commitmentHours} >= 0`),
  ],
);

export const cohorts = pgTable(
  "cohorts",
  {
    id: id(),
    organizationId: organizationRef(),
    programId: uuid("program_id")
      .notNull()
      .references(() => programs.id, { onDelete: "cascade" }),
    name: localizedText("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    capacity: integer("capacity").notNull(),
    commitmentHours: integer("commitment_hours"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("cohorts_program_idx").on(table.organizationId, table.programId, table.startsOn),
    check("cohorts_dates_ordered", sql`${table.endsOn} >= ${table.startsOn}`),
    check("cohorts_capacity_positive", sql`${table.capacity} > 0`),
  ],
);

export const cohortPhases = pgTable(
  "cohort_phases",
  {
    id: id(),
    organizationId: organizationRef(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: localizedText("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
  },
  (table) => [
    unique("cohort_phases_one_per_position").on(table.cohortId, table.position),
    check("cohort_phases_dates_ordered", sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

export const budgetLines = pgTable(
  "budget_lines",
  {
    id: id(),
    organizationId: organizationRef(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    /** The order staff listed the lines in. */
    position: integer("position").notNull().default(0),
    category: text("category").notNull(),
    /** Integer minor units (agorot, cents) of `currency`. */
    plannedAmount: bigint("planned_amount", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    note: text("note"),
  },
  (table) => [
    index("budget_lines_cohort_idx").on(table.organizationId, table.cohortId),
    check("budget_lines_amount_not_negative", sql`${table.plannedAmount} >= 0`),
    check("budget_lines_currency_iso", sql`${table.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const enrollments = pgTable(
  "enrollments",
  {
    id: id(),
    organizationId: organizationRef(),
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "cascade" }),
    role: text("role").$type<EnrollmentRole>().notNull(),
    status: text("status").$type<EnrollmentStatus>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("enrollments_one_per_person").on(table.cohortId, table.personId),
    unique("enrollments_one_per_group").on(table.cohortId, table.groupId),
    index("enrollments_cohort_idx").on(table.organizationId, table.cohortId, table.status),
    index("enrollments_person_idx").on(table.organizationId, table.personId),
    check("enrollments_person_or_group", sql`(${table.personId} is null) <> (${table.groupId} is null)`),
    check("enrollments_role_known", sql`${table.role} in ('participant','team','mentor','staff')`),
    check("enrollments_status_known", sql`${table.status} in ('invited','active','completed','withdrawn')`),
  ],
);
