/** Folds case and accents so "Παπαδόπουλος" is found by "παπαδοπουλος" and "Šuštar" by "sustar", on both drivers. */
export function searchKeyOf(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase("und")
    .replace(/ς/g, "σ")
    .replace(/\s+/g, " ")
    .trim();
}
