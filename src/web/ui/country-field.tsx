/** Countries by ISO 3166-1 alpha-2 code, named in the viewer's language (Intl.DisplayNames), to pick by typing. */
import { useCallback, useMemo } from "react";
import { useLocale } from "../i18n/i18n.tsx";
import { ComboBoxField } from "./combo-box-field.tsx";

// ISO 3166-1 alpha-2, plus XK (Kosovo), which is user-assigned but what the Balkans' own registers use.
const countryCodes = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW"
).split(" ");

/** The country's name for a code in the viewer's language; unknown codes are shown as they are. */
export function useCountryName() {
  const { locale } = useLocale();
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale]);
  return useCallback((code: string | null | undefined) => (code ? (names.of(code) ?? code) : ""), [names]);
}

/** "Tbilisi, Georgia" from a city and a country code, either of which may be missing. */
export function usePlaceName() {
  const countryName = useCountryName();
  return useCallback(
    (city: string | null, country: string | null) => [city, countryName(country)].filter(Boolean).join(", "),
    [countryName],
  );
}

function useCountryOptions() {
  const { locale } = useLocale();
  const countryName = useCountryName();
  return useMemo(
    () =>
      countryCodes
        .map((code) => ({ id: code, label: countryName(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [countryName, locale],
  );
}

export function CountryField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
}) {
  return (
    <ComboBoxField
      label={label}
      defaultItems={useCountryOptions()}
      selectedKey={value}
      onSelectionChange={onChange}
      error={error}
    />
  );
}
