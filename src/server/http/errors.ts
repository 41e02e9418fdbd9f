/** One error type per meaning; each maps once to an HTTP status and a catalog key (`code`). */
import { HTTPException } from "hono/http-exception";

export type FieldIssue = { path: string; code: string; message: string };

export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    readonly code: string,
    message: string,
    readonly fields: FieldIssue[] = [],
    /** Extra response headers, such as Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class ValidationFailed extends AppError {
  constructor(fields: FieldIssue[], message = "The request has invalid fields") {
    super(400, "errors.validation", message, fields);
  }
}

/** A single bad field, e.g. `invalidField("endsOn", "errors.datesOrder", "ends before it starts")`. */
export function invalidField(path: string, code: string, message: string) {
  return new ValidationFailed([{ path, code, message }], message);
}

export class Unauthorized extends AppError {
  constructor(message = "Sign in first") {
    super(401, "errors.unauthorized", message);
  }
}

export class Forbidden extends AppError {
  constructor(message = "Your role does not allow this") {
    super(403, "errors.forbidden", message);
  }
}

export class NotFound extends AppError {
  constructor(what = "record") {
    super(404, "errors.notFound", `No such ${what}`);
  }
}

export class Conflict extends AppError {
  constructor(code: string, message: string, fields: FieldIssue[] = []) {
    super(409, code, message, fields);
  }
}

/** Named database invariants and what a person is told when a write breaks one. */
const constraintErrors: Record<string, { status: 400 | 409; code: string; message: string; path?: string }> = {
  enrollments_within_cohort_capacity: { status: 409, code: "errors.cohortFull", message: "The cohort is full" },
  enrollments_one_per_person: {
    status: 409,
    code: "errors.alreadyEnrolled",
    message: "Already enrolled in this cohort",
    path: "json.personId",
  },
  enrollments_one_per_group: {
    status: 409,
    code: "errors.alreadyEnrolled",
    message: "Already enrolled in this cohort",
    path: "json.groupId",
  },
  people_one_per_email: {
    status: 409,
    code: "errors.emailTaken",
    message: "Someone in this organization already has this email",
    path: "json.email",
  },
  groups_one_per_name: {
    status: 409,
    code: "errors.groupNameTaken",
    message: "A group with this name exists",
    path: "json.name",
  },
  organizations_slug_unique: {
    status: 409,
    code: "errors.slugTaken",
    message: "This address is taken",
    path: "json.slug",
  },
  cohort_phases_one_per_position: {
    status: 409,
    code: "errors.phaseOrder",
    message: "Two phases share a position",
    path: "json.phases",
  },
  applications_within_call_maximum: {
    status: 409,
    code: "errors.callMaximumReached",
    message: "This call has accepted as many applicants as it may",
  },
  applications_one_live_per_person: {
    status: 409,
    code: "errors.alreadyApplied",
    message: "There is already an application for this call",
    path: "json.callId",
  },
  applications_one_live_per_group: {
    status: 409,
    code: "errors.alreadyApplied",
    message: "This group already has an application for this call",
    path: "json.group.name",
  },
  review_scores_criterion_id_review_criteria_id_fk: {
    status: 409,
    code: "errors.stageHasScores",
    message: "Reviewers have scored in this stage; its rubric stays",
  },
  review_placements_stage_id_review_stages_id_fk: {
    status: 409,
    code: "errors.stageHasApplications",
    message: "Applications are in this stage; it stays",
  },
  interview_bookings_within_slot_capacity: { status: 409, code: "errors.slotFull", message: "This slot is full" },
  interview_bookings_one_per_stage: {
    status: 409,
    code: "errors.alreadyBooked",
    message: "This application is booked into a slot of this stage already",
    path: "json.applicationId",
  },
  interview_bookings_slot_in_stage: {
    status: 409,
    code: "errors.slotHasBookings",
    message: "Applicants are booked into this slot; move or cancel them first",
  },
  event_registrations_within_capacity: { status: 409, code: "errors.eventFull", message: "This event is full" },
  events_capacity_above_registrations: {
    status: 409,
    code: "errors.capacityBelowRegistrations",
    message: "More people are registered than this capacity",
    path: "json.capacity",
  },
  event_registrations_one_per_person: {
    status: 409,
    code: "errors.alreadyRegistered",
    message: "Already registered for this event",
  },
  event_kinds_one_per_key: {
    status: 409,
    code: "errors.eventKindTaken",
    message: "A kind with this key exists",
    path: "json.key",
  },
  events_end_after_start: {
    status: 400,
    code: "errors.endsBeforeStart",
    message: "The event ends before it starts",
    path: "json.endsAt",
  },
  event_attendance_one_per_person: {
    status: 409,
    code: "errors.alreadyCheckedIn",
    message: "This person is checked in already",
    path: "json.personId",
  },
  event_headcounts_one_per_country: {
    status: 409,
    code: "errors.headcountCountryRepeated",
    message: "A country is counted twice",
    path: "json.counts",
  },
  review_conflicts_pk: { status: 409, code: "errors.reviewerConflicted", message: "A conflict is declared already" },
  course_enrollments_one_per_person: {
    status: 409,
    code: "errors.alreadyInCourse",
    message: "Already enrolled in this course",
  },
  memberships_pk: { status: 409, code: "errors.alreadyMember", message: "Already a member" },
  network_memberships_pk: { status: 409, code: "errors.alreadyInNetwork", message: "Already in this network" },
  group_members_pk: {
    status: 409,
    code: "errors.alreadyInGroup",
    message: "Already in this group",
    path: "json.personId",
  },
};

type PgErrorShape = { code?: string; constraint?: string; cause?: unknown };

/** Translates a database error into an AppError, or returns undefined when it is a real fault. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pgError = findPgError(error);
  if (!pgError) return undefined;
  const known = pgError.constraint ? constraintErrors[pgError.constraint] : undefined;
  if (known) {
    const fields = known.path ? [{ path: known.path, code: known.code, message: known.message }] : [];
    return new AppError(known.status, known.code, known.message, fields);
  }
  switch (pgError.code) {
    case "23505":
      return new Conflict("errors.duplicate", "This record already exists");
    case "23503":
      return new NotFound("referenced record");
    case "23514":
    case "22P02":
    case "22007":
    case "22008":
    case "22003":
    case "22001":
    // A NUL character in text (22021) or in JSON text (22P05) cannot be stored by PostgreSQL.
    case "22021":
    case "22P05":
      return new ValidationFailed([], "A value is out of range or malformed");
    default:
      return undefined;
  }
}

function findPgError(error: unknown): PgErrorShape | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const candidate = current as PgErrorShape;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Hono refuses a body that is not JSON (400) or not sent as JSON (415) before zod sees it. */
export function fromHttpException(error: unknown): AppError | undefined {
  if (!(error instanceof HTTPException) || error.status < 400 || error.status >= 500) return undefined;
  const aboutTheBody = error.status === 400 || error.status === 415;
  const fields = aboutTheBody ? [{ path: "json", code: "errors.invalid_format", message: error.message }] : [];
  return new AppError(error.status as AppError["status"], "errors.validation", error.message, fields);
}
