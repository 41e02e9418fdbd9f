/** Words for an API refusal or one of its field issues: their `code` is a catalog key. */
import { useCallback } from "react";
import { catalogs, type MessageKey } from "../../shared/i18n/messages.ts";
import { ApiError } from "../api-client.ts";
import { useT } from "../i18n/i18n.tsx";

function isMessageKey(code: unknown): code is MessageKey {
  return typeof code === "string" && code in catalogs.en;
}

/** The issue about exactly this input of the request body: `endsOn` is not also a phase's `phases.2.endsOn`. */
function fieldIssue(error: unknown, field: string) {
  return error instanceof ApiError ? error.fields.find((issue) => issue.path === `json.${field}`) : undefined;
}

/**
 * `problemText(mutation.error)` for the banner, `problemText(mutation.error, "owner.email")` for the input at that
 * path of the request body, or one issue of an import row. Undefined when there is nothing to say.
 */
export function useProblemText() {
  const t = useT();
  return useCallback(
    (error: unknown, field?: string): string | undefined => {
      const problem = field === undefined ? error : fieldIssue(error, field);
      if (!problem) return undefined;
      const code = (problem as { code?: unknown }).code;
      if (isMessageKey(code)) return t(code);
      // A code the catalog lacks is still a refusal of the input; no code at all means the request itself failed.
      return t(typeof code === "string" ? "errors.validation" : "errors.internal");
    },
    [t],
  );
}
