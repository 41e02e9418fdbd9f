/** `npm run messages:check`: fails on a missing, untranslated, unparsable or unused catalog key. */
import fs from "node:fs";
import path from "node:path";
import { catalogProblems } from "./catalog-check.ts";
import { catalogs } from "./messages.ts";

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const sourceText = sourceFiles("src")
  .map((file) => fs.readFileSync(file, "utf8"))
  .join("\n");
const problems = catalogProblems(catalogs, sourceText);
for (const problem of problems) console.error(problem);
if (problems.length > 0) process.exit(1);
console.log(`Catalogs complete: ${Object.keys(catalogs.en).length} keys in ${Object.keys(catalogs).length} locales.`);
