import { defineConfig } from "vitest/config";

// Browser stories, one Chromium per file, against one server started on a fresh demo workspace.
export default defineConfig({
  test: {
    include: ["e2e/**/*.spec.ts"],
    globalSetup: ["e2e/support/server.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
