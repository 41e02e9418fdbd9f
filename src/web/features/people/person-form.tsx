/** The fields of a person, for recording someone new or editing them; the server's refusals land on the inputs. */
import { type FormEvent, useState } from "react";
import { Form } from "react-aria-components";
import { isLocale, localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { useApiErrors } from "./use-api-errors.ts";
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

export function PersonForm({
  person,
  onSave,
  onCancel,
  isPending,
  error,
}: {
  person?: Person;
  onSave: (input: PersonInput) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}) {
  const t = useT();
  const errors = useApiErrors(error);
  const [values, setValues] = useState(() => valuesOf(person));
  const set = (field: PersonField) => (value: string | null) =>
    setValues((current) => ({ ...current, [field]: value ?? "" }));
  const languages = [
    { id: noLanguage, label: t("people.field.noLanguage") },
    ...locales.map((code) => ({ id: code, label: localeNames[code] })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(inputOf(values));
  }

  // "aria" validation: the server's checks, in the viewer's language, replace the browser's own messages.
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-4">
      <ErrorBanner>{errors.banner}</ErrorBanner>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label={t("people.field.fullName")}
          value={values.fullName}
          onChange={set("fullName")}
          error={errors.field("fullName")}
          isRequired
          autoComplete="off"
        />
        <TextInput
          label={t("people.field.email")}
          type="email"
          dir="ltr"
          value={values.email}
          onChange={set("email")}
          error={errors.field("email")}
          autoComplete="off"
        />
        <TextInput
          label={t("people.field.phone")}
          type="tel"
          dir="ltr"
          value={values.phone}
          onChange={set("phone")}
          error={errors.field("phone")}
          description={t("people.field.phoneHint")}
          autoComplete="off"
        />
        <TextInput
          label={t("people.field.city")}
          value={values.city}
          onChange={set("city")}
          error={errors.field("city")}
        />
        <CountryField
          label={t("people.field.country")}
          value={values.country || null}
          onChange={set("country")}
          error={errors.field("country")}
        />
        <SelectInput
          label={t("people.field.language")}
          options={languages}
          value={values.locale || noLanguage}
          onChange={(code) => set("locale")(code === noLanguage ? "" : code)}
          error={errors.field("locale")}
        />
        <TextInput
          label={t("people.field.notes")}
          multiline
          value={values.notes}
          onChange={set("notes")}
          error={errors.field("notes")}
          className="sm:col-span-2"
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" isDisabled={isPending}>
          {t("people.save")}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t("people.cancel")}
        </Button>
      </div>
    </Form>
  );
}
