/** The interface's own ICU catalogs, formatted as the page formats them, so a story reads the words people see. */
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "../../src/shared/i18n/locales.ts";
import { catalogs, type MessageKey } from "../../src/shared/i18n/messages.ts";

export type { Locale };

/** `t("cohorts.placesTaken", { taken: 2, capacity: 3 })` in the given locale, exactly as react-intl renders it. */
export function catalog(locale: Locale) {
  return (key: MessageKey, values?: Record<string, string | number>) => {
    const message = catalogs[locale][key];
    if (message === undefined) throw new Error(`No message ${key} in ${locale}`);
    return String(new IntlMessageFormat(message, locale).format(values));
  };
}

/** Names typed by people are wrapped in first-strong isolates inside sentences (see src/web/features/programs/bidi-isolate.ts). */
export function isolated(text: string) {
  return `\u2068${text}\u2069`;
}

/** A suffix that keeps one run's records apart from another's in the same database. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
