/** Multilingual content: one string per locale, read with the viewer → organization → any fallback. */
export type LocalizedText = Record<string, string>;

export function pickLocale(
  text: LocalizedText | null | undefined,
  viewerLocale: string,
  organizationLocale?: string,
): string {
  if (!text) return "";
  const preferred = [viewerLocale, organizationLocale].filter(Boolean) as string[];
  for (const locale of preferred) {
    const value = text[locale];
    if (value) return value;
  }
  return Object.values(text).find((value) => !!value) ?? "";
}
