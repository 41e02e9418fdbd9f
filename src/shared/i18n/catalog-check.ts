/** Catalog completeness: every locale has every key, each message parses with the same arguments, none is unused. */
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { locales } from "./locales.ts";

/** Keys whose text is rightly the same in every language (a product name, a format sample). */
export const sameInEveryLanguage = new Set(["shell.productName"]);

export type Catalogs = Record<string, Record<string, string>>;

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    ) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
    }
  }
  return into;
}

/** Problems with the catalogs, one line each; empty when they are complete and consistent. */
export function catalogProblems(catalogs: Catalogs, sourceText?: string): string[] {
  const problems: string[] = [];
  const english = catalogs.en;
  for (const locale of locales) {
    const catalog = catalogs[locale] ?? {};
    for (const key of Object.keys(english)) {
      if (!(key in catalog)) {
        problems.push(`${locale}: missing ${key}`);
        continue;
      }
      try {
        const expected = [...argumentsOf(parse(english[key]))].sort().join(",");
        const actual = [...argumentsOf(parse(catalog[key]))].sort().join(",");
        if (expected !== actual) problems.push(`${locale}: ${key} uses {${actual}} but English uses {${expected}}`);
      } catch (error) {
        problems.push(`${locale}: ${key} does not parse: ${(error as Error).message}`);
      }
      if (
        locale !== "en" &&
        catalog[key] === english[key] &&
        !sameInEveryLanguage.has(key) &&
        isSentence(english[key])
      ) {
        problems.push(`${locale}: ${key} is the English text, not a translation`);
      }
    }
    for (const key of Object.keys(catalog))
      if (!(key in english)) problems.push(`${locale}: ${key} is not in the English catalog`);
  }
  if (sourceText !== undefined) {
    for (const key of Object.keys(english)) if (!isUsed(key, sourceText)) problems.push(`en: ${key} is never used`);
  }
  return problems;
}

/** Single words ("Email", "Mentor", "CSV") are often the same across languages; phrases are not. */
function isSentence(text: string) {
  return /\p{L}{2,}\s+\p{L}{2,}/u.test(text);
}

/** Used literally (`"people.title"`), or through a template prefix (`` `roles.${role}` ``). */
function isUsed(key: string, sourceText: string) {
  if (sourceText.includes(`"${key}"`) || sourceText.includes(`'${key}'`) || sourceText.includes(`\`${key}\``))
    return true;
  const parts = key.split(".");
  for (let length = parts.length - 1; length >= 1; length--) {
    if (sourceText.includes(`\`${parts.slice(0, length).join(".")}.\${`)) return true;
  }
  return false;
}
