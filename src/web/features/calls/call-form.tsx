/** Drafting or editing a call: its cohort, title and description, when it opens and closes, and its application form. */
import { type ReactNode, useState } from "react";
import { directionOf, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ErrorBanner, FormActions, SelectInput, TextInput } from "../../ui/controls.tsx";
import { DateTimeInputField } from "../../ui/date-fields.tsx";
import { LocalizedTextFields } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { useFieldProblems } from "../programs/field-problems.ts";
import { type ApplicantKind, applicantKinds, type CallDraft, callValues, decisions, noCohort } from "./call-draft.ts";
import { FormBuilder } from "./form-builder.tsx";
import { useCohortOptions, useSaveCall } from "./use-call-queries.ts";

type CallFormProps = {
  orgId: string;
  /** Given when editing; a new call is drafted otherwise. */
  callId?: string;
  initial: CallDraft;
  onSaved: (callId: string) => void;
  onCancel: () => void;
};

export function CallForm({ orgId, callId, initial, onSaved, onCancel }: CallFormProps) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const timeZone = membership?.timeZone ?? "UTC";
  const cohorts = useCohortOptions(orgId);
  const [draft, setDraft] = useState(initial);
  const save = useSaveCall(orgId, callId);
  const values = callValues(draft);
  const problemAt = useFieldProblems({ error: save.error, sent: save.variables }, values);
  const change = (patch: Partial<CallDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const cohortOptions = cohorts.programs.flatMap((program) =>
    program.cohorts.map((cohort) => ({
      id: cohort.id,
      label: format.text(cohort.name, membership?.defaultLocale),
      description: format.text(program.name, membership?.defaultLocale),
    })),
  );
  const zoneHint = t("calls.form.timeZoneHint", { timeZone });
  return (
    <ServerValidatedForm
      onSubmit={() => save.mutate(values, { onSuccess: (call) => onSaved(call.id) })}
      className="flex flex-col gap-6"
    >
      <ErrorBanner>{problemText(save.error) ?? problemText(cohorts.error)}</ErrorBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          label={t("calls.form.cohort")}
          options={[
            ...cohortOptions,
            { id: noCohort, label: t("calls.form.noCohort"), description: t("calls.form.noCohortHint") },
          ]}
          value={draft.cohortId || null}
          onChange={(cohortId) => change({ cohortId })}
          error={problemAt("cohortId")}
          isRequired
        />
        <SelectInput
          label={t("calls.form.applicantKind")}
          options={applicantKinds.map((kind) => ({ id: kind, label: t(`calls.applicantKind.${kind}`) }))}
          value={draft.applicantKind}
          onChange={(kind) => change({ applicantKind: kind as ApplicantKind })}
          error={problemAt("applicantKind")}
        />
      </div>
      {!cohorts.isPending && cohortOptions.length === 0 && (
        <p className="text-sm text-amber-800">{t("calls.form.noCohorts")}</p>
      )}
      <LocalizedTextFields
        label={t("calls.form.title")}
        value={draft.title}
        onChange={(title) => change({ title })}
        error={problemAt("title")}
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">{t("calls.form.description")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {locales.map((locale) => (
            <TextInput
              key={locale}
              multiline
              label={localeNames[locale]}
              value={draft.description[locale] ?? ""}
              onChange={(text) => change({ description: { ...draft.description, [locale]: text } })}
              dir={directionOf(locale)}
            />
          ))}
        </div>
        {problemAt("description") && <p className="text-xs text-red-700">{problemAt("description")}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <DateTimeInputField
          label={t("calls.form.opensAt")}
          value={draft.opensAt}
          onChange={(opensAt) => change({ opensAt })}
          timeZone={timeZone}
          description={zoneHint}
          error={problemAt("opensAt")}
          isRequired
        />
        <DateTimeInputField
          label={t("calls.form.closesAt")}
          value={draft.closesAt}
          onChange={(closesAt) => change({ closesAt })}
          timeZone={timeZone}
          description={zoneHint}
          error={problemAt("closesAt")}
          isRequired
        />
        <NumberInput
          label={t("calls.form.maxAcceptances")}
          description={t("calls.form.maxAcceptancesHint")}
          value={draft.maxAcceptances}
          onChange={(maxAcceptances) => change({ maxAcceptances })}
          minValue={1}
          error={problemAt("maxAcceptances")}
        />
      </div>
      <Section title={t("calls.form.questions")} hint={t("calls.form.questionsHint")} error={problemAt("fields")}>
        <FormBuilder fields={draft.fields} onChange={(fields) => change({ fields })} problemAt={problemAt} />
      </Section>
      <details className="border-t border-slate-200 pt-4">
        <summary className="cursor-pointer font-semibold text-slate-900">{t("calls.form.decisionMessages")}</summary>
        <p className="mt-2 text-sm text-slate-600">{t("calls.form.decisionMessagesHint")}</p>
        {problemAt("decisionMessages") && (
          <p role="alert" className="text-xs text-red-700">
            {problemAt("decisionMessages")}
          </p>
        )}
        {decisions.map((decision) => (
          <fieldset key={decision} className="mt-4 flex flex-col gap-2">
            <legend className="mb-2 text-sm font-medium text-slate-700">{t(`applications.status.${decision}`)}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {locales.map((locale) => (
                <TextInput
                  key={locale}
                  multiline
                  label={localeNames[locale]}
                  value={draft.decisionMessages[decision][locale] ?? ""}
                  onChange={(text) =>
                    change({
                      decisionMessages: {
                        ...draft.decisionMessages,
                        [decision]: { ...draft.decisionMessages[decision], [locale]: text },
                      },
                    })
                  }
                  dir={directionOf(locale)}
                  error={problemAt(`decisionMessages.${decision}.${locale}`)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </details>
      <FormActions
        submitLabel={callId ? t("calls.form.save") : t("calls.form.create")}
        cancelLabel={t("calls.form.cancel")}
        onCancel={onCancel}
        isPending={save.isPending}
      />
    </ServerValidatedForm>
  );
}

function Section({
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
  return (
    <section className="flex flex-col gap-3 border-t border-slate-200 pt-4">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      <p className="text-sm text-slate-600">{hint}</p>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}
