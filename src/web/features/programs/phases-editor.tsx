/** The cohort's phases in order: each named in the viewer's language (other translations kept), with its dates. */

import { directionOf, localeNames } from "../../../shared/i18n/locales.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { Button, TextInput } from "../../ui/controls.tsx";
import { movedInList, RowOrderActions } from "../../ui/row-order-actions.tsx";
import { newPhase, type PhaseDraft } from "./cohort-draft.ts";
import type { FieldProblems } from "./field-problems.ts";

type PhasesEditorProps = {
  phases: PhaseDraft[];
  onChange: (phases: PhaseDraft[]) => void;
  cohortStartsOn: string;
  problemAt: FieldProblems;
};

export function PhasesEditor({ phases, onChange, cohortStartsOn, problemAt }: PhasesEditorProps) {
  const t = useT();
  const replace = (index: number, patch: Partial<PhaseDraft>) =>
    onChange(phases.map((phase, at) => (at === index ? { ...phase, ...patch } : phase)));
  return (
    <div className="flex flex-col gap-3">
      {phases.length > 0 && (
        <ol className="flex flex-col gap-3">
          {phases.map((phase, index) => (
            <li
              key={phase.key}
              className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[2rem_minmax(0,1fr)_10rem_10rem_auto] sm:items-start"
            >
              <span aria-hidden="true" className="font-semibold text-slate-500 tabular-nums sm:pt-8">
                {index + 1}
              </span>
              <PhaseNameInput
                phase={phase}
                onChange={(name) => replace(index, { name })}
                error={problemAt(`phases.${index}.name`)}
              />
              <TextInput
                type="date"
                label={t("cohorts.phase.startsOn")}
                value={phase.startsOn}
                onChange={(startsOn) => replace(index, { startsOn })}
                error={problemAt(`phases.${index}.startsOn`)}
                isRequired
              />
              <TextInput
                type="date"
                label={t("cohorts.phase.endsOn")}
                value={phase.endsOn}
                onChange={(endsOn) => replace(index, { endsOn })}
                error={problemAt(`phases.${index}.endsOn`)}
                isRequired
              />
              <RowOrderActions
                className="sm:pt-6"
                index={index}
                count={phases.length}
                labels={{
                  up: t("cohorts.phase.moveUp", { number: index + 1 }),
                  down: t("cohorts.phase.moveDown", { number: index + 1 }),
                  remove: t("cohorts.phase.remove", { number: index + 1 }),
                }}
                onMove={(by) => onChange(movedInList(phases, index, by))}
                onRemove={() => onChange(phases.filter((_, at) => at !== index))}
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button variant="secondary" onPress={() => onChange([...phases, newPhase(phases, cohortStartsOn)])}>
          {t("cohorts.phase.add")}
        </Button>
      </div>
    </div>
  );
}

/** One input in the viewer's language; the phase's names in other languages stay as they are and are shown below it. */
function PhaseNameInput({
  phase,
  onChange,
  error,
}: {
  phase: PhaseDraft;
  onChange: (name: PhaseDraft["name"]) => void;
  error?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const otherNames = Object.entries(phase.name)
    .filter(([other, text]) => other !== locale && text)
    .map(([, text]) => text)
    .join(" · ");
  return (
    <TextInput
      label={t("cohorts.phase.name", { language: localeNames[locale] })}
      value={phase.name[locale] ?? ""}
      onChange={(text) => onChange({ ...phase.name, [locale]: text })}
      description={otherNames || undefined}
      error={error}
      dir={directionOf(locale)}
    />
  );
}
