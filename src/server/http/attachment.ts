/** Content-Disposition for a download: a plain ASCII name for any client, the real one (RFC 5987) for the rest. */
export function attachmentDisposition(fileName: string, fallback = "download") {
  const dot = fileName.lastIndexOf(".");
  const extension = dot > 0 ? fileName.slice(dot).replace(/[^\w.]+/g, "") : "";
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ascii =
    stem
      .normalize("NFKD")
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "") || fallback;
  // encodeURIComponent leaves '()*! unencoded, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}${extension}"; filename*=UTF-8''${encoded}`;
}
