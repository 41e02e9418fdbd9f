/**
 * Browsers built with reduced ICU data (Debian's Chromium, for one) cannot format dates or numbers in Georgian and
 * silently fall back to English. Only there, FormatJS's polyfills replace Intl.DateTimeFormat and Intl.NumberFormat,
 * loaded with the data of our five locales (and time zones, since organizations have their own).
 */
import { shouldPolyfill as dateFormatNeedsPolyfill } from "@formatjs/intl-datetimeformat/should-polyfill.js";
import { shouldPolyfill as numberFormatNeedsPolyfill } from "@formatjs/intl-numberformat/should-polyfill.js";
import { locales } from "../../shared/i18n/locales.ts";

export async function loadIntlPolyfills() {
  if (locales.some((locale) => numberFormatNeedsPolyfill(locale))) {
    await import("@formatjs/intl-numberformat/polyfill-force.js");
    await Promise.all([
      import("@formatjs/intl-numberformat/locale-data/en.js"),
      import("@formatjs/intl-numberformat/locale-data/he.js"),
      import("@formatjs/intl-numberformat/locale-data/ka.js"),
      import("@formatjs/intl-numberformat/locale-data/el.js"),
      import("@formatjs/intl-numberformat/locale-data/sl.js"),
    ]);
  }
  if (locales.some((locale) => dateFormatNeedsPolyfill(locale))) {
    await import("@formatjs/intl-datetimeformat/polyfill-force.js");
    await Promise.all([
      import("@formatjs/intl-datetimeformat/locale-data/en.js"),
      import("@formatjs/intl-datetimeformat/locale-data/he.js"),
      import("@formatjs/intl-datetimeformat/locale-data/ka.js"),
      import("@formatjs/intl-datetimeformat/locale-data/el.js"),
      import("@formatjs/intl-datetimeformat/locale-data/sl.js"),
      import("@formatjs/intl-datetimeformat/add-all-tz.js"),
    ]);
  }
}
