/** Sends the valid rows, shows the progress per chunk, and tells plainly whether everything was written. */
import { Link, useBlocker } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Card, Cell, DataTable } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ProgressBar } from "../../ui/progress-bar.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { ImportIssues } from "./import-issues.tsx";
import type { FailedLine, Importer, ImportPreview, ImportProgress } from "./use-people-import.ts";

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
  const validRows = preview.rows.filter((row) => row.errors.length === 0);
  useBlocker({
    shouldBlockFn: () => !window.confirm(t("people.import.leaveWhileRunning")),
    disabled: !importer.isRunning,
    enableBeforeUnload: importer.isRunning,
  });
  const { progress } = importer;
  return (
    <Card title={t("people.import.runTitle")}>
      <div className="flex flex-col gap-4">
        {!progress && (
          <Button className="w-fit" isDisabled={validRows.length === 0} onPress={() => importer.start(validRows)}>
            {t("people.import.run", { count: validRows.length })}
          </Button>
        )}
        {progress && (
          <ProgressBar
            label={t("people.import.progressLabel")}
            value={progress.done}
            maxValue={progress.rows.length}
            valueLabel={t("people.import.progress", { done: progress.done, count: progress.rows.length })}
          />
        )}
        {progress && importer.error && (
          <ImportStopped progress={progress} error={importer.error} onResume={importer.resume} />
        )}
        {progress && importer.isComplete && (
          <ImportOutcome orgId={orgId} progress={progress} skipped={preview.errorCount} onRestart={onRestart} />
        )}
      </div>
    </Card>
  );
}

function ImportStopped({
  progress,
  error,
  onResume,
}: {
  progress: ImportProgress;
  error: Error;
  onResume: () => void;
}) {
  const t = useT();
  const problemText = useProblemText();
  return (
    <div className="flex flex-col gap-3">
      <ErrorBanner>
        <p className="font-semibold">
          {t("people.import.stopped", { done: progress.done, count: progress.rows.length, created: progress.written })}
        </p>
        <p>{problemText(error)}</p>
      </ErrorBanner>
      <Button className="w-fit" onPress={onResume}>
        {t("people.import.resume", { count: progress.rows.length - progress.done })}
      </Button>
      <FailedLines failed={progress.failed} />
    </div>
  );
}

function ImportOutcome({
  orgId,
  progress,
  skipped,
  onRestart,
}: {
  orgId: string;
  progress: ImportProgress;
  skipped: number;
  onRestart: () => void;
}) {
  const t = useT();
  const notWritten = progress.failed.length + skipped;
  return (
    <div className="flex flex-col gap-3">
      {notWritten === 0 ? (
        <Notice>{t("people.import.complete", { count: progress.written })}</Notice>
      ) : (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("people.import.completeWithGaps", { count: progress.written, notWritten })}
        </div>
      )}
      <FailedLines failed={progress.failed} />
      <div className="flex flex-wrap gap-2">
        <Link to="/orgs/$orgId/people" params={{ orgId }} className={buttonClass()}>
          {t("people.import.toList")}
        </Link>
        <Button variant="secondary" onPress={onRestart}>
          {t("people.import.another")}
        </Button>
      </div>
    </div>
  );
}

function FailedLines({ failed }: { failed: FailedLine[] }) {
  const t = useT();
  if (failed.length === 0) return null;
  const caption = t("people.import.failedTitle", { count: failed.length });
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-red-800">{caption}</h3>
      <DataTable caption={caption} headers={[t("people.import.line"), t("people.import.problems")]}>
        {failed.map((row) => (
          <tr key={row.line}>
            <Cell className="tabular-nums">{row.line}</Cell>
            <Cell className="text-red-800">
              <ImportIssues issues={row.errors} />
            </Cell>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
