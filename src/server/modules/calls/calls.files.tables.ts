/** Files applicants upload as answers: the bytes live on disk under the data directory, their record here. */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { applications } from "./calls.tables.ts";

export const applicationFiles = pgTable(
  "application_files",
  {
    /** Also the file's name on disk: `<DATA_DIR>/uploads/<organization_id>/<id>`. */
    id: id(),
    organizationId: organizationRef(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** The file question it answers; the application's answer for that key is this row's id. */
    fieldKey: text("field_key").notNull(),
    /** The name on the applicant's computer, shown and offered on download; never used as a path. */
    originalName: text("original_name").notNull(),
    /** The media type of the kind its content was recognised as, not the one the browser declared. */
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    // One file per question: uploading again replaces it.
    unique("application_files_one_per_field").on(table.applicationId, table.fieldKey),
    index("application_files_application_idx").on(table.organizationId, table.applicationId),
    check("application_files_size_positive", sql`${table.size} > 0`),
    check("application_files_sha256_format", sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
