/**
 * Planning or editing an event: kind, multilingual title and description, time in its zone, venue or link, program
 * and cohort, the course module it delivers, sectors, registration and capacity; a new event may repeat weekly.
 */
import { type ReactNode, useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { CheckboxField, CheckboxGroupField, RadioGroupField } from "../../ui/choice-fields.tsx";
import { ErrorBanner, FormActions, SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { DateInputField, DateTimeInputField } from "../../ui/date-fields.tsx";
import { LocalizedTextFields } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useFieldProblems } from "../programs/field-problems.ts";
import { usePrograms } from "../programs/use-program-queries.ts";
import {
  type EventDetailsDraft,
  type EventDraft,
  eventValues,
  registrationModes,
  sectorKeys,
  seriesValues,
} from "./event-draft.ts";
import { useKindName } from "./event-format.ts";
import {
  useCohortsOf,
  useCreateSeries,
  useDeliverableModules,
  useEventKinds,
  useSaveEvent,
} from "./use-event-queries.ts";

type EventFormProps = {
  orgId: string;
  /** Given when editing one event (or one occurrence); a new event is planned otherwise. */
  eventId?: string;
  initial: EventDraft;
  onSaved: (saved: { eventId?: string; seriesId?: string }) => void;
  onCancel: () => void;
};

const none = "none";

export function EventForm({ orgId, eventId, initial, onSaved, onCancel }: EventFormProps) {
  const t = useT();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(initial);
  const save = useSaveEvent(orgId, eventId);
  const createSeries = useCreateSeries(orgId);
  const asSeries = !eventId && draft.repeatsWeekly;
  const mutation = asSeries ? createSeries : save;
  const values = asSeries ? seriesValues(draft) : eventValues(draft);
  const problemAt = useFieldProblems({ error: mutation.error, sent: mutation.variables }, values);
  const change = (patch: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () => {
    if (asSeries) {
      createSeries.mutate(seriesValues(draft), { onSuccess: (series) => onSaved({ seriesId: series.id }) });
    } else {
      save.mutate(eventValues(draft), { onSuccess: (event) => onSaved({ eventId: event.id }) });
    }
  };
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-6">
      <ErrorBanner>{problemText(mutation.error)}</ErrorBanner>
      <EventDetailsFields orgId={orgId} draft={draft} change={change} problemAt={problemAt}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput
            label={t("events.form.timeZone")}
            value={draft.timeZone}
            onChange={(timeZone) => change({ timeZone })}
            error={problemAt("timeZone")}
            description={t("events.form.timeZoneHint")}
            dir="ltr"
            isRequired
          />
          <DateTimeInputField
            label={t("events.form.startsAt")}
            value={draft.startsAt}
            onChange={(startsAt) => change({ startsAt })}
            timeZone={draft.timeZone}
            error={problemAt("startsAt")}
            isRequired
          />
          <DateTimeInputField
            label={t("events.form.endsAt")}
            value={draft.endsAt}
            onChange={(endsAt) => change({ endsAt })}
            timeZone={draft.timeZone}
            error={problemAt("endsAt")}
            isRequired
          />
        </div>
        {!eventId && (
          <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
            <CheckboxField isSelected={draft.repeatsWeekly} onChange={(repeatsWeekly) => change({ repeatsWeekly })}>
              {t("events.form.repeatsWeekly")}
            </CheckboxField>
            {draft.repeatsWeekly && (
              <DateInputField
                label={t("events.form.repeatUntil")}
                value={draft.repeatUntil}
                onChange={(repeatUntil) => change({ repeatUntil })}
                error={problemAt("rule")}
                description={t("events.form.repeatUntilHint")}
                className="sm:max-w-xs"
                isRequired
              />
            )}
          </div>
        )}
      </EventDetailsFields>
      <FormActions
        submitLabel={eventId ? t("events.form.save") : t("events.form.create")}
        cancelLabel={t("events.form.cancel")}
        onCancel={onCancel}
        isPending={mutation.isPending}
      />
    </ServerValidatedForm>
  );
}

type DetailsProps = {
  orgId: string;
  draft: EventDetailsDraft;
  change: (patch: Partial<EventDetailsDraft>) => void;
  problemAt: (path: string) => string | undefined;
  /** When it happens, between what the event is and where it is. */
  children: ReactNode;
};

/** What an event is, where and for whom: the same fields for one event and for a whole series. */
export function EventDetailsFields({ orgId, draft, change, problemAt, children }: DetailsProps) {
  const t = useT();
  return (
    <>
      <KindSelect orgId={orgId} value={draft.kind} onChange={(kind) => change({ kind })} error={problemAt("kind")} />
      <LocalizedTextFields
        label={t("events.form.title")}
        value={draft.title}
        onChange={(title) => change({ title })}
        error={problemAt("title")}
      />
      <LocalizedTextFields
        label={t("events.form.description")}
        value={draft.description}
        onChange={(description) => change({ description })}
        error={problemAt("description")}
      />
      {children}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label={t("events.form.venueName")}
          value={draft.venueName}
          onChange={(venueName) => change({ venueName })}
          error={problemAt("venueName")}
        />
        <TextInput
          label={t("events.form.city")}
          value={draft.city}
          onChange={(city) => change({ city })}
          error={problemAt("city")}
        />
        <CountryField
          label={t("events.form.country")}
          value={draft.country}
          onChange={(country) => change({ country })}
          error={problemAt("country")}
        />
        <TextInput
          label={t("events.form.onlineUrl")}
          type="url"
          value={draft.onlineUrl}
          onChange={(onlineUrl) => change({ onlineUrl })}
          error={problemAt("onlineUrl")}
          dir="ltr"
        />
      </div>
      <ProgramFields orgId={orgId} draft={draft} change={change} problemAt={problemAt} />
      <CheckboxGroupField
        label={t("events.form.sectors")}
        options={sectorKeys.map((sector) => ({ id: sector, label: t(`events.sector.${sector}`) }))}
        value={draft.sectors}
        onChange={(sectors) => change({ sectors })}
        error={problemAt("sectors")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <RadioGroupField
          label={t("events.form.registration")}
          options={registrationModes.map((mode) => ({ id: mode, label: t(`events.registration.${mode}`) }))}
          value={draft.registration}
          onChange={(registration) => change({ registration: registration as EventDetailsDraft["registration"] })}
          error={problemAt("registration")}
        />
        <div className="flex flex-col gap-4">
          <NumberInput
            label={t("events.form.capacity")}
            value={draft.capacity}
            onChange={(capacity) => change({ capacity })}
            minValue={1}
            description={t("events.form.capacityHint")}
            error={problemAt("capacity")}
          />
          <CheckboxField isSelected={draft.isPublic} onChange={(isPublic) => change({ isPublic })}>
            {t("events.form.isPublic")}
          </CheckboxField>
        </div>
      </div>
    </>
  );
}

function KindSelect({
  orgId,
  value,
  onChange,
  error,
}: {
  orgId: string;
  value: string;
  onChange: (kind: string) => void;
  error?: string;
}) {
  const t = useT();
  const kinds = useEventKinds(orgId);
  const kindName = useKindName(kinds.data);
  return (
    <SelectInput
      label={t("events.form.kind")}
      options={(kinds.data ?? []).map((kind) => ({ id: kind.key, label: kindName(kind.key) }))}
      value={value}
      onChange={onChange}
      error={error}
      className="sm:max-w-sm"
      isRequired
    />
  );
}

function ProgramFields({
  orgId,
  draft,
  change,
  problemAt,
}: {
  orgId: string;
  draft: EventDetailsDraft;
  change: (patch: Partial<EventDetailsDraft>) => void;
  problemAt: (path: string) => string | undefined;
}) {
  const t = useT();
  const format = useFormat();
  const programs = usePrograms(orgId);
  const cohorts = useCohortsOf(orgId, draft.programId);
  const modules = useDeliverableModules(orgId);
  const noneOption = { id: none, label: t("events.form.none") };
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectInput
        label={t("events.form.program")}
        options={[
          noneOption,
          ...(programs.data ?? []).map((option) => ({ id: option.id, label: format.text(option.name) })),
        ]}
        value={draft.programId ?? none}
        onChange={(programId) => change({ programId: programId === none ? null : programId, cohortId: null })}
        error={problemAt("programId")}
      />
      <SelectInput
        label={t("events.form.cohort")}
        options={[
          noneOption,
          ...(cohorts.data ?? []).map((cohort) => ({
            id: cohort.id,
            label: format.text(cohort.name),
          })),
        ]}
        value={draft.cohortId ?? none}
        onChange={(cohortId) => change({ cohortId: cohortId === none ? null : cohortId })}
        error={problemAt("cohortId")}
      />
      <SelectInput
        label={t("events.form.courseModule")}
        options={[
          noneOption,
          ...(modules.data ?? []).map((module) => ({
            id: module.id,
            label: t("events.form.moduleOption", {
              course: format.text(module.courseTitle),
              position: module.position,
              module: format.text(module.title),
            }),
          })),
        ]}
        value={draft.courseModuleId ?? none}
        onChange={(courseModuleId) => change({ courseModuleId: courseModuleId === none ? null : courseModuleId })}
        error={problemAt("courseModuleId")}
      />
    </div>
  );
}
