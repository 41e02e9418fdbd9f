/** The cohort's phases as a bar proportional to their length, with today marked, and the same as an ordered list. */
import { useIntl } from "react-intl";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Badge, EmptyState } from "../../ui/layout.tsx";
import { isolate } from "./bidi-isolate.ts";
import { daysBetween, layOutTimeline, monthTicks, type SpanState, stateOn } from "./timeline-layout.ts";
import type { Cohort } from "./use-program-queries.ts";

const laneHeightRem = 2.5;

const segmentTones: Record<SpanState, string> = {
  done: "bg-brand-100 text-brand-800",
  current: "bg-brand-600 text-white ring-2 ring-brand-800",
  upcoming: "bg-white text-slate-700 border border-dashed border-slate-400",
};

const badgeTones = { done: "slate", current: "green", upcoming: "amber" } as const satisfies Record<SpanState, string>;

type TimelineProps = { cohort: Cohort; today: string; organizationLocale?: string };

export function CohortTimeline({ cohort, today, organizationLocale }: TimelineProps) {
  const t = useT();
  const format = useFormat();
  const { segments } = layOutTimeline(cohort, cohort.phases, today);
  return (
    <div className="flex flex-col gap-4">
      <TimelineStatus cohort={cohort} today={today} organizationLocale={organizationLocale} />
      {cohort.phases.length === 0 ? (
        <EmptyState>{t("cohorts.timeline.noPhases")}</EmptyState>
      ) : (
        <>
          <TimelineBar cohort={cohort} today={today} organizationLocale={organizationLocale} />
          <ol className="grid gap-2 sm:grid-cols-2 xl:grid-cols-3">
            {segments.map(({ phase, state }, index) => (
              <li
                key={phase.id}
                aria-current={state === "current" ? "step" : undefined}
                className={`flex gap-3 rounded-md border p-3 ${state === "current" ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}
              >
                <span aria-hidden="true" className="font-semibold text-slate-500 tabular-nums">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{format.text(phase.name, organizationLocale)}</p>
                  <p className="text-sm text-slate-600">
                    {t("cohorts.dateRange", { start: format.date(phase.startsOn), end: format.date(phase.endsOn) })}
                  </p>
                </div>
                <span>
                  <Badge tone={badgeTones[state]}>{t(`cohorts.phaseState.${state}`)}</Badge>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** One sentence on where the cohort stands today; the list below carries the rest for screen readers. */
function TimelineStatus({ cohort, today, organizationLocale }: TimelineProps) {
  const t = useT();
  const format = useFormat();
  const state = stateOn(cohort, today);
  if (state === "upcoming")
    return <p>{t("cohorts.timeline.startsIn", { count: daysBetween(today, cohort.startsOn) })}</p>;
  if (state === "done") return <p>{t("cohorts.timeline.ended", { date: format.date(cohort.endsOn) })}</p>;
  const day = t("cohorts.timeline.day", {
    day: daysBetween(cohort.startsOn, today) + 1,
    total: daysBetween(cohort.startsOn, cohort.endsOn) + 1,
  });
  if (cohort.phases.length === 0) return <p>{day}</p>;
  const current = cohort.phases
    .filter((phase) => stateOn(phase, today) === "current")
    .map((phase) => isolate(format.text(phase.name, organizationLocale)));
  return (
    <p>
      {day}{" "}
      {current.length > 0
        ? t("cohorts.timeline.currentPhase", { phase: current.join(", ") })
        : t("cohorts.timeline.betweenPhases")}
    </p>
  );
}

/** Drawn from the start edge (right in Hebrew); hidden from screen readers, which get the list instead. */
function TimelineBar({ cohort, today, organizationLocale }: TimelineProps) {
  const t = useT();
  const intl = useIntl();
  const format = useFormat();
  const { segments, lanes, todayOffset } = layOutTimeline(cohort, cohort.phases, today);
  const month = (isoDate: string) => intl.formatDate(`${isoDate}T12:00:00Z`, { month: "short", timeZone: "UTC" });
  return (
    <div aria-hidden="true" className="pt-6">
      <div className="relative rounded bg-slate-100" style={{ height: `${lanes * laneHeightRem}rem` }}>
        {segments.map(({ phase, state, offset, width, lane }, index) => (
          <div
            key={phase.id}
            title={format.text(phase.name, organizationLocale)}
            className={`absolute flex h-8 items-center overflow-hidden rounded px-2 text-xs font-medium ${segmentTones[state]}`}
            style={{ insetInlineStart: `${offset}%`, width: `${width}%`, top: `${lane * laneHeightRem + 0.25}rem` }}
          >
            <span className="truncate">
              {index + 1}. <bdi>{format.text(phase.name, organizationLocale)}</bdi>
            </span>
          </div>
        ))}
        {todayOffset !== null && (
          // Centred on its day: translation is physical, so it flips sign in right-to-left pages.
          <div
            className="absolute -top-6 bottom-0 flex -translate-x-1/2 flex-col items-center rtl:translate-x-1/2"
            style={{ insetInlineStart: `${todayOffset}%` }}
          >
            <span className="rounded bg-red-600 px-1.5 text-xs font-semibold text-white">
              {t("cohorts.timeline.today")}
            </span>
            <span className="w-0.5 flex-1 bg-red-600" />
          </div>
        )}
      </div>
      <div className="relative mt-1 h-5 text-xs text-slate-500">
        {monthTicks(cohort).map((tick) => (
          <span
            key={tick.date}
            className="absolute border-s border-slate-300 ps-1"
            style={{ insetInlineStart: `${tick.offset}%` }}
          >
            {month(tick.date)}
          </span>
        ))}
      </div>
    </div>
  );
}
