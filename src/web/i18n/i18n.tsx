/** The viewer's locale: catalog messages, direction on <html>, and locale-aware formatting helpers. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { I18nProvider as AriaI18nProvider } from "react-aria-components";
import { IntlProvider, useIntl } from "react-intl";
import { defaultLocale, directionOf, isLocale, type Locale } from "../../shared/i18n/locales.ts";
import { catalogs, type MessageKey } from "../../shared/i18n/messages.ts";
import { type LocalizedText, pickLocale } from "../../shared/localized-text.ts";

const storageKey = "civic-hub.locale";

function initialLocale(): Locale {
  const stored = localStorage.getItem(storageKey);
  if (isLocale(stored)) return stored;
  const browser = navigator.languages.map((language) => language.slice(0, 2)).find(isLocale);
  return browser ?? defaultLocale;
}

const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void }>({
  locale: defaultLocale,
  setLocale: () => {},
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(storageKey, next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={catalogs[locale]} defaultLocale={defaultLocale}>
        {/* React Aria's own components (calendars, tabs, number fields) follow the same locale and direction. */}
        <AriaI18nProvider locale={locale}>{children}</AriaI18nProvider>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

/** `t("people.title")`, `t("people.count", { count })`: catalog lookup with ICU formatting. */
export function useT() {
  const intl = useIntl();
  return useCallback(
    (key: MessageKey, values?: Record<string, string | number | Date>) => intl.formatMessage({ id: key }, values),
    [intl],
  );
}

/** Dates, numbers, money and multilingual content in the viewer's locale. */
export function useFormat() {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(
    () => ({
      /** A calendar date (yyyy-mm-dd) shown without shifting it through a time zone. */
      date: (isoDate: string, style: "medium" | "long" = "medium") =>
        intl.formatDate(`${isoDate}T12:00:00Z`, { dateStyle: style, timeZone: "UTC" }),
      dateTime: (iso: string, timeZone?: string) =>
        intl.formatDate(iso, { dateStyle: "medium", timeStyle: "short", timeZone }),
      number: (value: number) => intl.formatNumber(value),
      /** Money kept in integer minor units of `currency`. */
      money: (minorUnits: number, currency: string) => {
        const digits =
          new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
        return intl.formatNumber(minorUnits / 10 ** digits, { style: "currency", currency });
      },
      text: (text: LocalizedText | null | undefined, organizationLocale?: string) =>
        pickLocale(text, locale, organizationLocale),
    }),
    [intl, locale],
  );
}
