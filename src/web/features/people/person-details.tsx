/** A person's contact details and notes, read-only. */
import { isLocale, localeNames } from "../../../shared/i18n/locales.ts";
import { useT } from "../../i18n/i18n.tsx";
import { useCountryName } from "../../ui/country-field.tsx";
import type { Person } from "./use-people-queries.ts";

export function PersonDetails({ person }: { person: Person }) {
  const t = useT();
  const countryName = useCountryName();
  const rows = [
    {
      label: t("people.field.email"),
      value: person.email && (
        <a href={`mailto:${person.email}`} dir="ltr" className="text-brand-700 hover:underline">
          {person.email}
        </a>
      ),
    },
    {
      label: t("people.field.phone"),
      value: person.phone && (
        <a href={`tel:${person.phone.replace(/[^+\d]/g, "")}`} dir="ltr" className="text-brand-700 hover:underline">
          {person.phone}
        </a>
      ),
    },
    { label: t("people.field.city"), value: person.city },
    { label: t("people.field.country"), value: countryName(person.country) },
    { label: t("people.field.language"), value: isLocale(person.locale) ? localeNames[person.locale] : person.locale },
    {
      label: t("people.field.notes"),
      value: person.notes && <span className="whitespace-pre-line">{person.notes}</span>,
    },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
      {rows.map((row) => (
        <div key={row.label} className="contents">
          <dt className="text-sm font-medium text-slate-600">{row.label}</dt>
          <dd className="text-sm text-slate-900">{row.value || <span className="text-slate-400">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
