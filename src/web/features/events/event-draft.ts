/** The event form's state, and what it sends: one event, or the first occurrence of a weekly series. */
import type { LocalizedDraft } from "../../ui/localized-text-fields.tsx";
import { withoutBlanks } from "../../ui/localized-text-fields.tsx";
import type { EventItem, EventValues, SeriesValues } from "./use-event-queries.ts";

export const registrationModes = ["open", "invite_only", "none"] as const;
export const sectorKeys = ["civil_society", "government", "private_sector", "media", "academia"] as const;

/** What an event is, where and for whom: edited alike for one event and for a whole series. */
export type EventDetailsDraft = {
  kind: string;
  title: LocalizedDraft;
  description: LocalizedDraft;
  venueName: string;
  city: string;
  country: string | null;
  onlineUrl: string;
  programId: string | null;
  cohortId: string | null;
  courseModuleId: string | null;
  sectors: string[];
  registration: (typeof registrationModes)[number];
  capacity: number | null;
  isPublic: boolean;
};

export type EventDraft = EventDetailsDraft & {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  repeatsWeekly: boolean;
  /** yyyy-mm-dd: the last day a weekly series may fall on. */
  repeatUntil: string;
};

export function emptyEventDraft(timeZone: string): EventDraft {
  return {
    kind: "seminar",
    title: {},
    description: {},
    startsAt: "",
    endsAt: "",
    timeZone,
    venueName: "",
    city: "",
    country: null,
    onlineUrl: "",
    programId: null,
    cohortId: null,
    courseModuleId: null,
    sectors: [],
    registration: "open",
    capacity: null,
    isPublic: false,
    repeatsWeekly: false,
    repeatUntil: "",
  };
}

export function draftOf(event: EventItem): EventDraft {
  return {
    ...emptyEventDraft(event.timeZone),
    kind: event.kind,
    title: event.title,
    description: event.description ?? {},
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    venueName: event.venueName ?? "",
    city: event.city ?? "",
    country: event.country,
    onlineUrl: event.onlineUrl ?? "",
    programId: event.programId,
    cohortId: event.cohortId,
    courseModuleId: event.courseModuleId,
    sectors: event.sectors,
    registration: event.registration,
    capacity: event.capacity,
    isPublic: event.isPublic,
  };
}

const blankToNull = (text: string) => text.trim() || null;

export function detailValues(draft: EventDetailsDraft) {
  return {
    kind: draft.kind,
    title: withoutBlanks(draft.title),
    description: withoutBlanks(draft.description),
    venueName: blankToNull(draft.venueName),
    city: blankToNull(draft.city),
    country: draft.country,
    onlineUrl: blankToNull(draft.onlineUrl),
    programId: draft.programId,
    cohortId: draft.cohortId,
    courseModuleId: draft.courseModuleId,
    sectors: draft.sectors as EventValues["sectors"],
    registration: draft.registration,
    capacity: draft.capacity,
    isPublic: draft.isPublic,
  };
}

export function eventValues(draft: EventDraft): EventValues {
  return { ...detailValues(draft), startsAt: draft.startsAt, endsAt: draft.endsAt, timeZone: draft.timeZone.trim() };
}

/** "Repeats weekly until 31 July" as an RFC 5545 rule; UNTIL is local time, so the whole last day counts. */
export function seriesValues(draft: EventDraft): SeriesValues {
  return { ...eventValues(draft), rule: `FREQ=WEEKLY;UNTIL=${draft.repeatUntil.replaceAll("-", "")}T235959` };
}
