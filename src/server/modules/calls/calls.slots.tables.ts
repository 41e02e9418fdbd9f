/** Interview and assessment-centre slots of a review stage, and the applications booked into them. */
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { reviewStages } from "./calls.reviews.tables.ts";
import { applications } from "./calls.tables.ts";

export const interviewSlots = pgTable(
  "interview_slots",
  {
    id: id(),
    organizationId: organizationRef(),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => reviewStages.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** Where the applicant comes, or null when the interview is online only. */
    place: text("place"),
    onlineUrl: text("online_url"),
    /** People interviewed together in the slot (an assessment centre takes several). */
    capacity: integer("capacity").notNull().default(1),
    note: text("note"),
    createdAt: createdAt(),
  },
  (table) => [
    // The target of the bookings' (slot, stage) foreign key, so a booking's slot is always of the booking's stage.
    unique("interview_slots_id_stage").on(table.id, table.stageId),
    index("interview_slots_stage_idx").on(table.organizationId, table.stageId, table.startsAt),
    check("interview_slots_ends_after_starts", sql`${table.endsAt} > ${table.startsAt}`),
    check("interview_slots_capacity_positive", sql`${table.capacity} >= 1`),
  ],
);

/** Capacity per slot is held by the trigger `interview_bookings_within_slot_capacity` (see its migration). */
export const interviewBookings = pgTable(
  "interview_bookings",
  {
    id: id(),
    organizationId: organizationRef(),
    stageId: uuid("stage_id").notNull(),
    slotId: uuid("slot_id").notNull(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    bookedAt: timestamp("booked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("interview_bookings_one_per_stage").on(table.applicationId, table.stageId),
    // A slot with bookings cannot be deleted: cancel or move them first.
    foreignKey({
      name: "interview_bookings_slot_in_stage",
      columns: [table.slotId, table.stageId],
      foreignColumns: [interviewSlots.id, interviewSlots.stageId],
    }).onDelete("restrict"),
    index("interview_bookings_slot_idx").on(table.organizationId, table.slotId),
  ],
);
