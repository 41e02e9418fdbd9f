/** Server-side formatting of catalog messages (emails, exports) in a person's locale. */
import { IntlMessageFormat } from "intl-messageformat";
import { defaultLocale, isLocale, type Locale } from "../shared/i18n/locales.ts";
import { catalogs, type MessageKey } from "../shared/i18n/messages.ts";

export function translate(locale: string, key: MessageKey, values?: Record<string, string | number>): string {
  const chosen: Locale = isLocale(locale) ? locale : defaultLocale;
  const message = catalogs[chosen][key] ?? catalogs[defaultLocale][key];
  return String(new IntlMessageFormat(message, chosen).format(values));
}
