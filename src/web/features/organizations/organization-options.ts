/** Choices for an organization's language, time zone and currency, named in the viewer's language (countries: ui/country-field). */
import { useMemo } from "react";
import { localeNames, locales } from "../../../shared/i18n/locales.ts";
import { useLocale } from "../../i18n/i18n.tsx";
import type { Option } from "../../ui/select-popover.tsx";

export function useOrganizationOptions() {
  const { locale } = useLocale();
  return useMemo(() => {
    const currencyNames = new Intl.DisplayNames([locale], { type: "currency" });
    const zones = Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC");
    return {
      locales: locales.map((code): Option => ({ id: code, label: localeNames[code] })),
      timeZones: ["UTC", ...zones].map((zone): Option => ({ id: zone, label: zone.replaceAll("_", " ") })),
      currencies: Intl.supportedValuesOf("currency").map(
        (code): Option => ({ id: code, label: `${code} · ${currencyNames.of(code)}` }),
      ),
    };
  }, [locale]);
}
