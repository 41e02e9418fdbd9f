/** Files as answers to file questions: the applicant uploads and downloads them, staff and open reviewers download. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { Ok, OrgParams, Uuid } from "../../http/common.schemas.ts";
import { type AppEnv, allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { bytesOfMb, fileKinds, fileKindTypes, fileSizeLimitsMb } from "./calls.files.kinds.ts";
import * as service from "./calls.files.service.ts";
import type { ApplicantContext } from "./calls.service.ts";

const tags = ["calls"];

const ApplicationFile = z
  .object({
    id: Uuid,
    fieldKey: z.string(),
    name: z.string().openapi({ description: "The name the applicant's file had" }),
    mediaType: z.string().openapi({ description: "The media type of the kind its content was recognised as" }),
    size: z.number().int().openapi({ description: "Bytes" }),
    createdAt: z.string(),
  })
  .openapi("ApplicationFile");

const FileKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/)
  .openapi({ param: { name: "fieldKey", in: "path" }, example: "cv" });
const MyApplicationParam = Uuid.openapi({ param: { name: "applicationId", in: "path" } });
const UploadParams = z.object({ applicationId: MyApplicationParam, fieldKey: FileKey });
const MyFileParams = z.object({
  applicationId: MyApplicationParam,
  fileId: Uuid.openapi({ param: { name: "fileId", in: "path" } }),
});
const MyFilesParams = z.object({ applicationId: MyApplicationParam });
const ApplicationFilesParams = OrgParams.extend({ applicationId: Uuid });
const ApplicationFileParams = ApplicationFilesParams.extend({ fileId: Uuid });

const UploadForm = z.object({
  file: z
    .custom<File>((value) => value instanceof File, { message: "Attach one file as `file`" })
    .openapi({ type: "string", format: "binary" }),
});

const kindsTable = fileKinds.map((kind) => `${kind} (${fileKindTypes[kind].mediaType})`).join(", ");

/** Multipart boundaries and part headers around the file itself. */
const multipartAllowance = 64 * 1024;

/** Refuses a body above the largest limit any question may set while it streams in, before anything is parsed. */
const uploadLimit = bodyLimit({
  maxSize: bytesOfMb(fileSizeLimitsMb.max) + multipartAllowance,
  onError: () => {
    throw service.fileTooLarge(fileSizeLimitsMb.max);
  },
});

const problem = (description: string) => ({ ...problems[400], description });

const upload = createRoute({
  method: "post",
  path: "/my/applications/{applicationId}/files/{fieldKey}",
  tags,
  summary: "Upload the file answering a file question of my draft, replacing the one it held",
  description:
    "multipart/form-data with one part `file`. The content, not the name or declared type, must be one of the " +
    `question's kinds — ${kindsTable} — and at most its size limit (${fileSizeLimitsMb.min}–` +
    `${fileSizeLimitsMb.max} MB). The draft's answer to the question becomes the new file's id.`,
  middleware: [signedIn, uploadLimit] as const,
  request: {
    params: UploadParams,
    body: { required: true, content: { "multipart/form-data": { schema: UploadForm } } },
  },
  responses: {
    201: jsonResponse(ApplicationFile, "Stored"),
    400: problems[400],
    401: problems[401],
    404: problems[404],
    409: problems[409],
    413: problem("Larger than the question's size limit (`errors.fileTooLarge`)"),
    415: problem("Not multipart, or content of a kind the question does not accept (`errors.fileTypeNotAccepted`)"),
  },
});

const fileDownload = {
  200: {
    description: "The file as uploaded, with its name in Content-Disposition",
    content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
  },
};

const myFiles = createRoute({
  method: "get",
  path: "/my/applications/{applicationId}/files",
  tags,
  summary: "The files answering file questions of one of my applications",
  middleware: [signedIn] as const,
  request: { params: MyFilesParams },
  responses: {
    200: jsonResponse(z.array(ApplicationFile), "Files"),
    400: problems[400],
    401: problems[401],
  },
});

const myFile = createRoute({
  method: "get",
  path: "/my/applications/{applicationId}/files/{fileId}",
  tags,
  summary: "Download a file of one of my applications",
  middleware: [signedIn] as const,
  request: { params: MyFileParams },
  responses: { ...fileDownload, 400: problems[400], 401: problems[401], 404: problems[404] },
});

const removeMyFile = createRoute({
  method: "delete",
  path: "/my/applications/{applicationId}/files/{fileId}",
  tags,
  summary: "Take a file off my draft; its question is unanswered again",
  middleware: [signedIn] as const,
  request: { params: MyFileParams },
  responses: {
    200: jsonResponse(Ok, "Removed"),
    400: problems[400],
    401: problems[401],
    404: problems[404],
    409: problems[409],
  },
});

const applicationFiles = createRoute({
  method: "get",
  path: "/orgs/{orgId}/applications/{applicationId}/files",
  tags,
  summary: "An application's files: for staff, and for a reviewer assigned to it in an open review",
  middleware: [allow("reviews.score")] as const,
  request: { params: ApplicationFilesParams },
  responses: { 200: jsonResponse(z.array(ApplicationFile), "Files"), ...scopedProblems },
});

const applicationFile = createRoute({
  method: "get",
  path: "/orgs/{orgId}/applications/{applicationId}/files/{fileId}",
  tags,
  summary: "Download an application's file: staff, or a reviewer assigned to it in an open review without conflict",
  middleware: [allow("reviews.score")] as const,
  request: { params: ApplicationFileParams },
  responses: { ...fileDownload, ...scopedProblems },
});

function applicantContext(c: Context<AppEnv>): ApplicantContext {
  const { database, clock, config } = c.get("services");
  return { db: database.db, clock, config, user: requireUser(c.get("user")) };
}

/** The stored media type, never sniffed, and always a download rather than a page of this site. */
function sendFile(c: Context<AppEnv>, file: Awaited<ReturnType<typeof service.myApplicationFile>>) {
  return c.body(file.body, 200, {
    "content-type": file.mediaType,
    "content-length": String(file.size),
    "content-disposition": file.disposition,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
}

export const callsFilesRouter = createRouter()
  .openapi(upload, async (c) => {
    const { applicationId, fieldKey } = c.req.valid("param");
    const { file } = c.req.valid("form");
    return c.json(await service.uploadApplicationFile(applicantContext(c), { applicationId, fieldKey, file }), 201);
  })
  .openapi(myFiles, async (c) =>
    c.json(await service.listMyFiles(applicantContext(c), c.req.valid("param").applicationId), 200),
  )
  .openapi(myFile, async (c) => {
    const { applicationId, fileId } = c.req.valid("param");
    return sendFile(c, await service.myApplicationFile(applicantContext(c), applicationId, fileId));
  })
  .openapi(removeMyFile, async (c) => {
    const { applicationId, fileId } = c.req.valid("param");
    return c.json(await service.removeApplicationFile(applicantContext(c), applicationId, fileId), 200);
  })
  .openapi(applicationFiles, async (c) =>
    c.json(await service.listApplicationFiles(c.get("ctx"), c.req.valid("param").applicationId), 200),
  )
  .openapi(applicationFile, async (c) => {
    const { applicationId, fileId } = c.req.valid("param");
    return sendFile(c, await service.applicationFile(c.get("ctx"), applicationId, fileId));
  });
