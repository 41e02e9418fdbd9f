/** Liveness and database state for operators and CI. */
import { createRoute, z } from "@hono/zod-openapi";
import { migrationState } from "../db/migrate.ts";
import { createRouter } from "./router.ts";

const route = createRoute({
  method: "get",
  path: "/health",
  tags: ["system"],
  summary: "Database driver and migration state",
  responses: {
    200: {
      description: "The service is up",
      content: {
        "application/json": {
          schema: z.object({
            status: z.literal("ok"),
            database: z.object({
              driver: z.enum(["pglite", "postgres"]),
              migrations: z.object({ applied: z.number(), available: z.number(), upToDate: z.boolean() }),
            }),
          }),
        },
      },
    },
  },
});

export const healthRouter = createRouter().openapi(route, async (c) => {
  const { database } = c.get("services");
  const migrations = await migrationState(database.db);
  return c.json({ status: "ok" as const, database: { driver: database.driver, migrations } }, 200);
});
