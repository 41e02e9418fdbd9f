// Merges catalog entries into the message catalogs, keeping keys sorted:
//   node scripts/add-messages.mjs fragment.json
// where fragment.json is { "en": { "people.title": "People" }, "he": { … }, "ka": …, "el": …, "sl": … }.
import fs from "node:fs";

const fragment = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
for (const [locale, entries] of Object.entries(fragment)) {
  const file = `src/shared/i18n/messages/${locale}.json`;
  const catalog = { ...JSON.parse(fs.readFileSync(file, "utf8")), ...entries };
  const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${file}: ${Object.keys(entries).length} entries merged, ${Object.keys(sorted).length} in all`);
}
