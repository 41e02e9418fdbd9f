/** Lookups and history shared by the review and interview services: one organization's rows by id, and who did what. */
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../http/context.ts";
import { NotFound } from "../../http/errors.ts";
import { reviewStages } from "./calls.reviews.tables.ts";
import { recordEvent } from "./calls.service.ts";
import { type ApplicationEventKind, calls } from "./calls.tables.ts";

type OwnedTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/**
 * The organization's row of `table` with this id; another organization's is as missing (404 naming `what`).
 * `lock` takes the row lock for the rest of the transaction.
 */
export async function requireOwned<T extends OwnedTable>(
  db: Db,
  ctx: OrgContext,
  table: T,
  id: string,
  what: string,
  lock?: "update" | "share",
): Promise<T["$inferSelect"]> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.organizationId, ctx.organizationId), eq(table.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw new NotFound(what);
  return row as T["$inferSelect"];
}

export function requireCall(db: Db, ctx: OrgContext, callId: string, lock?: "update") {
  return requireOwned(db, ctx, calls, callId, "call", lock);
}

export function requireStage(db: Db, ctx: OrgContext, stageId: string, lock?: "update") {
  return requireOwned(db, ctx, reviewStages, stageId, "stage", lock);
}

/** An application's history entry for what the signed-in staff member or reviewer did to it just now. */
export function recordActorEvent(
  db: Db,
  ctx: OrgContext,
  applicationId: string,
  kind: ApplicationEventKind,
  detail: Record<string, unknown>,
  at = ctx.clock(),
) {
  return recordEvent(db, { id: applicationId, organizationId: ctx.organizationId }, ctx.actor.userId, kind, at, detail);
}
