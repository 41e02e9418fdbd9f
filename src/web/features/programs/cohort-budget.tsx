/** The cohort's planned budget lines in the viewer's number format, with a total per currency. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { totalsByCurrency } from "./money-units.ts";
import type { Cohort } from "./use-program-queries.ts";

export function CohortBudget({ lines }: { lines: NonNullable<Cohort["budgetLines"]> }) {
  const t = useT();
  const format = useFormat();
  if (lines.length === 0) return <EmptyState>{t("cohorts.budget.empty")}</EmptyState>;
  return (
    <DataTable
      caption={t("cohorts.budget.title")}
      headers={[t("cohorts.budget.category"), t("cohorts.budget.note"), t("cohorts.budget.planned")]}
    >
      {lines.map((line) => (
        <tr key={line.id}>
          <Cell className="font-medium">{line.category}</Cell>
          <Cell className="text-slate-600">{line.note}</Cell>
          <Cell className="whitespace-nowrap tabular-nums">{format.money(line.plannedAmount, line.currency)}</Cell>
        </tr>
      ))}
      {totalsByCurrency(lines).map(({ currency, total }) => (
        <tr key={currency} className="bg-slate-50 font-semibold">
          <Cell>{t("cohorts.budget.total")}</Cell>
          <Cell />
          <Cell className="whitespace-nowrap tabular-nums">{format.money(total, currency)}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
