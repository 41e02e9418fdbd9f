/** Migration state for /api/health: how many committed migrations the database has applied. */
import fs from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { migrationsFolder } from "./migrations-folder.ts";

export async function migrationState(db: Db) {
  const journal = JSON.parse(await fs.readFile(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const result = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
  );
  const applied = Number((result as unknown as { rows: { count: number }[] }).rows[0]?.count ?? 0);
  return { applied, available: journal.entries.length, upToDate: applied === journal.entries.length };
}
