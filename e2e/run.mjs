// `npm run test:e2e`: the browser stories under e2e/, run by Vitest with playwright-core in Debian's Chromium.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const report = "tmp/e2e.json";
fs.mkdirSync("tmp", { recursive: true });
const result = spawnSync(
  process.execPath,
  [
    "node_modules/vitest/vitest.mjs",
    "run",
    "--config",
    "e2e/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ],
  { stdio: "inherit" },
);
if (fs.existsSync(report)) {
  const { numPassedTests, numFailedTests } = JSON.parse(fs.readFileSync(report, "utf8"));
  console.log(`browser stories: ${numPassedTests} passed, ${numFailedTests} failed`);
}
process.exit(result.status ?? 1);
