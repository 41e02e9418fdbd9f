/** One input per interface language for a multilingual value ({ "he": "…", "en": "…" }); each writes in its own direction. */
import { directionOf, type Locale, localeNames, locales } from "../../shared/i18n/locales.ts";
import { isolate } from "../features/programs/bidi-isolate.ts";
import { TextInput } from "./controls.tsx";

export type LocalizedDraft = Partial<Record<Locale, string>>;

type LocalizedTextFieldsProps = {
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  /** Already translated; shown once for the whole group. */
  error?: string;
  requiredLocale?: Locale;
};

export function LocalizedTextFields({ label, value, onChange, error, requiredLocale }: LocalizedTextFieldsProps) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-slate-700">{label}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {locales.map((locale) => (
          <TextInput
            key={locale}
            label={localeNames[locale]}
            value={value[locale] ?? ""}
            onChange={(text) => onChange({ ...value, [locale]: text })}
            isRequired={locale === requiredLocale}
            dir={directionOf(locale)}
          />
        ))}
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The languages actually filled in, trimmed; the API stores no empty translations. */
export function withoutBlanks(value: LocalizedDraft): LocalizedDraft {
  return Object.fromEntries(
    Object.entries(value)
      .map(([locale, text]) => [locale, text?.trim() ?? ""])
      .filter(([, text]) => text !== ""),
  );
}

/** The other languages a text is written in, shown under the input for the language being edited. */
export function otherTexts(text: LocalizedDraft, locale: Locale) {
  return (
    Object.entries(text)
      .filter(([other, value]) => other !== locale && value)
      .map(([other, value]) => `${localeNames[other as Locale]}: ${isolate(value ?? "")}`)
      .join(" · ") || undefined
  );
}
