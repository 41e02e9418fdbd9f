/** Creating or editing a program: its kind, multilingual name and description, default seats and commitment. */
import { useState } from "react";
import { useT } from "../../i18n/i18n.tsx";
import { ErrorBanner, FormActions, SelectInput } from "../../ui/controls.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useFieldProblems } from "./field-problems.ts";
import { type ProgramType, programTypes } from "./program-options.ts";
import { type ProgramDetail, useSaveProgram } from "./use-program-queries.ts";

type ProgramDraft = {
  type: ProgramType;
  name: LocalizedDraft;
  description: LocalizedDraft;
  defaultCapacity: number | null;
  commitmentHours: number | null;
};

function draftOf(program?: ProgramDetail): ProgramDraft {
  return {
    type: program?.type ?? "fellowship",
    name: program?.name ?? {},
    description: program?.description ?? {},
    defaultCapacity: program?.defaultCapacity ?? null,
    commitmentHours: program?.commitmentHours ?? null,
  };
}

export function ProgramForm({
  orgId,
  program,
  onSaved,
  onCancel,
}: {
  orgId: string;
  program?: ProgramDetail;
  onSaved: (programId: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(() => draftOf(program));
  const save = useSaveProgram(orgId, program?.id);
  const values = { ...draft, name: withoutBlanks(draft.name), description: withoutBlanks(draft.description) };
  const problemAt = useFieldProblems({ error: save.error, sent: save.variables }, values);
  const change = (patch: Partial<ProgramDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = () => {
    save.mutate(values, { onSuccess: (saved) => onSaved(saved.id) });
  };
  return (
    <ServerValidatedForm onSubmit={submit} className="flex flex-col gap-5">
      <ErrorBanner>{problemText(save.error)}</ErrorBanner>
      <SelectInput
        label={t("programs.form.type")}
        options={programTypes.map((type) => ({ id: type, label: t(`programs.type.${type}`) }))}
        value={draft.type}
        onChange={(type) => change({ type: type as ProgramType })}
        error={problemAt("type")}
        className="max-w-xs"
      />
      <LocalizedTextFields
        label={t("programs.form.name")}
        value={draft.name}
        onChange={(name) => change({ name })}
        error={problemAt("name")}
      />
      <LocalizedTextFields
        label={t("programs.form.description")}
        value={draft.description}
        onChange={(description) => change({ description })}
        error={problemAt("description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberInput
          label={t("programs.form.defaultCapacity")}
          description={t("programs.form.defaultCapacityHint")}
          value={draft.defaultCapacity}
          onChange={(defaultCapacity) => change({ defaultCapacity })}
          minValue={1}
          error={problemAt("defaultCapacity")}
        />
        <NumberInput
          label={t("programs.form.commitmentHours")}
          description={t("programs.form.commitmentHoursHint")}
          value={draft.commitmentHours}
          onChange={(commitmentHours) => change({ commitmentHours })}
          minValue={0}
          error={problemAt("commitmentHours")}
        />
      </div>
      <FormActions
        submitLabel={program ? t("programs.saveChanges") : t("programs.form.create")}
        cancelLabel={t("programs.cancel")}
        onCancel={onCancel}
        isPending={save.isPending}
      />
    </ServerValidatedForm>
  );
}
