/** Lookups and history shared by the review and interview services: calls and stages by id, and who did what. */
import type { Db } from "../../db/client.ts";
import { requireOwned } from "../../db/owned-rows.ts";
import type { OrgContext } from "../../http/context.ts";
import { reviewStages } from "./calls.reviews.tables.ts";
import { recordEvent } from "./calls.service.ts";
import { type ApplicationEventKind, calls } from "./calls.tables.ts";

export function requireCall(db: Db, ctx: OrgContext, callId: string, lock?: "update") {
  return requireOwned(db, ctx.organizationId, calls, callId, "call", lock);
}

export function requireStage(db: Db, ctx: OrgContext, stageId: string, lock?: "update") {
  return requireOwned(db, ctx.organizationId, reviewStages, stageId, "stage", lock);
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
