/** Where a cohort's phases sit on its timeline and which are under way on a given calendar day (yyyy-mm-dd). */
export type DateSpan = { startsOn: string; endsOn: string };
export type SpanState = "done" | "current" | "upcoming";

const dayMs = 86_400_000;

function dayNumber(isoDate: string) {
  return Date.parse(`${isoDate}T00:00:00Z`) / dayMs;
}

export function daysBetween(from: string, to: string) {
  return Math.round(dayNumber(to) - dayNumber(from));
}

export function addDays(isoDate: string, days: number) {
  return new Date((dayNumber(isoDate) + days) * dayMs).toISOString().slice(0, 10);
}

/** The calendar date of `instant` in `timeZone`, which may differ from the viewer's own date. */
export function dateIn(timeZone: string, instant: Date) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A span (phase or whole cohort) is done after its last day and current from its first to its last day. */
export function stateOn(span: DateSpan, today: string): SpanState {
  if (span.endsOn < today) return "done";
  if (span.startsOn > today) return "upcoming";
  return "current";
}

type TimelineSegment<P extends DateSpan> = {
  phase: P;
  state: SpanState;
  /** Percentages of the cohort's length, measured from its start edge. */
  offset: number;
  width: number;
  /** Overlapping phases go on separate lanes so none hides another. */
  lane: number;
};

/** The percentage of the cohort's length that `days` from its start cover, kept within the bar. */
function shareOf(cohort: DateSpan) {
  const length = daysBetween(cohort.startsOn, cohort.endsOn) + 1;
  return (days: number) => Math.min(100, Math.max(0, (days / length) * 100));
}

/** Phases (in start order) placed proportionally within the cohort; `todayOffset` is null outside the cohort. */
export function layOutTimeline<P extends DateSpan>(cohort: DateSpan, phases: P[], today: string) {
  const share = shareOf(cohort);
  const laneEnds: string[] = [];
  const segments: TimelineSegment<P>[] = phases.map((phase) => {
    const free = laneEnds.findIndex((end) => end < phase.startsOn);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = phase.endsOn;
    return {
      phase,
      state: stateOn(phase, today),
      offset: share(daysBetween(cohort.startsOn, phase.startsOn)),
      width: share(daysBetween(phase.startsOn, phase.endsOn) + 1),
      lane,
    };
  });
  const todayOffset = stateOn(cohort, today) === "current" ? share(daysBetween(cohort.startsOn, today) + 0.5) : null;
  return { segments, lanes: Math.max(1, laneEnds.length), todayOffset };
}

/** The first days of months inside the cohort, as axis marks; a long cohort gets every second (third …) month. */
export function monthTicks(cohort: DateSpan, most = 12) {
  const share = shareOf(cohort);
  const firsts: string[] = [];
  const month = new Date(`${cohort.startsOn.slice(0, 7)}-01T00:00:00Z`);
  if (month.toISOString().slice(0, 10) < cohort.startsOn) month.setUTCMonth(month.getUTCMonth() + 1);
  for (; month.toISOString().slice(0, 10) <= cohort.endsOn; month.setUTCMonth(month.getUTCMonth() + 1)) {
    firsts.push(month.toISOString().slice(0, 10));
  }
  const step = Math.ceil(firsts.length / most);
  return firsts
    .filter((_, index) => index % step === 0)
    .map((date) => ({ date, offset: share(daysBetween(cohort.startsOn, date)) }));
}
