/** Typing into the app's React Aria date-time fields from a story. */
import type { Page } from "playwright-core";

/** A React Aria date-time field is typed segment by segment; each is found by its type, whatever the locale's order. */
export async function fillDateTime(page: Page, label: string, date: string, time: string) {
  const [year, month, day] = date.split("-");
  const [hour, minute] = time.split(":");
  const field = page.getByRole("group", { name: label, exact: true });
  for (const [type, digits] of [
    ["year", year],
    ["month", month],
    ["day", day],
    ["hour", hour],
    ["minute", minute],
  ]) {
    await field.locator(`[data-type="${type}"]`).click();
    await page.keyboard.type(digits);
  }
}
