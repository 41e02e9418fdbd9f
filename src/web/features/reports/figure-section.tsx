/** One figure: its chart as the server draws it (an image with a short alt) and its table, the text equivalent. */
import type { FigureTable } from "../../../server/modules/reports/reports.figures.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";

export function FigureSection({ table, chartUrl }: { table: FigureTable; chartUrl: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <Card title={table.title}>
      {table.rows.length === 0 ? (
        <EmptyState>{t("reports.empty")}</EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          {/* The URL carries the locale, so the chart's labels change with the page's language. */}
          <img src={chartUrl} alt={t("reports.chartAlt", { title: table.title })} className="h-auto max-w-full" />
          <DataTable caption={table.title} headers={table.columns}>
            {table.rows.map((row) => (
              <tr key={row.join("\u0000")}>
                {row.map((cell, index) =>
                  typeof cell === "number" ? (
                    <Cell key={table.columns[index]} className="tabular-nums">
                      {format.number(cell)}
                    </Cell>
                  ) : (
                    // Names keep their own direction: "1. The active citizen" reads the same on a Hebrew page.
                    <Cell key={table.columns[index]}>
                      <bdi>{cell}</bdi>
                    </Cell>
                  ),
                )}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}
