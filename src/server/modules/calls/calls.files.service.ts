/**
 * Files as answers: an applicant uploads one per file question of their draft, replacing the one before; the
 * applicant, staff who read applications and a reviewer assigned to it (open review, no conflict) download it.
 * The bytes are kept on disk as calls.files.storage.ts describes.
 */
import { createHash } from "node:crypto";
import { openAsBlob } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { attachmentDisposition } from "../../http/attachment.ts";
import { can, type OrgContext } from "../../http/context.ts";
import { AppError, invalidField, NotFound } from "../../http/errors.ts";
import { bytesOfMb, detectFileKind, type FileKind, fileKindTypes } from "./calls.files.kinds.ts";
import { deleteStoredFiles, storedPath } from "./calls.files.storage.ts";
import { applicationFiles } from "./calls.files.tables.ts";
import { reviewsOpenly } from "./calls.reviews.service.ts";
import { type ApplicantContext, ensureDraft, ensureOpen, formOf, lockMine, publishedCall } from "./calls.service.ts";
import { applications } from "./calls.tables.ts";

type FileRow = typeof applicationFiles.$inferSelect;

export type UploadInput = { applicationId: string; fieldKey: string; file: File };

/** The request path of the uploaded file, where its refusals point. */
const filePath = "form.file";

export function fileTooLarge(limitMb: number) {
  const message = `The file is larger than ${limitMb} MB`;
  return new AppError(413, "errors.fileTooLarge", message, [{ path: filePath, code: "errors.fileTooLarge", message }]);
}

function fileTypeNotAccepted(accepted: readonly FileKind[]) {
  const message = `The file's content is not one of: ${accepted.join(", ")}`;
  return new AppError(415, "errors.fileTypeNotAccepted", message, [
    { path: filePath, code: "errors.fileTypeNotAccepted", message },
  ]);
}

/** The applicant's name for the file without any folder, control character or half a character. */
function cleanName(name: string) {
  const base = name.split(/[/\\]/).pop() ?? "";
  return (
    Array.from(base.replace(/[\p{Cc}\p{Cs}]/gu, "").trim())
      .slice(0, 200)
      .join("") || "file"
  );
}

export function fileView(row: FileRow) {
  return {
    id: row.id,
    fieldKey: row.fieldKey,
    name: row.originalName,
    mediaType: row.mediaType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The file question of the applicant's own open draft the upload answers, checked before its bytes are. */
async function fileQuestion(app: ApplicantContext, input: UploadInput) {
  const [application] = await app.db
    .select()
    .from(applications)
    .where(and(eq(applications.id, input.applicationId), eq(applications.applicantUserId, app.user.id)));
  if (!application) throw new NotFound("application");
  ensureDraft(application);
  ensureOpen(await publishedCall(app.db, application.callId), app.clock());
  const field = (await formOf(app.db, application.callId)).find((candidate) => candidate.key === input.fieldKey);
  if (field?.type !== "file") {
    throw invalidField("param.fieldKey", "errors.notAFileQuestion", "The form has no file question with this key");
  }
  return { maxFileMb: field.maxFileMb ?? 0, fileKinds: field.fileKinds ?? [] };
}

/**
 * Uploads the answer to a file question of the applicant's own draft, replacing the file it held. The content
 * must be one of the question's kinds and within its size; the bytes are written under a temporary name and
 * take their real one only once the record is committed, so a refused upload leaves nothing on disk.
 */
export async function uploadApplicationFile(app: ApplicantContext, input: UploadInput) {
  const limits = await fileQuestion(app, input);
  if (input.file.size > bytesOfMb(limits.maxFileMb)) throw fileTooLarge(limits.maxFileMb);
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const kind = detectFileKind(bytes);
  if (!kind || !limits.fileKinds.includes(kind)) throw fileTypeNotAccepted(limits.fileKinds);

  const id = uuidv7();
  const [{ organizationId }] = await app.db
    .select({ organizationId: applications.organizationId })
    .from(applications)
    .where(eq(applications.id, input.applicationId));
  const target = storedPath(app.config, organizationId, id);
  const partial = `${target}.part`;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(partial, bytes);
  let replaced: FileRow | undefined;
  let stored: FileRow;
  try {
    [stored, replaced] = await app.db.transaction(async (tx) => {
      const db = tx as Db;
      const application = await lockMine(db, app, input.applicationId);
      ensureDraft(application);
      ensureOpen(await publishedCall(db, application.callId), app.clock());
      const [before] = await db
        .delete(applicationFiles)
        .where(
          and(
            eq(applicationFiles.organizationId, organizationId),
            eq(applicationFiles.applicationId, application.id),
            eq(applicationFiles.fieldKey, input.fieldKey),
          ),
        )
        .returning();
      const [row] = await db
        .insert(applicationFiles)
        .values({
          id,
          organizationId,
          applicationId: application.id,
          fieldKey: input.fieldKey,
          originalName: cleanName(input.file.name),
          mediaType: fileKindTypes[kind].mediaType,
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        })
        .returning();
      await db
        .update(applications)
        .set({ answers: { ...application.answers, [input.fieldKey]: id } })
        .where(eq(applications.id, application.id));
      return [row, before] as const;
    });
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, target);
  if (replaced) await deleteStoredFiles(app.config, [replaced]);
  return fileView(stored);
}

/** Takes a file off the applicant's draft: its question is unanswered again, and the bytes are deleted. */
export async function removeApplicationFile(app: ApplicantContext, applicationId: string, fileId: string) {
  const removed = await app.db.transaction(async (tx) => {
    const db = tx as Db;
    const application = await lockMine(db, app, applicationId);
    const [row] = await db
      .delete(applicationFiles)
      .where(
        and(
          eq(applicationFiles.organizationId, application.organizationId),
          eq(applicationFiles.applicationId, application.id),
          eq(applicationFiles.id, fileId),
        ),
      )
      .returning();
    if (!row) throw new NotFound("file");
    ensureDraft(application);
    ensureOpen(await publishedCall(db, application.callId), app.clock());
    const { [row.fieldKey]: answer, ...answers } = application.answers;
    if (answer === row.id) await db.update(applications).set({ answers }).where(eq(applications.id, application.id));
    return row;
  });
  await deleteStoredFiles(app.config, [removed]);
  return { ok: true as const };
}

function fileQuery(db: Db) {
  return db
    .select({ file: applicationFiles })
    .from(applicationFiles)
    .innerJoin(applications, eq(applications.id, applicationFiles.applicationId));
}

/** The applicant's files on their own application; anyone else's application has none for them. */
export async function listMyFiles(app: ApplicantContext, applicationId: string) {
  const rows = await fileQuery(app.db)
    .where(and(eq(applications.id, applicationId), eq(applications.applicantUserId, app.user.id)))
    .orderBy(asc(applicationFiles.fieldKey));
  return rows.map((row) => fileView(row.file));
}

export async function myApplicationFile(app: ApplicantContext, applicationId: string, fileId: string) {
  const [row] = await fileQuery(app.db).where(
    and(
      eq(applicationFiles.id, fileId),
      eq(applications.id, applicationId),
      eq(applications.applicantUserId, app.user.id),
    ),
  );
  if (!row) throw new NotFound("file");
  return download(app.config, row.file);
}

/** Staff who read applications see every file; a reviewer those of an application they review openly. */
async function mayReadFiles(ctx: OrgContext, applicationId: string) {
  return can(ctx.actor.role, "applications.read") || (await reviewsOpenly(ctx, applicationId));
}

export async function listApplicationFiles(ctx: OrgContext, applicationId: string) {
  const [application] = await ctx.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, applicationId)));
  if (!application || !(await mayReadFiles(ctx, applicationId))) throw new NotFound("application");
  const rows = await fileQuery(ctx.db)
    .where(and(eq(applicationFiles.organizationId, ctx.organizationId), eq(applications.id, applicationId)))
    .orderBy(asc(applicationFiles.fieldKey));
  return rows.map((row) => fileView(row.file));
}

export async function applicationFile(ctx: OrgContext, applicationId: string, fileId: string) {
  const [row] = await fileQuery(ctx.db).where(
    and(
      eq(applicationFiles.organizationId, ctx.organizationId),
      eq(applicationFiles.id, fileId),
      eq(applications.id, applicationId),
    ),
  );
  if (!row || !(await mayReadFiles(ctx, applicationId))) throw new NotFound("file");
  return download(ctx.config, row.file);
}

/** The stored bytes as a stream, with what the response says about them. */
async function download(config: Config, row: FileRow) {
  const blob = await openAsBlob(storedPath(config, row.organizationId, row.id)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw new NotFound("file");
      throw error;
    },
  );
  return {
    body: blob.stream(),
    mediaType: row.mediaType,
    size: row.size,
    disposition: attachmentDisposition(row.originalName),
  };
}

/** Original names of the files answering questions of these applications, by file id (for exports). */
export async function fileNamesOf(db: Db, organizationId: string, callId: string) {
  const rows = await db
    .select({ id: applicationFiles.id, name: applicationFiles.originalName })
    .from(applicationFiles)
    .innerJoin(applications, eq(applications.id, applicationFiles.applicationId))
    .where(and(eq(applicationFiles.organizationId, organizationId), eq(applications.callId, callId)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
