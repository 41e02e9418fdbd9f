// `npm run test:e2e`: the browser stories under e2e/, run by Vitest with playwright-core in Debian's Chromium.
import { spawnSync } from "node:child_process";

const result = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--config", "e2e/vitest.config.ts"],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
