/** Words for an API refusal or one of its field issues: their `code` is a catalog key. */
import { useCallback } from "react";
import { catalogs, type MessageKey } from "../../shared/i18n/messages.ts";
import { ApiError } from "../api-client.ts";
import { useT } from "../i18n/i18n.tsx";

function isMessageKey(code: unknown): code is MessageKey {
  return typeof code === "string" && code in catalogs.en;
}

/** `problemText(mutation.error)`, `problemText(error.fieldIssue("email"))`: undefined when there is nothing to say. */
export function useProblemText() {
  const t = useT();
  return useCallback(
    (problem: unknown): string | undefined => {
      if (!problem) return undefined;
      const code = (problem as { code?: unknown }).code;
      if (isMessageKey(code)) return t(code);
      // A code the catalog lacks is still a refusal of the input; no code at all means the request itself failed.
      return t(typeof code === "string" ? "errors.validation" : "errors.internal");
    },
    [t],
  );
}

/** The issue for a dotted input path ("owner.password"), also when the server named only its last part ("password"). */
export function fieldIssue(error: unknown, path: string) {
  if (!(error instanceof ApiError)) return undefined;
  const last = path.split(".").at(-1);
  return error.fieldIssue(path) ?? error.fields.find((issue) => issue.path === last);
}
