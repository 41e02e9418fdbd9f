/** An attendance list from a spreadsheet: choose the file, check it row by row, then record the valid rows in chunks. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { FileTrigger } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { RadioGroupField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { ImportRunCard } from "../../ui/import-run-card.tsx";
import { Badge, Card, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
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
      {preview.data && (
        <AttendanceImportRun orgId={orgId} eventId={eventId} preview={preview.data} importer={importer} />
      )}
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

function AttendanceImportRun({
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
  return (
    <ImportRunCard
      importer={importer}
      preview={preview}
      texts={{
        run: (count) => t("attendance.import.run", { count }),
        stopped: ({ done, count, written }) => t("attendance.import.stopped", { done, count, recorded: written }),
        complete: (written) => t("attendance.import.complete", { count: written }),
        completeWithGaps: (written, notWritten) =>
          t("attendance.import.completeWithGaps", { count: written, notWritten }),
      }}
      renderIssues={(issues) => <ImportIssues issues={issues} />}
      outcomeActions={
        <Link to="/orgs/$orgId/events/$eventId/attendance" params={{ orgId, eventId }} className={buttonClass()}>
          {t("attendance.title")}
        </Link>
      }
    />
  );
}
