import { describe, expect, test } from "vitest";
import { currencyDigits, toMajorUnits, toMinorUnits, totalsByCurrency } from "./money-units.ts";

describe("money units", () => {
  test("shekels and euros have two minor digits, yen none and dinars three", () => {
    expect(currencyDigits("ILS")).toBe(2);
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
    expect(currencyDigits("KWD")).toBe(3);
  });

  test("a typed amount becomes whole minor units without float drift", () => {
    expect(toMinorUnits(100_000, "ILS")).toBe(10_000_000);
    expect(toMinorUnits(0.29, "EUR")).toBe(29);
    expect(toMinorUnits(1500, "JPY")).toBe(1500);
    expect(toMajorUnits(10_000_050, "ILS")).toBe(100_000.5);
  });

  test("a currency code still being typed counts as two digits", () => {
    expect(toMinorUnits(12, "IL")).toBe(1200);
  });

  test("totals are kept apart per currency", () => {
    const lines = [
      { plannedAmount: 10_000_000, currency: "ILS" },
      { plannedAmount: 500_000, currency: "EUR" },
      { plannedAmount: 9_000_000, currency: "ILS" },
    ];
    expect(totalsByCurrency(lines)).toEqual([
      { currency: "ILS", total: 19_000_000 },
      { currency: "EUR", total: 500_000 },
    ]);
  });
});
