/** Whether a cohort is upcoming, running or over, as a coloured badge. */
import { useT } from "../../i18n/i18n.tsx";
import { Badge } from "../../ui/layout.tsx";
import { type DateSpan, type SpanState, stateOn } from "./timeline-layout.ts";

const tones = { upcoming: "amber", current: "green", done: "slate" } as const satisfies Record<SpanState, string>;

export function CohortStateBadge({ cohort, today }: { cohort: DateSpan; today: string }) {
  const t = useT();
  const state = stateOn(cohort, today);
  return <Badge tone={tones[state]}>{t(`cohorts.state.${state}`)}</Badge>;
}
