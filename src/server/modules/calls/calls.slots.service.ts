/** Interview slots: staff set a stage's slots and book its applications into them; the applicant is told by email. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { pickLocale } from "../../../shared/localized-text.ts";
import { slotTimeFormat } from "../../../shared/slot-time.ts";
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { OrgContext } from "../../http/context.ts";
import { Conflict, invalidField } from "../../http/errors.ts";
import { translate } from "../../i18n.ts";
import { enqueueMail } from "../../mail/mail.service.ts";
import { organizations } from "../organizations/organizations.tables.ts";
import { groups, people } from "../people/people.tables.ts";
import { recordActorEvent, requireStage } from "./calls.records.ts";
import { rankStage } from "./calls.reviews.service.ts";
import { reviewAssignments, reviewPlacements, reviewStages } from "./calls.reviews.tables.ts";
import { applicantContact } from "./calls.service.ts";
import type { BookInput, SlotInput } from "./calls.slots.schemas.ts";
import { interviewBookings, interviewSlots } from "./calls.slots.tables.ts";
import { applications, calls } from "./calls.tables.ts";

type SlotRow = typeof interviewSlots.$inferSelect;
type BookingRow = typeof interviewBookings.$inferSelect;
type MailKind = "booked" | "rebooked" | "cancelled";

const applicantName = sql<string>`coalesce(${groups.name}, ${people.fullName}, '')`;

function requireSlot(db: Db, ctx: OrgContext, slotId: string, lock?: "update") {
  return requireOwned(db, ctx.organizationId, interviewSlots, slotId, "slot", lock);
}

function requireBooking(db: Db, ctx: OrgContext, bookingId: string) {
  // Locked so that a rebooking and a cancellation of one booking take turns.
  return requireOwned(db, ctx.organizationId, interviewBookings, bookingId, "booking", "update");
}

/** A slot of another stage is a wrong choice in this request, not a missing record. */
async function requireSlotOfStage(db: Db, ctx: OrgContext, slotId: string, stageId: string) {
  const [slot] = await db
    .select()
    .from(interviewSlots)
    .where(
      and(
        eq(interviewSlots.organizationId, ctx.organizationId),
        eq(interviewSlots.id, slotId),
        eq(interviewSlots.stageId, stageId),
      ),
    );
  if (!slot) throw invalidField("json.slotId", "errors.notFound", "No such slot in this stage");
  return slot;
}

const slotValues = (input: SlotInput) => ({
  startsAt: new Date(input.startsAt),
  endsAt: new Date(input.endsAt),
  place: input.place || null,
  onlineUrl: input.onlineUrl || null,
  capacity: input.capacity,
  note: input.note || null,
});

async function slotsView(db: Db, ctx: OrgContext, stageId: string) {
  const slots = await db
    .select()
    .from(interviewSlots)
    .where(and(eq(interviewSlots.organizationId, ctx.organizationId), eq(interviewSlots.stageId, stageId)))
    .orderBy(asc(interviewSlots.startsAt), asc(interviewSlots.id));
  const bookings = await db
    .select({
      id: interviewBookings.id,
      slotId: interviewBookings.slotId,
      applicationId: interviewBookings.applicationId,
      applicantName,
      bookedAt: interviewBookings.bookedAt,
    })
    .from(interviewBookings)
    .innerJoin(applications, eq(applications.id, interviewBookings.applicationId))
    .leftJoin(people, eq(people.id, applications.personId))
    .leftJoin(groups, eq(groups.id, applications.groupId))
    .where(and(eq(interviewBookings.organizationId, ctx.organizationId), eq(interviewBookings.stageId, stageId)))
    .orderBy(asc(interviewBookings.bookedAt), asc(interviewBookings.id));
  return {
    stageId,
    timeZone: ctx.organization.timeZone,
    slots: slots.map((slot) => ({
      ...slotView(slot),
      bookings: bookings
        .filter((booking) => booking.slotId === slot.id)
        .map(({ slotId: _, bookedAt, ...booking }) => ({ ...booking, bookedAt: bookedAt.toISOString() })),
    })),
  };
}

function slotView(slot: SlotRow) {
  return {
    id: slot.id,
    stageId: slot.stageId,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    place: slot.place,
    onlineUrl: slot.onlineUrl,
    capacity: slot.capacity,
    note: slot.note,
  };
}

export async function listStageSlots(ctx: OrgContext, stageId: string) {
  await requireStage(ctx.db, ctx, stageId);
  return slotsView(ctx.db, ctx, stageId);
}

async function viewOfSlot(ctx: OrgContext, slot: SlotRow) {
  const { slots } = await slotsView(ctx.db, ctx, slot.stageId);
  return slots.find((candidate) => candidate.id === slot.id) ?? { ...slotView(slot), bookings: [] };
}

export async function createSlot(ctx: OrgContext, stageId: string, input: SlotInput) {
  await requireStage(ctx.db, ctx, stageId);
  const [slot] = await ctx.db
    .insert(interviewSlots)
    .values({ ...slotValues(input), organizationId: ctx.organizationId, stageId })
    .returning();
  return viewOfSlot(ctx, slot);
}

/**
 * Staff change a slot; the applicants booked into it are told when its time or place changed. Capacity may not
 * drop below the bookings it holds.
 */
export async function editSlot(ctx: OrgContext, slotId: string, input: SlotInput) {
  const slot = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // The same row lock the capacity trigger takes, so no booking slips in while capacity is checked.
    const before = await requireSlot(db, ctx, slotId, "update");
    const booked = await bookingsOf(db, ctx, slotId);
    const values = slotValues(input);
    if (values.capacity < booked.length) {
      throw new Conflict("errors.slotFull", "More applicants are booked than this capacity allows", [
        { path: "json.capacity", code: "errors.slotFull", message: `${booked.length} are booked` },
      ]);
    }
    const [after] = await db.update(interviewSlots).set(values).where(eq(interviewSlots.id, slotId)).returning();
    const moved =
      before.startsAt.getTime() !== after.startsAt.getTime() ||
      before.endsAt.getTime() !== after.endsAt.getTime() ||
      before.place !== after.place ||
      before.onlineUrl !== after.onlineUrl;
    if (moved) {
      for (const booking of booked) await queueInterviewMail(db, ctx, booking, after, "rebooked");
    }
    return after;
  });
  return viewOfSlot(ctx, slot);
}

function bookingsOf(db: Db, ctx: OrgContext, slotId: string) {
  return db
    .select()
    .from(interviewBookings)
    .where(and(eq(interviewBookings.organizationId, ctx.organizationId), eq(interviewBookings.slotId, slotId)));
}

/** A slot with bookings stays (the bookings' foreign key refuses with a 409): cancel or move them first. */
export async function deleteSlot(ctx: OrgContext, slotId: string) {
  await requireSlot(ctx.db, ctx, slotId);
  await ctx.db.delete(interviewSlots).where(eq(interviewSlots.id, slotId));
  return { ok: true as const };
}

/** The application, if submitted and now in the stage; locked so a move out of the stage waits for the booking. */
async function requireInStage(db: Db, ctx: OrgContext, stageId: string, applicationId: string) {
  const [row] = await db
    .select({ application: applications })
    .from(applications)
    .innerJoin(reviewPlacements, eq(reviewPlacements.applicationId, applications.id))
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        eq(applications.id, applicationId),
        eq(applications.status, "submitted"),
        eq(reviewPlacements.stageId, stageId),
      ),
    )
    .for("update", { of: applications });
  if (!row) throw invalidField("json.applicationId", "errors.notInStage", "Not a submitted application of this stage");
  return row.application;
}

async function insertBooking(db: Db, ctx: OrgContext, slot: SlotRow, applicationId: string) {
  const [booking] = await db
    .insert(interviewBookings)
    .values({
      organizationId: ctx.organizationId,
      stageId: slot.stageId,
      slotId: slot.id,
      applicationId,
      bookedAt: ctx.clock(),
    })
    .returning();
  await recordActorEvent(db, ctx, applicationId, "interview_booked", {
    stageId: slot.stageId,
    slotId: slot.id,
    startsAt: slot.startsAt.toISOString(),
  });
  await queueInterviewMail(db, ctx, booking, slot, "booked");
  return booking;
}

/**
 * Staff book an application of the stage into one of its slots. One booking per application and stage
 * (`interview_bookings_one_per_stage`) and the slot's capacity (a trigger under the slot's row lock) are held
 * by the database, so parallel bookings cannot overfill a slot.
 */
export async function bookInterview(ctx: OrgContext, stageId: string, input: BookInput) {
  const slot = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await requireStage(db, ctx, stageId);
    const slot = await requireSlotOfStage(db, ctx, input.slotId, stageId);
    await requireInStage(db, ctx, stageId, input.applicationId);
    await insertBooking(db, ctx, slot, input.applicationId);
    return slot;
  });
  return viewOfSlot(ctx, slot);
}

/** Staff move a booking to another slot of the same stage; the applicant gets the new time. */
export async function rebookInterview(ctx: OrgContext, bookingId: string, input: { slotId: string }) {
  const slot = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const booking = await requireBooking(db, ctx, bookingId);
    const slot = await requireSlotOfStage(db, ctx, input.slotId, booking.stageId);
    if (slot.id === booking.slotId) return slot;
    const [moved] = await db
      .update(interviewBookings)
      .set({ slotId: slot.id, bookedAt: ctx.clock() })
      .where(eq(interviewBookings.id, bookingId))
      .returning();
    await recordActorEvent(db, ctx, booking.applicationId, "interview_rebooked", {
      stageId: slot.stageId,
      fromSlotId: booking.slotId,
      slotId: slot.id,
      startsAt: slot.startsAt.toISOString(),
    });
    await queueInterviewMail(db, ctx, moved, slot, "rebooked");
    return slot;
  });
  return viewOfSlot(ctx, slot);
}

/** Staff cancel a booking; the applicant is told the interview will not take place at that time. */
export async function cancelInterview(ctx: OrgContext, bookingId: string) {
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const booking = await requireBooking(db, ctx, bookingId);
    const slot = await requireSlot(db, ctx, booking.slotId);
    await db.delete(interviewBookings).where(eq(interviewBookings.id, bookingId));
    await recordActorEvent(db, ctx, booking.applicationId, "interview_cancelled", {
      stageId: booking.stageId,
      slotId: slot.id,
      startsAt: slot.startsAt.toISOString(),
    });
    await queueInterviewMail(db, ctx, booking, slot, "cancelled");
  });
  return { ok: true as const };
}

/**
 * Staff fill the stage's free places at once: its submitted, not yet booked applications in ranking order go
 * into the earliest slots with room, all in one transaction.
 */
export async function fillSlots(ctx: OrgContext, stageId: string) {
  const booked = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    // Two staff filling the same stage take turns, so the free places counted below stay free.
    await requireStage(db, ctx, stageId, "update");
    const { slots } = await slotsView(db, ctx, stageId);
    const taken = new Set(slots.flatMap((slot) => slot.bookings.map((booking) => booking.applicationId)));
    const waiting = (await rankStage({ ...ctx, db }, stageId)).applications.filter(
      (application) => application.status === "submitted" && !taken.has(application.applicationId),
    );
    const free = slots.flatMap((slot) =>
      Array.from({ length: Math.max(0, slot.capacity - slot.bookings.length) }, () => slot.id),
    );
    const rows = await db
      .select()
      .from(interviewSlots)
      .where(and(eq(interviewSlots.organizationId, ctx.organizationId), eq(interviewSlots.stageId, stageId)));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const pairs = waiting.slice(0, free.length).map((application, index) => ({ application, slotId: free[index] }));
    for (const { application, slotId } of pairs) {
      await insertBooking(db, ctx, byId.get(slotId) as SlotRow, application.applicationId);
    }
    return pairs.length;
  });
  return { booked, slots: await slotsView(ctx.db, ctx, stageId) };
}

// ——— Email ———

/** The slot's time as the applicant reads it: in their language, on the organization's clock. */
export function formatSlotTime(slot: Pick<SlotRow, "startsAt" | "endsAt">, locale: string, timeZone: string) {
  return new Intl.DateTimeFormat(locale, { ...slotTimeFormat, timeZone }).formatRange(slot.startsAt, slot.endsAt);
}

async function queueInterviewMail(db: Db, ctx: OrgContext, booking: BookingRow, slot: SlotRow, kind: MailKind) {
  const applicant = await applicantContact(db, booking.applicationId);
  if (!applicant) return;
  const [row] = await db
    .select({ locale: applications.locale, callTitle: calls.title, stageName: reviewStages.name })
    .from(applications)
    .innerJoin(calls, eq(calls.id, applications.callId))
    .innerJoin(reviewStages, eq(reviewStages.id, booking.stageId))
    .where(eq(applications.id, booking.applicationId));
  const { locale } = row;
  const organizationLocale = ctx.organization.defaultLocale;
  const values = {
    name: applicant.name,
    call: pickLocale(row.callTitle, locale, organizationLocale),
    stage: pickLocale(row.stageName, locale, organizationLocale),
    organization: pickLocale(applicant.organizationName, locale, organizationLocale),
    when: formatSlotTime(slot, locale, ctx.organization.timeZone),
    timeZone: ctx.organization.timeZone,
    link: `${ctx.config.baseUrl}/my/applications`,
  };
  const where =
    kind === "cancelled"
      ? []
      : [
          slot.place && translate(locale, "mail.interview.place", { place: slot.place }),
          slot.onlineUrl && translate(locale, "mail.interview.online", { url: slot.onlineUrl }),
          slot.note,
        ].filter(Boolean);
  await enqueueMail(db, {
    organizationId: ctx.organizationId,
    recipient: applicant.recipient,
    locale,
    kind: `interview.${kind}`,
    subject: translate(locale, `mail.interview.${kind}.subject` as MessageKey, values),
    body: [
      translate(locale, `mail.interview.${kind}.body` as MessageKey, values),
      ...where,
      translate(locale, "mail.interview.signature", values),
    ].join("\n\n"),
  });
}

// ——— Reviewers ———

/** When each application the signed-in reviewer is assigned to is interviewed in that stage. */
export async function listMyReviewInterviews(ctx: OrgContext) {
  const rows = await ctx.db
    .select({
      assignmentId: reviewAssignments.id,
      startsAt: interviewSlots.startsAt,
      endsAt: interviewSlots.endsAt,
      place: interviewSlots.place,
      onlineUrl: interviewSlots.onlineUrl,
    })
    .from(reviewAssignments)
    .innerJoin(
      interviewBookings,
      and(
        eq(interviewBookings.applicationId, reviewAssignments.applicationId),
        eq(interviewBookings.stageId, reviewAssignments.stageId),
      ),
    )
    .innerJoin(interviewSlots, eq(interviewSlots.id, interviewBookings.slotId))
    .where(
      and(
        eq(reviewAssignments.organizationId, ctx.organizationId),
        eq(reviewAssignments.reviewerUserId, ctx.actor.userId),
      ),
    )
    .orderBy(asc(interviewSlots.startsAt))
    .limit(1000);
  return {
    timeZone: ctx.organization.timeZone,
    interviews: rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() })),
  };
}

// ——— Applicants ———

/** Each application's booked interviews, for the applicant's own list; times in the organization's zone. */
export async function interviewsOf(db: Db, applicationIds: string[]) {
  if (applicationIds.length === 0) return new Map<string, MyInterviewRow[]>();
  const rows = await db
    .select({
      applicationId: interviewBookings.applicationId,
      stageName: reviewStages.name,
      startsAt: interviewSlots.startsAt,
      endsAt: interviewSlots.endsAt,
      timeZone: organizations.timeZone,
      place: interviewSlots.place,
      onlineUrl: interviewSlots.onlineUrl,
      note: interviewSlots.note,
    })
    .from(interviewBookings)
    .innerJoin(interviewSlots, eq(interviewSlots.id, interviewBookings.slotId))
    .innerJoin(reviewStages, eq(reviewStages.id, interviewBookings.stageId))
    .innerJoin(organizations, eq(organizations.id, interviewBookings.organizationId))
    .where(inArray(interviewBookings.applicationId, applicationIds))
    .orderBy(asc(interviewSlots.startsAt));
  const byApplication = new Map<string, MyInterviewRow[]>();
  for (const { applicationId, startsAt, endsAt, stageName, ...rest } of rows) {
    const interview = {
      ...rest,
      stageName: stageName as Record<string, string>,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
    };
    byApplication.set(applicationId, [...(byApplication.get(applicationId) ?? []), interview]);
  }
  return byApplication;
}

type MyInterviewRow = {
  stageName: Record<string, string>;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  note: string | null;
};
