/** The locales Civic Hub speaks, their writing direction and display names. */
export const locales = ["en", "he", "ka", "el", "sl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

export const localeNames: Record<Locale, string> = {
  en: "English",
  he: "עברית",
  ka: "ქართული",
  el: "Ελληνικά",
  sl: "Slovenščina",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "he" ? "rtl" : "ltr";
}
