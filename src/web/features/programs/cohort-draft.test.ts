import { describe, expect, test } from "vitest";
import { cohortValues, emptyCohortDraft, newBudgetLine, newPhase } from "./cohort-draft.ts";

describe("cohort draft", () => {
  test("a new phase starts the day after the previous one ends", () => {
    const first = { ...newPhase([], "2026-09-01"), endsOn: "2026-10-31" };
    expect(first.startsOn).toBe("2026-09-01");
    expect(newPhase([first], "2026-09-01").startsOn).toBe("2026-11-01");
  });

  test("amounts typed in shekels are sent in agorot, with blanks dropped", () => {
    const draft = {
      ...emptyCohortDraft({ capacity: 20, commitmentHours: 150 }),
      name: { he: "מחזור א׳", en: " " },
      startsOn: "2026-09-01",
      endsOn: "2027-07-31",
      budgetLines: [{ ...newBudgetLine("ILS"), category: " Training ", amount: 100_000.5, note: " " }],
    };
    const values = cohortValues(draft, "program-id");
    expect(values.name).toEqual({ he: "מחזור א׳" });
    expect(values.budgetLines).toEqual([
      { category: "Training", plannedAmount: 10_000_050, currency: "ILS", note: null },
    ]);
  });
});
