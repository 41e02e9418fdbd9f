/** Bringing many people in from a spreadsheet: choose or paste a CSV, check it row by row, then import the valid rows. */
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { FileTrigger } from "react-aria-components";
import { useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, TextInput } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { ImportPreview } from "./import-preview.tsx";
import { ImportRun } from "./import-run.tsx";
import { useImportPeople, usePreviewImport } from "./use-people-import.ts";

// Column names stay left to right inside any sentence: Unicode isolates (LRI … PDI) keep Hebrew around them in place.
const recognisedColumns = "\u2066full_name, email, phone, city, country, language, notes\u2069";

export function PeopleImportPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/people/import" });
  const [csv, setCsv] = useState("");
  const preview = usePreviewImport(orgId);
  const importer = useImportPeople(orgId);
  /** A different file makes the preview and any finished import out of date; a running import keeps its file. */
  const changeCsv = (text: string) => {
    if (importer.isRunning) return;
    importer.reset();
    preview.reset();
    setCsv(text);
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("people.import.title")} subtitle={t("people.import.intro")} />
      <CsvSource
        csv={csv}
        onChange={changeCsv}
        onCheck={() => preview.mutate(csv)}
        isPending={preview.isPending}
        isLocked={importer.isRunning}
        error={preview.error}
      />
      {preview.data && <ImportPreview preview={preview.data} />}
      {preview.data && (
        <ImportRun orgId={orgId} preview={preview.data} importer={importer} onRestart={() => changeCsv("")} />
      )}
    </div>
  );
}

function CsvSource({
  csv,
  onChange,
  onCheck,
  isPending,
  isLocked,
  error,
}: {
  csv: string;
  onChange: (csv: string) => void;
  onCheck: () => void;
  isPending: boolean;
  isLocked: boolean;
  error: unknown;
}) {
  const t = useT();
  const problemText = useProblemText();
  const [fileName, setFileName] = useState<string | null>(null);
  async function readFile(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setFileName(file.name);
    onChange(await file.text());
  }
  return (
    <Card title={t("people.import.sourceTitle")}>
      <ServerValidatedForm onSubmit={onCheck} className="flex flex-col gap-4">
        <ErrorBanner>{problemText(error, "csv") ?? problemText(error)}</ErrorBanner>
        <div className="flex flex-wrap items-center gap-3">
          <FileTrigger acceptedFileTypes={[".csv", "text/csv"]} onSelect={readFile}>
            <Button variant="secondary" isDisabled={isLocked}>
              {t("people.import.chooseFile")}
            </Button>
          </FileTrigger>
          {fileName && csv && <span className="text-sm text-slate-600">{fileName}</span>}
        </div>
        <TextInput
          label={t("people.import.pasteLabel")}
          description={t("people.import.columnsHint", { columns: recognisedColumns })}
          multiline
          dir="auto"
          value={csv}
          onChange={(text) => {
            setFileName(null);
            onChange(text);
          }}
          className="[&_textarea]:min-h-40 [&_textarea]:font-mono"
        />
        <Button type="submit" className="w-fit" isDisabled={!csv.trim() || isPending || isLocked}>
          {t("people.import.check")}
        </Button>
      </ServerValidatedForm>
    </Card>
  );
}
