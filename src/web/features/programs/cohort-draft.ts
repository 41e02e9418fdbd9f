/** The cohort form's working copy: amounts in major units and rows with stable keys, turned into the API's shape on save. */
import { type LocalizedDraft, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { toMajorUnits, toMinorUnits } from "./money-units.ts";
import { addDays } from "./timeline-layout.ts";
import type { Cohort, CohortValues } from "./use-program-queries.ts";

export type PhaseDraft = { key: number; name: LocalizedDraft; startsOn: string; endsOn: string };
export type BudgetLineDraft = { key: number; category: string; amount: number | null; currency: string; note: string };

export type CohortDraft = {
  name: LocalizedDraft;
  startsOn: string;
  endsOn: string;
  capacity: number | null;
  commitmentHours: number | null;
  phases: PhaseDraft[];
  budgetLines: BudgetLineDraft[];
};

let lastKey = 0;
/** Rows keep their key while they move, so React keeps each row's inputs with it. */
const nextKey = () => ++lastKey;

export function cohortDraft(cohort: Cohort): CohortDraft {
  return {
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    capacity: cohort.capacity,
    commitmentHours: cohort.commitmentHours,
    phases: cohort.phases.map((phase) => ({ ...phase, key: nextKey() })),
    budgetLines: (cohort.budgetLines ?? []).map((line) => ({
      key: nextKey(),
      category: line.category,
      amount: toMajorUnits(line.plannedAmount, line.currency),
      currency: line.currency,
      note: line.note ?? "",
    })),
  };
}

export function emptyCohortDraft(defaults: { capacity: number | null; commitmentHours: number | null }): CohortDraft {
  return { name: {}, startsOn: "", endsOn: "", phases: [], budgetLines: [], ...defaults };
}

/** A new phase starts the day after the one before it ends, or with the cohort. */
export function newPhase(phases: PhaseDraft[], cohortStartsOn: string): PhaseDraft {
  const previousEnd = phases.at(-1)?.endsOn;
  return { key: nextKey(), name: {}, startsOn: previousEnd ? addDays(previousEnd, 1) : cohortStartsOn, endsOn: "" };
}

export function newBudgetLine(currency: string): BudgetLineDraft {
  return { key: nextKey(), category: "", amount: null, currency, note: "" };
}

export function cohortValues(draft: CohortDraft, programId: string): CohortValues {
  return {
    programId,
    name: withoutBlanks(draft.name),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    // An empty required number goes out as null so the API names the field.
    capacity: draft.capacity ?? Number.NaN,
    commitmentHours: draft.commitmentHours,
    phases: draft.phases.map(({ name, startsOn, endsOn }) => ({ name: withoutBlanks(name), startsOn, endsOn })),
    budgetLines: draft.budgetLines.map((line) => ({
      category: line.category.trim(),
      plannedAmount: toMinorUnits(line.amount ?? 0, line.currency),
      currency: line.currency,
      note: line.note.trim() || null,
    })),
  };
}
