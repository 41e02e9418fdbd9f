/** An organization's own fields, one form for first-run setup, the welcome page and settings. */
import { useState } from "react";
import type { Locale } from "../../../shared/i18n/locales.ts";
import { useT } from "../../i18n/i18n.tsx";
import { ComboBoxField } from "../../ui/combo-box-field.tsx";
import { SelectInput, TextInput } from "../../ui/controls.tsx";
import { CountryField } from "../../ui/country-field.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { useOrganizationOptions } from "./organization-options.ts";

export type OrganizationDraft = {
  name: LocalizedDraft;
  slug: string;
  defaultLocale: Locale;
  timeZone: string;
  currency: string;
  country: string | null;
};

/** A new organization starts in the viewer's language and the browser's time zone and likely country. */
export function newOrganizationDraft(locale: Locale): OrganizationDraft {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const region = new Intl.Locale(navigator.language).maximize().region;
  return {
    name: {},
    slug: "",
    defaultLocale: locale,
    timeZone: Intl.supportedValuesOf("timeZone").includes(timeZone) ? timeZone : "UTC",
    currency: "EUR",
    country: region && /^[A-Z]{2}$/.test(region) ? region : null,
  };
}

export function settingsInput(draft: OrganizationDraft) {
  const { defaultLocale, timeZone, currency, country } = draft;
  return { name: withoutBlanks(draft.name), defaultLocale, timeZone, currency, country };
}

export function newOrganizationInput(draft: OrganizationDraft) {
  return { ...settingsInput(draft), slug: draft.slug };
}

/** An address suggested from the first name written in Latin letters: "Open Roads Lab" → "open-roads-lab". */
function suggestSlug(name: LocalizedDraft) {
  const candidates = Object.values(name).map((text) =>
    (text ?? "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40),
  );
  return candidates.find((slug) => slug.length >= 3) ?? "";
}

type OrganizationFieldsProps = {
  value: OrganizationDraft;
  onChange: (value: OrganizationDraft) => void;
  /** The last refusal; its field issues appear next to their inputs. */
  error: unknown;
  /** Where the organization sits in the request body, e.g. "organization." in the setup request. */
  issuePrefix?: string;
  /** New organizations choose their address; an existing one keeps it. */
  addressEditable: boolean;
};

export function OrganizationFields({
  value,
  onChange,
  error,
  issuePrefix = "",
  addressEditable,
}: OrganizationFieldsProps) {
  const t = useT();
  const problemText = useProblemText();
  const options = useOrganizationOptions();
  const [slugEdited, setSlugEdited] = useState(false);
  const issue = (field: keyof OrganizationDraft) => problemText(error, issuePrefix + field);
  const set = <K extends keyof OrganizationDraft>(field: K, fieldValue: OrganizationDraft[K]) =>
    onChange({ ...value, [field]: fieldValue });

  return (
    <div className="flex flex-col gap-5">
      <LocalizedTextFields
        label={t("settings.name")}
        value={value.name}
        onChange={(name) =>
          onChange({ ...value, name, slug: addressEditable && !slugEdited ? suggestSlug(name) : value.slug })
        }
        requiredLocale={value.defaultLocale}
        error={issue("name")}
      />
      {addressEditable ? (
        <TextInput
          label={t("settings.slug")}
          description={t("settings.slugHint")}
          value={value.slug}
          onChange={(slug) => {
            setSlugEdited(true);
            set("slug", slug.toLowerCase());
          }}
          error={issue("slug")}
          isRequired
          dir="ltr"
        />
      ) : (
        <p className="text-sm text-slate-600">{t("settings.slugFixed", { slug: value.slug })}</p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          label={t("settings.defaultLanguage")}
          options={options.locales}
          value={value.defaultLocale}
          onChange={(locale) => set("defaultLocale", locale as Locale)}
          error={issue("defaultLocale")}
          isRequired
        />
        <ComboBoxField
          label={t("settings.timeZone")}
          defaultItems={options.timeZones}
          selectedKey={value.timeZone}
          onSelectionChange={(zone) => zone && set("timeZone", zone)}
          error={issue("timeZone")}
        />
        <ComboBoxField
          label={t("settings.currency")}
          defaultItems={options.currencies}
          selectedKey={value.currency}
          onSelectionChange={(currency) => currency && set("currency", currency)}
          error={issue("currency")}
        />
        <CountryField
          label={t("settings.country")}
          value={value.country}
          onChange={(country) => set("country", country)}
          error={issue("country")}
        />
      </div>
    </div>
  );
}
