/** Opening or editing a cohort: name, dates, seats, commitment, phases and budget lines. */
import { type ReactNode, useId, useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ErrorBanner, FormActions, TextInput } from "../../ui/controls.tsx";
import { LocalizedTextFields } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { BudgetLinesEditor } from "./budget-lines-editor.tsx";
import { type CohortDraft, cohortValues } from "./cohort-draft.ts";
import { useFieldProblems } from "./field-problems.ts";
import { PhasesEditor } from "./phases-editor.tsx";
import { useSaveCohort } from "./use-program-queries.ts";

type CohortFormProps = {
  orgId: string;
  programId: string;
  /** Given when editing; a new cohort is opened otherwise. */
  cohortId?: string;
  initial: CohortDraft;
  onSaved: (cohortId: string) => void;
  onCancel: () => void;
};

export function CohortForm({ orgId, programId, cohortId, initial, onSaved, onCancel }: CohortFormProps) {
  const t = useT();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const [draft, setDraft] = useState(initial);
  const save = useSaveCohort(orgId, cohortId);
  const values = cohortValues(draft, programId);
  const problemAt = useFieldProblems({ error: save.error, sent: save.variables }, values);
  const change = (patch: Partial<CohortDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () => {
    save.mutate(values, { onSuccess: (cohort) => onSaved(cohort.id) });
  };
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-6">
      <ErrorBanner>{problemText(save.error)}</ErrorBanner>
      <LocalizedTextFields
        label={t("cohorts.form.name")}
        value={draft.name}
        onChange={(name) => change({ name })}
        error={problemAt("name")}
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextInput
          type="date"
          label={t("cohorts.form.startsOn")}
          value={draft.startsOn}
          onChange={(startsOn) => change({ startsOn })}
          error={problemAt("startsOn")}
          isRequired
        />
        <TextInput
          type="date"
          label={t("cohorts.form.endsOn")}
          value={draft.endsOn}
          onChange={(endsOn) => change({ endsOn })}
          error={problemAt("endsOn")}
          isRequired
        />
        <NumberInput
          label={t("cohorts.form.capacity")}
          value={draft.capacity}
          onChange={(capacity) => change({ capacity })}
          minValue={1}
          error={problemAt("capacity")}
          isRequired
        />
        <NumberInput
          label={t("cohorts.form.commitmentHours")}
          value={draft.commitmentHours}
          onChange={(commitmentHours) => change({ commitmentHours })}
          minValue={0}
          error={problemAt("commitmentHours")}
        />
      </div>
      <FormSection title={t("cohorts.form.phases")} hint={t("cohorts.form.phasesHint")} error={problemAt("phases")}>
        <PhasesEditor
          phases={draft.phases}
          onChange={(phases) => change({ phases })}
          cohortStartsOn={draft.startsOn}
          problemAt={problemAt}
        />
      </FormSection>
      <FormSection title={t("cohorts.form.budget")} hint={t("cohorts.form.budgetHint")}>
        <BudgetLinesEditor
          lines={draft.budgetLines}
          onChange={(budgetLines) => change({ budgetLines })}
          defaultCurrency={membership?.currency ?? ""}
          problemAt={problemAt}
        />
      </FormSection>
      <FormActions
        submitLabel={cohortId ? t("programs.saveChanges") : t("cohorts.form.create")}
        cancelLabel={t("programs.cancel")}
        onCancel={onCancel}
        isPending={save.isPending}
      />
    </ServerValidatedForm>
  );
}

/** A titled part of the form; the title and hint name the group of inputs for screen readers. */
function FormSection({
  title,
  hint,
  error,
  children,
}: {
  title: string;
  hint: string;
  error?: string;
  children: ReactNode;
}) {
  const hintId = useId();
  return (
    <div className="border-t border-slate-200 pt-4">
      <fieldset aria-describedby={hintId} className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold text-slate-900">{title}</legend>
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
        {error && (
          <p role="alert" className="text-xs text-red-700">
            {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}
