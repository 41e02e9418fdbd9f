import { expect, test } from "vitest";
import { catalogProblems } from "./catalog-check.ts";
import { catalogs } from "./messages.ts";

test("every locale has every key, translated, with the same ICU arguments", () => {
  expect(catalogProblems(catalogs)).toEqual([]);
});

test("a key missing in one locale is reported", () => {
  const { "nav.people": _, ...slovene } = catalogs.sl;
  expect(catalogProblems({ ...catalogs, sl: slovene })).toContain("sl: missing nav.people");
});

test("Slovene counts use its dual and few forms", async () => {
  const { IntlMessageFormat } = await import("intl-messageformat");
  const words = (count: number) =>
    String(new IntlMessageFormat(catalogs.sl["overview.cohortCount"], "sl").format({ count })).replace(/\d+/g, "#");
  expect(new Set([1, 2, 3, 5].map(words)).size).toBeGreaterThanOrEqual(3);
});
