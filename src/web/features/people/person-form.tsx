/** The fields of a person, for recording someone new or editing them; the server's refusals land on the inputs. */
import { useState } from "react";
import { isLocale, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useT } from "../../i18n/i18n.tsx";
import { SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { RecordForm, type RecordFormProps } from "./record-form.tsx";
import type { Person, PersonField, PersonInput } from "./use-people-queries.ts";

type PersonValues = Record<PersonField, string>;

const noLanguage = "none";

function valuesOf(person?: Person): PersonValues {
  return {
    fullName: person?.fullName ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
    city: person?.city ?? "",
    country: person?.country ?? "",
    locale: person?.locale ?? "",
    notes: person?.notes ?? "",
  };
}

function inputOf(values: PersonValues): PersonInput {
  return {
    fullName: values.fullName,
    email: values.email || null,
    phone: values.phone || null,
    city: values.city || null,
    country: values.country || null,
    locale: isLocale(values.locale) ? values.locale : null,
    notes: values.notes || null,
  };
}

export function PersonForm({ person, onSave, ...frame }: RecordFormProps<PersonInput> & { person?: Person }) {
  const t = useT();
  const problemText = useProblemText();
  const [values, setValues] = useState(() => valuesOf(person));
  const set = (field: PersonField) => (value: string | null) =>
    setValues((current) => ({ ...current, [field]: value ?? "" }));
  const languages = [
    { id: noLanguage, label: t("people.field.noLanguage") },
    ...locales.map((code) => ({ id: code, label: localeNames[code] })),
  ];

  return (
    <RecordForm onSubmit={() => onSave(inputOf(values))} {...frame}>
      <TextInput
        label={t("people.field.fullName")}
        value={values.fullName}
        onChange={set("fullName")}
        error={problemText(frame.error, "fullName")}
        isRequired
        autoComplete="off"
      />
      <TextInput
        label={t("people.field.email")}
        type="email"
        dir="ltr"
        value={values.email}
        onChange={set("email")}
        error={problemText(frame.error, "email")}
        autoComplete="off"
      />
      <TextInput
        label={t("people.field.phone")}
        type="tel"
        dir="ltr"
        value={values.phone}
        onChange={set("phone")}
        error={problemText(frame.error, "phone")}
        description={t("people.field.phoneHint")}
        autoComplete="off"
      />
      <TextInput
        label={t("people.field.city")}
        value={values.city}
        onChange={set("city")}
        error={problemText(frame.error, "city")}
      />
      <CountryField
        label={t("people.field.country")}
        value={values.country || null}
        onChange={set("country")}
        error={problemText(frame.error, "country")}
      />
      <SelectInput
        label={t("people.field.language")}
        options={languages}
        value={values.locale || noLanguage}
        onChange={(code) => set("locale")(code === noLanguage ? "" : code)}
        error={problemText(frame.error, "locale")}
      />
      <TextInput
        label={t("people.field.notes")}
        multiline
        value={values.notes}
        onChange={set("notes")}
        error={problemText(frame.error, "notes")}
        className="sm:col-span-2"
      />
    </RecordForm>
  );
}
