/**
 * Where the bytes of uploaded files live: `<DATA_DIR>/uploads/<organization_id>/<file id>`, whichever database
 * holds the records. Records and bytes part ways only after a commit, so a rolled-back change keeps both.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { applicationFiles } from "./calls.files.tables.ts";
import { applications } from "./calls.tables.ts";

type StoredFile = { organizationId: string; id: string };

export function storedPath(config: Config, organizationId: string, fileId: string) {
  return path.join(config.dataDir, "uploads", organizationId, fileId);
}

/** Deletes the bytes of files whose records are gone; called once the transaction that removed them commits. */
export async function deleteStoredFiles(config: Config, files: StoredFile[]) {
  await Promise.all(files.map((file) => rm(storedPath(config, file.organizationId, file.id), { force: true })));
}

/**
 * Removes the file records of a person's applications, which go with the person; returns them so that their
 * bytes can be deleted after the commit.
 */
export async function removeFilesOfApplicant(db: Db, organizationId: string, personId: string) {
  const theirApplications = db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.personId, personId)));
  return db
    .delete(applicationFiles)
    .where(
      and(
        eq(applicationFiles.organizationId, organizationId),
        inArray(applicationFiles.applicationId, theirApplications),
      ),
    )
    .returning({ organizationId: applicationFiles.organizationId, id: applicationFiles.id });
}
