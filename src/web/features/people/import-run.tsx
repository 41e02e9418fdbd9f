/** Sends the valid rows, shows the progress per chunk, and tells plainly whether everything was written. */
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/controls.tsx";
import { ImportRunCard } from "../../ui/import-run-card.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { ImportIssues } from "./import-issues.tsx";
import type { Importer, ImportPreview } from "./use-people-import.ts";

export function ImportRun({
  orgId,
  preview,
  importer,
  onRestart,
}: {
  orgId: string;
  preview: ImportPreview;
  importer: Importer;
  onRestart: () => void;
}) {
  const t = useT();
  return (
    <ImportRunCard
      importer={importer}
      preview={preview}
      texts={{
        run: (count) => t("people.import.run", { count }),
        stopped: ({ done, count, written }) => t("people.import.stopped", { done, count, created: written }),
        complete: (written) => t("people.import.complete", { count: written }),
        completeWithGaps: (written, notWritten) => t("people.import.completeWithGaps", { count: written, notWritten }),
      }}
      renderIssues={(issues) => <ImportIssues issues={issues} />}
      outcomeActions={
        <>
          <Link to="/orgs/$orgId/people" params={{ orgId }} className={buttonClass()}>
            {t("people.import.toList")}
          </Link>
          <Button variant="secondary" onPress={onRestart}>
            {t("people.import.another")}
          </Button>
        </>
      }
    />
  );
}
