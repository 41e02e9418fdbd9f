/** Staged review of a call's applications: stages with rubrics, where each application stands, reviewers and scores. */
import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import { user } from "../../auth/auth.tables.ts";
import { createdAt, id, localizedText } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { applications, calls } from "./calls.tables.ts";

/** What a score means, by score: `{ "1": { "en": "Not yet" }, "5": { "en": "Outstanding" } }`. */
export type Anchors = Record<string, LocalizedText>;

export const reviewStages = pgTable(
  "review_stages",
  {
    id: id(),
    organizationId: organizationRef(),
    callId: uuid("call_id")
      .notNull()
      .references(() => calls.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: localizedText("name").notNull(),
  },
  (table) => [
    unique("review_stages_one_per_position").on(table.callId, table.position),
    index("review_stages_organization_idx").on(table.organizationId, table.callId),
    check("review_stages_position_not_negative", sql`${table.position} >= 0`),
  ],
);

export const reviewCriteria = pgTable(
  "review_criteria",
  {
    id: id(),
    organizationId: organizationRef(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => reviewStages.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: localizedText("name").notNull(),
    weight: doublePrecision("weight").notNull(),
    scaleMin: integer("scale_min").notNull(),
    scaleMax: integer("scale_max").notNull(),
    anchors: jsonb("anchors").$type<Anchors>(),
  },
  (table) => [
    unique("review_criteria_one_per_position").on(table.stageId, table.position),
    check("review_criteria_weight_positive", sql`${table.weight} > 0`),
    check("review_criteria_scale_ordered", sql`${table.scaleMin} < ${table.scaleMax}`),
  ],
);

/** The stage an application is in; an application without a row has not entered review yet. */
export const reviewPlacements = pgTable(
  "review_placements",
  {
    applicationId: uuid("application_id")
      .primaryKey()
      .references(() => applications.id, { onDelete: "cascade" }),
    organizationId: organizationRef(),
    // A stage with applications in it cannot be removed from the call.
    stageId: uuid("stage_id")
      .notNull()
      .references(() => reviewStages.id, { onDelete: "restrict" }),
    heldAt: timestamp("held_at", { withTimezone: true }),
    movedAt: timestamp("moved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("review_placements_stage_idx").on(table.organizationId, table.stageId)],
);

export const reviewAssignments = pgTable(
  "review_assignments",
  {
    id: id(),
    organizationId: organizationRef(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => reviewStages.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    reviewerUserId: text("reviewer_user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("review_assignments_one_per_reviewer").on(table.stageId, table.applicationId, table.reviewerUserId),
    index("review_assignments_reviewer_idx").on(table.organizationId, table.reviewerUserId, table.stageId),
  ],
);

/** A reviewer who declared a conflict of interest never sees or scores the application again. */
export const reviewConflicts = pgTable(
  "review_conflicts",
  {
    organizationId: organizationRef(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    reviewerUserId: text("reviewer_user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    reason: text("reason"),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: "review_conflicts_pk", columns: [table.applicationId, table.reviewerUserId] })],
);

/** One reviewer's score on one criterion; totals are computed from these rows when asked, never stored. */
export const reviewScores = pgTable(
  "review_scores",
  {
    id: id(),
    organizationId: organizationRef(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => reviewCriteria.id, { onDelete: "restrict" }),
    reviewerUserId: text("reviewer_user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    comment: text("comment"),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("review_scores_one_per_criterion").on(table.applicationId, table.criterionId, table.reviewerUserId),
    index("review_scores_criterion_idx").on(table.organizationId, table.criterionId),
  ],
);
