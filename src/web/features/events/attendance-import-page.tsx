/** An attendance list from a spreadsheet: choose the file, check it row by row, then record the valid rows in chunks. */
import { Link, useBlocker, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { FileTrigger } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { RadioGroupField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ProgressBar } from "../../ui/progress-bar.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { ImportIssues } from "../people/import-issues.tsx";
import {
  type AttendancePreview,
  type UnknownPeople,
  useImportAttendance,
  usePreviewAttendanceImport,
} from "./attendance-queries.ts";

// Column names stay left to right inside any sentence: Unicode isolates (LRI … PDI) keep Hebrew around them in place.
const recognisedColumns = "\u2066name, email, country, checked_in_at\u2069";

export function AttendanceImportPage() {
  const t = useT();
  const problemText = useProblemText();
  const { orgId, eventId } = useParams({ from: "/orgs/$orgId/events/$eventId/attendance/import" });
  const [file, setFile] = useState<File | null>(null);
  const [unknownPeople, setUnknownPeople] = useState<UnknownPeople>("error");
  const preview = usePreviewAttendanceImport(orgId, eventId);
  const importer = useImportAttendance(orgId, eventId, unknownPeople);
  const restart = (next: File | null) => {
    if (importer.isRunning) return;
    importer.reset();
    preview.reset();
    setFile(next);
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("attendance.import.title")} subtitle={t("people.import.intro")} />
      <Card title={t("people.import.sourceTitle")}>
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">{t("attendance.import.columnsHint", { columns: recognisedColumns })}</p>
          <ErrorBanner>{problemText(preview.error)}</ErrorBanner>
          <div className="flex flex-wrap items-center gap-3">
            <FileTrigger acceptedFileTypes={[".csv", "text/csv"]} onSelect={(files) => restart(files?.[0] ?? null)}>
              <Button variant="secondary" isDisabled={importer.isRunning}>
                {t("people.import.chooseFile")}
              </Button>
            </FileTrigger>
            {file && <span className="text-sm text-slate-600">{file.name}</span>}
          </div>
          <RadioGroupField
            label={t("attendance.import.unknownLabel")}
            options={[
              { id: "error", label: t("attendance.import.unknownError") },
              { id: "create", label: t("attendance.import.unknownCreate") },
            ]}
            value={unknownPeople}
            onChange={(value) => {
              preview.reset();
              importer.reset();
              setUnknownPeople(value as UnknownPeople);
            }}
          />
          <Button
            className="w-fit"
            isDisabled={!file || preview.isPending || importer.isRunning}
            onPress={() => file && preview.mutate({ file, unknownPeople })}
          >
            {t("people.import.check")}
          </Button>
        </div>
      </Card>
      {preview.data && <PreviewTable preview={preview.data} />}
      {preview.data && <ImportRunCard orgId={orgId} eventId={eventId} preview={preview.data} importer={importer} />}
    </div>
  );
}

const rowsShown = 500;

function PreviewTable({ preview }: { preview: AttendancePreview }) {
  const t = useT();
  return (
    <Card title={t("people.import.previewTitle")}>
      <p className="mb-4 flex flex-wrap gap-2">
        <Badge tone="green">{t("people.import.validCount", { count: preview.validCount })}</Badge>
        {preview.errorCount > 0 && (
          <Badge tone="red">{t("people.import.errorCount", { count: preview.errorCount })}</Badge>
        )}
      </p>
      <DataTable
        caption={t("people.import.previewTitle")}
        headers={[
          t("people.import.line"),
          t("people.field.fullName"),
          t("people.field.email"),
          t("people.field.country"),
          t("attendance.import.arrived"),
          t("people.import.problems"),
        ]}
      >
        {preview.rows.slice(0, rowsShown).map((row) => (
          <tr key={row.line} className={row.errors.length > 0 ? "bg-red-50/50" : undefined}>
            <Cell className="text-slate-500 tabular-nums">{row.line}</Cell>
            <Cell>
              <span dir="auto">{row.fullName}</span>{" "}
              {row.errors.length === 0 && !row.personId && (
                <Badge tone="amber">{t("attendance.import.newPerson")}</Badge>
              )}
            </Cell>
            <Cell>
              <span dir="ltr">{row.email}</span>
            </Cell>
            <Cell>{row.country}</Cell>
            <Cell>
              <span dir="ltr">{row.checkedInAt}</span>
            </Cell>
            <Cell className="text-xs text-red-800">
              <ImportIssues issues={row.errors} />
            </Cell>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

function ImportRunCard({
  orgId,
  eventId,
  preview,
  importer,
}: {
  orgId: string;
  eventId: string;
  preview: AttendancePreview;
  importer: ReturnType<typeof useImportAttendance>;
}) {
  const t = useT();
  const problemText = useProblemText();
  const validRows = preview.rows.filter((row) => row.errors.length === 0);
  useBlocker({
    shouldBlockFn: () => !window.confirm(t("people.import.leaveWhileRunning")),
    disabled: !importer.isRunning,
    enableBeforeUnload: importer.isRunning,
  });
  const { progress } = importer;
  const notWritten = (progress?.failed.length ?? 0) + preview.errorCount;
  return (
    <Card title={t("people.import.runTitle")}>
      <div className="flex flex-col gap-4">
        {!progress && (
          <Button className="w-fit" isDisabled={validRows.length === 0} onPress={() => importer.start(validRows)}>
            {t("attendance.import.run", { count: validRows.length })}
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
          <>
            <ErrorBanner>
              <p className="font-semibold">
                {t("attendance.import.stopped", {
                  done: progress.done,
                  count: progress.rows.length,
                  recorded: progress.written,
                })}
              </p>
              <p>{problemText(importer.error)}</p>
            </ErrorBanner>
            <Button className="w-fit" onPress={importer.resume}>
              {t("people.import.resume", { count: progress.rows.length - progress.done })}
            </Button>
          </>
        )}
        {progress && importer.isComplete && (
          <>
            {notWritten === 0 ? (
              <Notice>{t("attendance.import.complete", { count: progress.written })}</Notice>
            ) : (
              <div
                role="status"
                className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
              >
                {t("attendance.import.completeWithGaps", { count: progress.written, notWritten })}
              </div>
            )}
            <Link to="/orgs/$orgId/events/$eventId/attendance" params={{ orgId, eventId }} className={buttonClass()}>
              {t("attendance.title")}
            </Link>
          </>
        )}
        {progress && progress.failed.length > 0 && (
          <DataTable headers={[t("people.import.line"), t("people.import.problems")]}>
            {progress.failed.map((line) => (
              <tr key={line.line}>
                <Cell className="tabular-nums">{line.line}</Cell>
                <Cell className="text-xs text-red-800">
                  <ImportIssues issues={line.errors} />
                </Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </Card>
  );
}
