import { defineConfig } from "vitest/config";

// The whole suite runs on embedded PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set.
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "pglite", include: ["src/**/*.test.ts"], env: { TEST_DATABASE_URL: "" } } },
      ...(postgresUrl
        ? [
            {
              extends: true,
              test: { name: "postgres", include: ["src/**/*.test.ts"], env: { TEST_DATABASE_URL: postgresUrl } },
            },
          ]
        : []),
    ],
  },
});
