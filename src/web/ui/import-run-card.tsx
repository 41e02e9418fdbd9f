/**
 * The run of a CSV import, for every import page: start the valid rows, the progress per chunk, a stop that says how
 * far it got and resumes from the first unsent row, and the outcome with the lines the server refused.
 */
import { useBlocker } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "./controls.tsx";
import { Card, Cell, DataTable } from "./layout.tsx";
import { useProblemText } from "./problem-text.ts";
import { ProgressBar } from "./progress-bar.tsx";
import type { ChunkedImport, ChunkedProgress } from "./use-chunked-import.ts";

type Issue = { path: string; code: string };
type FailedLine = { line: number; errors: Issue[] };

/** The sentences that name what this import writes (people created, attendances recorded …). */
export type ImportRunTexts = {
  run: (count: number) => string;
  stopped: (progress: { done: number; count: number; written: number }) => string;
  complete: (written: number) => string;
  completeWithGaps: (written: number, notWritten: number) => string;
};

/** The preview's verdict: its rows (those without errors are sent) and how many it refused. */
type CheckedRows<Row> = { rows: Row[]; errorCount: number };

export function ImportRunCard<Row extends { errors: unknown[] }, Failed extends FailedLine>({
  importer,
  preview,
  texts,
  renderIssues,
  outcomeActions,
}: {
  importer: ChunkedImport<Row, Failed>;
  preview: CheckedRows<Row>;
  texts: ImportRunTexts;
  renderIssues: (issues: Issue[]) => ReactNode;
  outcomeActions: ReactNode;
}) {
  const t = useT();
  const validRows = preview.rows.filter((row) => row.errors.length === 0);
  useBlocker({
    shouldBlockFn: () => !window.confirm(t("people.import.leaveWhileRunning")),
    disabled: !importer.isRunning,
    enableBeforeUnload: importer.isRunning,
  });
  const { progress } = importer;
  const failedLines = progress && <FailedLines failed={progress.failed} renderIssues={renderIssues} />;
  return (
    <Card title={t("people.import.runTitle")}>
      <div className="flex flex-col gap-4">
        {!progress && (
          <Button className="w-fit" isDisabled={validRows.length === 0} onPress={() => importer.start(validRows)}>
            {texts.run(validRows.length)}
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
          <ImportStopped progress={progress} error={importer.error} onResume={importer.resume} texts={texts}>
            {failedLines}
          </ImportStopped>
        )}
        {progress && importer.isComplete && (
          <ImportOutcome progress={progress} skipped={preview.errorCount} texts={texts} actions={outcomeActions}>
            {failedLines}
          </ImportOutcome>
        )}
      </div>
    </Card>
  );
}

function ImportStopped<Row, Failed>({
  progress,
  error,
  onResume,
  texts,
  children,
}: {
  progress: ChunkedProgress<Row, Failed>;
  error: Error;
  onResume: () => void;
  texts: ImportRunTexts;
  children: ReactNode;
}) {
  const t = useT();
  const problemText = useProblemText();
  return (
    <div className="flex flex-col gap-3">
      <ErrorBanner>
        <p className="font-semibold">
          {texts.stopped({ done: progress.done, count: progress.rows.length, written: progress.written })}
        </p>
        <p>{problemText(error)}</p>
      </ErrorBanner>
      <Button className="w-fit" onPress={onResume}>
        {t("people.import.resume", { count: progress.rows.length - progress.done })}
      </Button>
      {children}
    </div>
  );
}

function ImportOutcome<Row, Failed>({
  progress,
  skipped,
  texts,
  actions,
  children,
}: {
  progress: ChunkedProgress<Row, Failed>;
  /** Rows the preview refused: never sent, so counted as not written. */
  skipped: number;
  texts: ImportRunTexts;
  actions: ReactNode;
  children: ReactNode;
}) {
  const notWritten = progress.failed.length + skipped;
  return (
    <div className="flex flex-col gap-3">
      {notWritten === 0 ? (
        <Notice>{texts.complete(progress.written)}</Notice>
      ) : (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {texts.completeWithGaps(progress.written, notWritten)}
        </div>
      )}
      {children}
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}

function FailedLines({ failed, renderIssues }: { failed: FailedLine[]; renderIssues: (issues: Issue[]) => ReactNode }) {
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
            <Cell className="text-red-800">{renderIssues(row.errors)}</Cell>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
