/**
 * Editing a whole series: its details, start time and length. Future occurrences not changed on their own follow;
 * past ones stay as they were.
 */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { ErrorBanner, FormActions, TextInput } from "../../ui/controls.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useFieldProblems } from "../programs/field-problems.ts";
import { detailValues, draftOf, type EventDetailsDraft } from "./event-draft.ts";
import { EventDetailsFields } from "./event-form.tsx";
import { type EventItem, useEditSeries } from "./use-event-queries.ts";

type Series = { id: string; timeZone: string; durationMinutes: number; occurrences: EventItem[] };
type SeriesDraft = EventDetailsDraft & { startTime: string; durationMinutes: number | null };

/** "18:00": the occurrence's start on the series' clock, as a time input shows it. */
function localStartTime(startsAt: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(new Date(startsAt));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "00";
  return `${part("hour")}:${part("minute")}`;
}

/** The series as its next occurrence that still follows it shows it (or its first one). */
function initialDraft(series: Series): SeriesDraft {
  const now = Date.now();
  const template =
    series.occurrences.find((event) => !event.detachedFromSeries && Date.parse(event.startsAt) > now) ??
    series.occurrences[0];
  return {
    ...draftOf(template),
    startTime: localStartTime(template.startsAt, series.timeZone),
    durationMinutes: series.durationMinutes,
  };
}

export function SeriesEditForm({ orgId, series, onDone }: { orgId: string; series: Series; onDone: () => void }) {
  const t = useT();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(() => initialDraft(series));
  const edit = useEditSeries(orgId, series.id);
  const values = { ...detailValues(draft), startTime: draft.startTime, durationMinutes: draft.durationMinutes ?? 0 };
  const problemAt = useFieldProblems({ error: edit.error, sent: edit.variables }, values);
  const change = (patch: Partial<SeriesDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <ServerValidatedForm onSubmit={() => edit.mutate(values, { onSuccess: onDone })} className="flex flex-col gap-6">
      <ErrorBanner>{problemText(edit.error)}</ErrorBanner>
      <EventDetailsFields orgId={orgId} draft={draft} change={change} problemAt={problemAt}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput
            type="time"
            label={t("events.form.startTime")}
            value={draft.startTime}
            onChange={(startTime) => change({ startTime })}
            description={t("events.form.startTimeHint", { timeZone: series.timeZone })}
            error={problemAt("startTime")}
            isRequired
          />
          <NumberInput
            label={t("events.form.durationMinutes")}
            value={draft.durationMinutes}
            onChange={(durationMinutes) => change({ durationMinutes })}
            minValue={1}
            error={problemAt("durationMinutes")}
            isRequired
          />
        </div>
      </EventDetailsFields>
      <FormActions
        submitLabel={t("events.form.save")}
        cancelLabel={t("events.form.cancel")}
        onCancel={onDone}
        isPending={edit.isPending}
      />
    </ServerValidatedForm>
  );
}
