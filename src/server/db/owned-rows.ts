/** One organization's row by id: every module's "find it or 404" lookup, with the row lock when a change follows. */
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { NotFound } from "../http/errors.ts";
import type { Db } from "./client.ts";

type OwnedTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/**
 * The organization's row of `table` with this id; another organization's is as missing (404 naming `what`).
 * `lock` takes the row lock for the rest of the transaction.
 */
export async function requireOwned<T extends OwnedTable>(
  db: Db,
  organizationId: string,
  table: T,
  id: string,
  what: string,
  lock?: "update" | "share",
): Promise<T["$inferSelect"]> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.organizationId, organizationId), eq(table.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new NotFound(what);
  return row as T["$inferSelect"];
}
