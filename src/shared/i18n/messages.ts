/** The ICU message catalogs, one per locale; the UI, emails and reports share them. */

import type { Locale } from "./locales.ts";
import el from "./messages/el.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import he from "./messages/he.json" with { type: "json" };
import ka from "./messages/ka.json" with { type: "json" };
import sl from "./messages/sl.json" with { type: "json" };

export type MessageKey = keyof typeof en;
export const catalogs: Record<Locale, Record<string, string>> = { en, he, ka, el, sl };
