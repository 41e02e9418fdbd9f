/** The cohort's planned budget: lines typed in major units of their currency, with a running total. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, TextInput } from "../../ui/controls.tsx";
import { NumberInput } from "../../ui/number-input.tsx";
import { type BudgetLineDraft, newBudgetLine } from "./cohort-draft.ts";
import type { FieldProblems } from "./field-problems.ts";
import { isCurrencyCode, toMinorUnits, totalsByCurrency } from "./money-units.ts";

type BudgetLinesEditorProps = {
  lines: BudgetLineDraft[];
  onChange: (lines: BudgetLineDraft[]) => void;
  defaultCurrency: string;
  problemAt: FieldProblems;
};

export function BudgetLinesEditor({ lines, onChange, defaultCurrency, problemAt }: BudgetLinesEditorProps) {
  const t = useT();
  const replace = (index: number, patch: Partial<BudgetLineDraft>) =>
    onChange(lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  return (
    <div className="flex flex-col gap-3">
      {lines.length > 0 && (
        <ul className="flex flex-col gap-3">
          {lines.map((line, index) => (
            <li
              key={line.key}
              className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[minmax(0,1fr)_11rem_6rem_minmax(0,1fr)_auto] sm:items-start"
            >
              <TextInput
                label={t("cohorts.budget.category")}
                value={line.category}
                onChange={(category) => replace(index, { category })}
                error={problemAt(`budgetLines.${index}.category`)}
                isRequired
              />
              <NumberInput
                label={t("cohorts.budget.planned")}
                value={line.amount}
                onChange={(amount) => replace(index, { amount })}
                formatOptions={
                  isCurrencyCode(line.currency) ? { style: "currency", currency: line.currency } : undefined
                }
                minValue={0}
                error={problemAt(`budgetLines.${index}.plannedAmount`)}
                isRequired
              />
              <TextInput
                label={t("cohorts.budget.currency")}
                value={line.currency}
                onChange={(currency) => replace(index, { currency: currency.toUpperCase().slice(0, 3) })}
                error={problemAt(`budgetLines.${index}.currency`)}
                dir="ltr"
                isRequired
              />
              <TextInput
                label={t("cohorts.budget.note")}
                value={line.note}
                onChange={(note) => replace(index, { note })}
                error={problemAt(`budgetLines.${index}.note`)}
              />
              <Button
                variant="quiet"
                className="px-2 sm:mt-6"
                aria-label={t("cohorts.budget.remove", { number: index + 1 })}
                onPress={() => onChange(lines.filter((_, at) => at !== index))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" onPress={() => onChange([...lines, newBudgetLine(defaultCurrency)])}>
          {t("cohorts.budget.add")}
        </Button>
        <PlannedTotal lines={lines} />
      </div>
    </div>
  );
}

function PlannedTotal({ lines }: { lines: BudgetLineDraft[] }) {
  const t = useT();
  const format = useFormat();
  const totals = totalsByCurrency(
    lines
      .filter((line) => isCurrencyCode(line.currency))
      .map((line) => ({ currency: line.currency, plannedAmount: toMinorUnits(line.amount ?? 0, line.currency) })),
  );
  if (totals.length === 0) return null;
  return (
    <p aria-live="polite" className="text-sm font-semibold tabular-nums">
      {t("cohorts.budget.totalPlanned", {
        amount: totals.map(({ currency, total }) => format.money(total, currency)).join(" + "),
      })}
    </p>
  );
}
