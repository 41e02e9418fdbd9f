/** What the server made of the CSV: counts, ignored columns, and every row with its problems marked. */
import { useState } from "react";
import { Switch } from "react-aria-components";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Badge, Card, Cell, DataTable } from "../../ui/layout.tsx";
import { ImportIssues, personFieldLabels } from "./import-issues.tsx";
import type { ImportPreview as Preview, PreviewRow } from "./use-people-import.ts";
import type { PersonField } from "./use-people-queries.ts";

/** Enough rows to check a file by eye; a browser slows down past a few thousand table rows. */
const rowsShown = 500;

const columns: PersonField[] = ["fullName", "email", "phone", "city", "country", "locale"];
const leftToRight = new Set<PersonField>(["email", "phone", "country", "locale"]);

export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useT();
  const format = useFormat();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = onlyErrors ? preview.rows.filter((row) => row.errors.length > 0) : preview.rows;
  const caption = t("people.import.previewTitle");
  return (
    <Card title={caption}>
      <div className="mb-4 flex flex-col gap-3">
        <p className="flex flex-wrap gap-2">
          <Badge tone="green">{t("people.import.validCount", { count: preview.validCount })}</Badge>
          {preview.errorCount > 0 && (
            <Badge tone="red">{t("people.import.errorCount", { count: preview.errorCount })}</Badge>
          )}
        </p>
        {preview.unknownColumns.length > 0 && (
          <p className="text-sm text-slate-700">
            {t("people.import.unknownColumns", { count: preview.unknownColumns.length })}{" "}
            {preview.unknownColumns.map((column) => (
              <code key={column} className="me-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                {column}
              </code>
            ))}
          </p>
        )}
        {preview.errorCount > 0 && <ErrorsOnlySwitch isSelected={onlyErrors} onChange={setOnlyErrors} />}
      </div>
      <DataTable
        caption={caption}
        headers={[
          t("people.import.line"),
          ...columns.map((field) => t(personFieldLabels[field])),
          t("people.import.problems"),
        ]}
      >
        {rows.slice(0, rowsShown).map((row) => (
          <PreviewTableRow key={row.line} row={row} />
        ))}
      </DataTable>
      {rows.length > rowsShown && (
        <p className="mt-2 text-sm text-slate-600">
          {t("people.import.rowsShown", { shown: format.number(rowsShown), count: rows.length })}
        </p>
      )}
    </Card>
  );
}

function PreviewTableRow({ row }: { row: PreviewRow }) {
  const fieldsWithErrors = new Set(row.errors.map((issue) => issue.path));
  return (
    <tr className={row.errors.length > 0 ? "bg-red-50/50" : undefined}>
      <Cell className="text-slate-500 tabular-nums">{row.line}</Cell>
      {columns.map((field) => (
        <Cell key={field} className={fieldsWithErrors.has(field) ? "bg-red-100 font-medium text-red-900" : undefined}>
          <span dir={leftToRight.has(field) ? "ltr" : undefined}>{row.person[field]}</span>
        </Cell>
      ))}
      <Cell className="text-xs text-red-800">
        <ImportIssues issues={row.errors} />
      </Cell>
    </tr>
  );
}

function ErrorsOnlySwitch({ isSelected, onChange }: { isSelected: boolean; onChange: (value: boolean) => void }) {
  const t = useT();
  return (
    <Switch
      isSelected={isSelected}
      onChange={onChange}
      className="group flex w-fit cursor-default items-center gap-2 text-sm"
    >
      <span className="flex h-5 w-9 justify-start rounded-full bg-slate-300 p-0.5 transition group-data-[selected]:justify-end group-data-[selected]:bg-brand-600 group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-brand-600">
        <span className="block h-4 w-4 rounded-full bg-white shadow" />
      </span>
      {t("people.import.onlyErrors")}
    </Switch>
  );
}
