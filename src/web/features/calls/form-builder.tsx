/** Staff build a call's application form: questions of each type, in order, with labels and help in each language. */

import { useState } from "react";
import { type FileKind, fileKinds, fileSizeLimitsMb } from "../../../server/modules/calls/calls.files.kinds.ts";
import { directionOf, type Locale, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useLocale, useT } from "../../i18n/i18n.tsx";
import { CheckboxField, CheckboxGroupField } from "../../ui/choice-fields.tsx";
import { Button, SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { otherTexts } from "../../ui/localized-text-fields.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { movedInList, RowOrderActions } from "../../ui/row-order-actions.tsx";
import type { FieldProblems } from "../programs/field-problems.ts";
import {
  choiceTypes,
  contactTypes,
  defaultScreening,
  type FieldDraft,
  type FieldType,
  fieldTypes,
  newField,
  newOption,
  type OptionDraft,
  screenableTypes,
} from "./call-draft.ts";

type FormBuilderProps = { fields: FieldDraft[]; onChange: (fields: FieldDraft[]) => void; problemAt: FieldProblems };

export function FormBuilder({ fields, onChange, problemAt }: FormBuilderProps) {
  const t = useT();
  const { locale: viewerLocale } = useLocale();
  // Labels are written one language at a time, so a long form stays readable; the others are kept as they are.
  const [locale, setLocale] = useState<Locale>(viewerLocale);
  const replace = (index: number, patch: Partial<FieldDraft>) =>
    onChange(fields.map((field, at) => (at === index ? { ...field, ...patch } : field)));
  return (
    <div className="flex flex-col gap-4">
      <SelectInput
        label={t("calls.builder.language")}
        options={locales.map((option) => ({ id: option, label: localeNames[option], lang: option }))}
        value={locale}
        onChange={(next) => setLocale(next as Locale)}
        className="max-w-xs"
      />
      {fields.length > 0 && (
        <ol className="flex flex-col gap-4">
          {fields.map((field, index) => (
            <li key={field.rowKey} className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <FieldEditor
                field={field}
                number={index + 1}
                locale={locale}
                onChange={(patch) => replace(index, patch)}
                problemAt={(path) => problemAt(`fields.${index}${path ? `.${path}` : ""}`)}
                actions={
                  <RowOrderActions
                    index={index}
                    count={fields.length}
                    labels={{
                      up: t("calls.builder.moveUp", { number: index + 1 }),
                      down: t("calls.builder.moveDown", { number: index + 1 }),
                      remove: t("calls.builder.remove", { number: index + 1 }),
                    }}
                    onMove={(by) => onChange(movedInList(fields, index, by))}
                    onRemove={() => onChange(fields.filter((_, at) => at !== index))}
                  />
                }
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button variant="secondary" onPress={() => onChange([...fields, newField(fields)])}>
          {t("calls.builder.add")}
        </Button>
      </div>
    </div>
  );
}

type FieldEditorProps = {
  field: FieldDraft;
  number: number;
  locale: Locale;
  onChange: (patch: Partial<FieldDraft>) => void;
  problemAt: (path: string) => string | undefined;
  actions: React.ReactNode;
};

function FieldEditor({ field, number, locale, onChange, problemAt, actions }: FieldEditorProps) {
  const t = useT();
  const language = localeNames[locale];
  const changeType = (type: FieldType) =>
    onChange({
      type,
      options: choiceTypes.has(type) && field.options.length === 0 ? [newOption([])] : field.options,
      eligibility: null,
    });
  return (
    <fieldset className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <legend className="font-semibold text-slate-900">{t("calls.builder.question", { number })}</legend>
        {actions}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectInput
          label={t("calls.builder.type")}
          options={fieldTypes.map((type) => ({ id: type, label: t(`calls.fieldType.${type}`) }))}
          value={field.type}
          onChange={(type) => changeType(type as FieldType)}
          error={problemAt("type")}
        />
        <TextInput
          label={t("calls.builder.key")}
          description={t("calls.builder.keyHint")}
          value={field.key}
          onChange={(key) => onChange({ key })}
          error={problemAt("key")}
          dir="ltr"
          isRequired
        />
        <div className="flex flex-col gap-1 sm:pt-7">
          <CheckboxField isSelected={field.required} onChange={(required) => onChange({ required })}>
            {t("calls.builder.required")}
          </CheckboxField>
          {/* Contact answers are always hidden in a blind review, so there is nothing to choose for them. */}
          {!contactTypes.has(field.type) && (
            <CheckboxField
              isSelected={field.hiddenInBlindReview}
              onChange={(hiddenInBlindReview) => onChange({ hiddenInBlindReview })}
            >
              {t("calls.builder.hiddenInBlindReview")}
            </CheckboxField>
          )}
        </div>
      </div>
      <TextInput
        label={t("calls.builder.label", { language })}
        value={field.label[locale] ?? ""}
        onChange={(text) => onChange({ label: { ...field.label, [locale]: text } })}
        description={otherTexts(field.label, locale)}
        error={problemAt("label")}
        dir={directionOf(locale)}
      />
      <TextInput
        label={t("calls.builder.help", { language })}
        value={field.help[locale] ?? ""}
        onChange={(text) => onChange({ help: { ...field.help, [locale]: text } })}
        description={otherTexts(field.help, locale)}
        error={problemAt("help")}
        dir={directionOf(locale)}
      />
      {choiceTypes.has(field.type) && (
        <OptionsEditor
          options={field.options}
          locale={locale}
          onChange={(options) => onChange({ options })}
          problemAt={(path) => problemAt(`options${path}`)}
        />
      )}
      {field.type === "long_text" && (
        <div className="max-w-xs">
          <NumberInput
            label={t("calls.builder.maxWords")}
            value={field.maxWords}
            onChange={(maxWords) => onChange({ maxWords })}
            minValue={1}
            error={problemAt("maxWords")}
          />
        </div>
      )}
      {field.type === "number" && (
        <div className="grid max-w-md gap-3 sm:grid-cols-2">
          <NumberInput
            label={t("calls.builder.min")}
            value={field.min}
            onChange={(min) => onChange({ min })}
            error={problemAt("min")}
          />
          <NumberInput
            label={t("calls.builder.max")}
            value={field.max}
            onChange={(max) => onChange({ max })}
            error={problemAt("max")}
          />
        </div>
      )}
      {field.type === "file" && <FileLimitsEditor field={field} onChange={onChange} problemAt={problemAt} />}
      {screenableTypes.has(field.type) && (
        <ScreeningEditor
          field={field}
          locale={locale}
          onChange={onChange}
          error={problemAt("eligibility.equals") ?? problemAt("eligibility")}
        />
      )}
    </fieldset>
  );
}

function OptionsEditor({
  options,
  locale,
  onChange,
  problemAt,
}: {
  options: OptionDraft[];
  locale: Locale;
  onChange: (options: OptionDraft[]) => void;
  problemAt: (path: string) => string | undefined;
}) {
  const t = useT();
  const replace = (index: number, patch: Partial<OptionDraft>) =>
    onChange(options.map((option, at) => (at === index ? { ...option, ...patch } : option)));
  const error = problemAt("");
  return (
    <div className="flex flex-col gap-2 border-s-2 border-slate-200 ps-3">
      <p className="text-sm font-medium text-slate-700">{t("calls.builder.options")}</p>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      <ul className="flex flex-col gap-2">
        {options.map((option, index) => (
          <li key={option.rowKey} className="grid gap-2 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start">
            <TextInput
              label={t("calls.builder.optionValue", { number: index + 1 })}
              value={option.value}
              onChange={(value) => replace(index, { value })}
              error={problemAt(`.${index}.value`)}
              dir="ltr"
            />
            <TextInput
              label={t("calls.builder.optionLabel", { number: index + 1, language: localeNames[locale] })}
              value={option.label[locale] ?? ""}
              onChange={(text) => replace(index, { label: { ...option.label, [locale]: text } })}
              description={otherTexts(option.label, locale)}
              error={problemAt(`.${index}.label`)}
              dir={directionOf(locale)}
            />
            <Button
              variant="quiet"
              className="px-2 sm:mt-6"
              aria-label={t("calls.builder.removeOption", { number: index + 1 })}
              onPress={() => onChange(options.filter((_, at) => at !== index))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      <div>
        <Button variant="secondary" className="px-3 py-1" onPress={() => onChange([...options, newOption(options)])}>
          {t("calls.builder.addOption")}
        </Button>
      </div>
    </div>
  );
}

/** What a file question takes: its size limit and the kinds of file, each checked by content on upload. */
function FileLimitsEditor({
  field,
  onChange,
  problemAt,
}: {
  field: FieldDraft;
  onChange: (patch: Partial<FieldDraft>) => void;
  problemAt: (path: string) => string | undefined;
}) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3 border-s-2 border-slate-200 ps-3">
      <div className="max-w-xs">
        <NumberInput
          label={t("calls.builder.maxFileMb")}
          value={field.maxFileMb}
          onChange={(maxFileMb) => onChange({ maxFileMb })}
          minValue={fileSizeLimitsMb.min}
          error={problemAt("maxFileMb")}
        />
      </div>
      <CheckboxGroupField
        label={t("calls.builder.fileKinds")}
        options={fileKinds.map((kind) => ({ id: kind, label: t(`calls.fileKind.${kind}`) }))}
        value={field.fileKinds}
        onChange={(kinds) => onChange({ fileKinds: kinds as FileKind[] })}
        error={problemAt("fileKinds")}
      />
    </div>
  );
}

/** An eligibility rule: an answer other than this one screens the application out at submission. */
function ScreeningEditor({
  field,
  locale,
  onChange,
  error,
}: {
  field: FieldDraft;
  locale: Locale;
  onChange: (patch: Partial<FieldDraft>) => void;
  error?: string;
}) {
  const t = useT();
  const screening = field.eligibility;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-amber-200 bg-amber-50 p-3">
      <CheckboxField
        isSelected={screening !== null}
        onChange={(on) => onChange({ eligibility: on ? defaultScreening(field) : null })}
        description={t("calls.builder.screeningHint")}
      >
        {t("calls.builder.screening")}
      </CheckboxField>
      {screening !== null && field.type === "single_choice" && (
        <SelectInput
          label={t("calls.builder.screeningValue")}
          options={field.options.map((option) => ({
            id: option.value,
            label: option.label[locale] || option.value,
          }))}
          value={typeof screening === "string" ? screening : null}
          onChange={(value) => onChange({ eligibility: value })}
          error={error}
          className="max-w-xs"
        />
      )}
      {screening !== null && field.type === "country" && (
        <div className="max-w-xs">
          <CountryField
            label={t("calls.builder.screeningValue")}
            value={typeof screening === "string" && screening ? screening : null}
            onChange={(code) => onChange({ eligibility: code ?? "" })}
            error={error}
          />
        </div>
      )}
      {screening !== null && field.type === "number" && (
        <div className="max-w-xs">
          <NumberInput
            label={t("calls.builder.screeningValue")}
            value={typeof screening === "number" ? screening : null}
            onChange={(value) => onChange({ eligibility: value ?? 0 })}
            error={error}
          />
        </div>
      )}
      {screening !== null && field.type === "consent" && (
        <p className="text-sm text-slate-700">{t("calls.builder.screeningConsent")}</p>
      )}
      {screening !== null && field.type === "consent" && error && <p className="text-xs text-red-700">{error}</p>}
    </div>
  );
}
