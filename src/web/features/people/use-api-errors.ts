/** What a failed request tells the person: a sentence for the banner and one per input it names. */
import { useCallback } from "react";
import { catalogs, type MessageKey } from "../../../shared/i18n/messages.ts";
import { ApiError } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";

function isMessageKey(code: string): code is MessageKey {
  return code in catalogs.en;
}

/** The catalog text for an error code from the API; codes the catalog lacks read as a generic refusal. */
export function useErrorText() {
  const t = useT();
  return useCallback((code: string) => t(isMessageKey(code) ? code : "errors.validation"), [t]);
}

export function useApiErrors(error: unknown) {
  const errorText = useErrorText();
  const apiError = error instanceof ApiError ? error : null;
  return {
    banner: error ? errorText(apiError?.code ?? "errors.internal") : null,
    field: (name: string) => {
      const issue = apiError?.fieldIssue(name);
      return issue ? errorText(issue.code) : undefined;
    },
  };
}
