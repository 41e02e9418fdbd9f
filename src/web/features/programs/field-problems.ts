/** Words for the API's refusal of one input, found by its exact path (`phases.2.endsOn`, not any `endsOn`). */
import { ApiError } from "../../api-client.ts";
import { useProblemText } from "../../ui/problem-text.ts";

export type FieldProblems = (path: string) => string | undefined;

function valueAt(value: unknown, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/**
 * `sent` is what the refused request carried and `current` the same shape as the form now stands. A refusal is shown
 * only while its input still holds the refused value: an invalid input also blocks the browser from submitting the
 * form, so it has to clear as soon as the person changes it (or moves its row).
 */
export function useFieldProblems({ error, sent }: { error: unknown; sent: unknown }, current: unknown): FieldProblems {
  const problemText = useProblemText();
  return (path) => {
    if (!(error instanceof ApiError)) return undefined;
    const issue = error.fields.find((candidate) => candidate.path === `json.${path}`);
    const unchanged = JSON.stringify(valueAt(sent, path)) === JSON.stringify(valueAt(current, path));
    return issue && unchanged ? problemText(issue) : undefined;
  };
}
