/** Words for the API's refusal of one input of a program, cohort or enrollment form, found by its exact path. */
import { useProblemText } from "../../ui/problem-text.ts";

export type FieldProblems = (path: string) => string | undefined;

function valueAt(value: unknown, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

/**
 * `sent` is what the refused request carried and `current` the same shape as the form now stands. A refusal is shown
 * only while its input still holds the refused value, so it clears once the person changes it, and an issue about
 * `phases.2` does not move to whichever phase is third after a reorder.
 */
export function useFieldProblems({ error, sent }: { error: unknown; sent: unknown }, current: unknown): FieldProblems {
  const problemText = useProblemText();
  return (path) =>
    JSON.stringify(valueAt(sent, path)) === JSON.stringify(valueAt(current, path))
      ? problemText(error, path)
      : undefined;
}
