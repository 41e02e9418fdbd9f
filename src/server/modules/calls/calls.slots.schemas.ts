/** Request and response shapes of interview slots: slots of a stage, bookings into them, and the applicant's view. */
import { z } from "@hono/zod-openapi";
import { OrgParams, Uuid } from "../../http/common.schemas.ts";

export const SlotParams = OrgParams.extend({ slotId: Uuid });
export const BookingParams = OrgParams.extend({ bookingId: Uuid });

const Instant = z.iso.datetime({ offset: true });
const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .openapi({ example: "https://meet.example.org/kivunim-interviews" });

export const SlotInput = z
  .object({
    startsAt: Instant.openapi({ example: "2027-01-10T08:00:00Z" }),
    endsAt: Instant.openapi({ example: "2027-01-10T08:45:00Z" }),
    place: z.string().trim().max(300).nullish().openapi({ description: "Where the applicant comes" }),
    onlineUrl: WebUrl.nullish().openapi({ description: "The video call to join, for an online interview" }),
    capacity: z.number().int().min(1).max(500).default(1).openapi({ description: "People in the slot together" }),
    note: z.string().trim().max(2000).nullish(),
  })
  .superRefine((slot, issues) => {
    if (Date.parse(slot.endsAt) <= Date.parse(slot.startsAt)) {
      issues.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "The slot ends before it starts",
        params: { code: "errors.endsBeforeStart" },
      });
    }
  })
  .openapi("InterviewSlotInput");
export type SlotInput = z.infer<typeof SlotInput>;

export const Booking = z
  .object({ id: Uuid, applicationId: Uuid, applicantName: z.string(), bookedAt: z.string() })
  .openapi("InterviewBooking");

export const Slot = z
  .object({
    id: Uuid,
    stageId: Uuid,
    startsAt: z.string(),
    endsAt: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    capacity: z.number().int(),
    note: z.string().nullable(),
    bookings: z.array(Booking),
  })
  .openapi("InterviewSlot");

export const StageSlots = z
  .object({
    stageId: Uuid,
    timeZone: z.string().openapi({ description: "The organization's time zone, in which slots are set" }),
    slots: z.array(Slot),
  })
  .openapi("StageInterviewSlots");

export const BookInput = z.object({ applicationId: Uuid, slotId: Uuid }).openapi("InterviewBookInput");
export type BookInput = z.infer<typeof BookInput>;

export const RebookInput = z.object({ slotId: Uuid }).openapi("InterviewRebookInput");

export const FillResult = z
  .object({ booked: z.number().int().openapi({ description: "Applications newly booked" }), slots: StageSlots })
  .openapi("InterviewFillResult");

export const ReviewerInterviews = z
  .object({
    timeZone: z.string(),
    interviews: z.array(
      z.object({
        assignmentId: Uuid,
        startsAt: z.string(),
        endsAt: z.string(),
        place: z.string().nullable(),
        onlineUrl: z.string().nullable(),
      }),
    ),
  })
  .openapi("ReviewerInterviews");

/** What the applicant is told of an interview; the stage name says which round it is. */
export const MyInterview = z
  .object({
    stageName: z.record(z.string(), z.string()),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("MyInterview");
