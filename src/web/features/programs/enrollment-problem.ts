/** Words for a refused enrollment: a full cohort says how many places it has and what to do. */
import { ApiError } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";
import { useProblemText } from "../../ui/problem-text.ts";

export function useEnrollmentProblem(capacity: number) {
  const t = useT();
  const problemText = useProblemText();
  return (error: unknown) =>
    error instanceof ApiError && error.code === "errors.cohortFull"
      ? t("enrollments.cohortFull", { capacity })
      : problemText(error);
}
