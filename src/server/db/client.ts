/** Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite on disk or in memory. */
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
/** The common face of both drivers: services never know which one they run on. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Driver = "pglite" | "postgres";

export type Database = {
  db: Db;
  driver: Driver;
  /** Applies the committed migrations; drizzle records them, so a second run is a no-op. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/** `dataDir` undefined means an in-memory PGlite (tests). */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as Db,
    driver: "postgres",
    migrate: async () => {
      // One connection holds the advisory lock so that instances starting together migrate one at a time.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(727272)");
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock(727272)").catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const client = await PGlite.create({ dataDir, extensions: { btree_gist, citext, pg_trgm } });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
      // PGlite has no autovacuum: refresh planner statistics at start so searches use their indexes.
      await client.exec("analyze");
    },
    close: () => client.close(),
  };
}
