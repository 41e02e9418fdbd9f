/**
 * The kinds of file a call's form may accept, each known by its first bytes rather than by its name or the type
 * the browser declared: a renamed program is not a PDF. The web imports the list for the builder and `accept`.
 *
 * | kind | media type                                                              | content starts with / holds        |
 * |------|-------------------------------------------------------------------------|------------------------------------|
 * | pdf  | application/pdf                                                         | `%PDF-`                            |
 * | doc  | application/msword                                                      | OLE2 compound file `D0 CF 11 E0`   |
 * | docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document | ZIP holding `word/document.xml`    |
 * | odt  | application/vnd.oasis.opendocument.text                                 | ZIP whose `mimetype` names it      |
 * | xlsx | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet       | ZIP holding `xl/workbook.xml`      |
 * | jpg  | image/jpeg                                                              | `FF D8 FF`                         |
 * | png  | image/png                                                               | `89 50 4E 47 0D 0A 1A 0A`          |
 */
export const fileKinds = ["pdf", "doc", "docx", "odt", "xlsx", "jpg", "png"] as const;
export type FileKind = (typeof fileKinds)[number];

export const fileKindTypes: Record<FileKind, { mediaType: string; extensions: string[] }> = {
  pdf: { mediaType: "application/pdf", extensions: [".pdf"] },
  doc: { mediaType: "application/msword", extensions: [".doc"] },
  docx: {
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: [".docx"],
  },
  odt: { mediaType: "application/vnd.oasis.opendocument.text", extensions: [".odt"] },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: [".xlsx"] },
  jpg: { mediaType: "image/jpeg", extensions: [".jpg", ".jpeg"] },
  png: { mediaType: "image/png", extensions: [".png"] },
};

/** Limits of a file question: 1 to 25 MB, 10 MB unless staff choose otherwise. */
export const fileSizeLimitsMb = { min: 1, max: 25, default: 10 } as const;

const megabyte = 1024 * 1024;
export const bytesOfMb = (mb: number) => mb * megabyte;

/** What a file input offers to pick: the kinds' extensions and media types. */
export function acceptAttribute(kinds: readonly FileKind[]) {
  return kinds.flatMap((kind) => [...fileKindTypes[kind].extensions, fileKindTypes[kind].mediaType]);
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: number[], at = 0) {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

/** Whether a name appears among a ZIP archive's entry names (kept uncompressed in its headers). */
function holdsEntry(bytes: Uint8Array, name: string) {
  return new TextDecoder("latin1").decode(bytes).includes(name);
}

const zip = [0x50, 0x4b, 0x03, 0x04];

/** An OpenDocument file begins with an uncompressed `mimetype` entry naming its type (ODF 1.2, part 3, §3.3). */
function isOpenDocumentText(bytes: Uint8Array) {
  return startsWith(bytes, ascii("mimetype"), 30) && startsWith(bytes, ascii(fileKindTypes.odt.mediaType), 38);
}

/** The kind the content is, judged by its bytes; undefined when it is none of the known kinds. */
export function detectFileKind(bytes: Uint8Array): FileKind | undefined {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "doc";
  if (!startsWith(bytes, zip)) return undefined;
  if (isOpenDocumentText(bytes)) return "odt";
  if (holdsEntry(bytes, "word/document.xml")) return "docx";
  if (holdsEntry(bytes, "xl/workbook.xml")) return "xlsx";
  return undefined;
}

/** What a field stores of the file limits: defaults for a file question, nothing for any other. */
export function fileLimitsOf(field: { type: string; maxFileMb?: number | null; fileKinds?: FileKind[] | null }) {
  if (field.type !== "file") return { maxFileMb: null, fileKinds: null };
  return {
    maxFileMb: field.maxFileMb ?? fileSizeLimitsMb.default,
    fileKinds: field.fileKinds?.length ? [...new Set(field.fileKinds)] : [...fileKinds],
  };
}
