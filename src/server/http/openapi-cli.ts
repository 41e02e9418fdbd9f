/** `npm run openapi` writes docs/openapi.json; `npm run openapi -- --check` fails when it is stale. */
import fs from "node:fs";
import { openApiDocument } from "../app.ts";

const file = "docs/openapi.json";
const current = `${JSON.stringify(openApiDocument(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (committed !== current) {
    console.error(`${file} is stale: run \`npm run openapi\` and commit it.`);
    process.exit(1);
  }
  console.log(`${file} is up to date.`);
} else {
  fs.writeFileSync(file, current);
  console.log(`Wrote ${file}.`);
}
