/** The results as a CSV file (one section per figure) and as one chart per figure, named in the requested language. */
import type { OrgContext } from "../../http/context.ts";
import { translate } from "../../i18n.ts";
import { spreadsheetCsv } from "../people/people.csv.ts";
import { renderChartSvg } from "./reports.charts.ts";
import { figureTables, resultLabels } from "./reports.figures.ts";
import type { ChartedFigure, ResultsExportQuery } from "./reports.schemas.ts";
import { type ResultPart, readResults } from "./reports.service.ts";

/** The part of the results each chart is drawn from. */
const chartParts: Record<ChartedFigure, ResultPart> = {
  "events-by-kind": "events",
  "events-by-kind-and-country": "events",
  "participants-by-kind": "participants",
  "participants-by-country": "participants",
  "participants-by-kind-and-country": "participants",
  "course-enrollments": "courses",
  "module-completions": "moduleCompletions",
  "workshop-participants-by-module": "workshops",
};

async function tablesFor(ctx: OrgContext, { lang, ...query }: ResultsExportQuery, parts?: ResultPart[]) {
  const locale = lang ?? ctx.organization.defaultLocale;
  const results = await readResults(ctx, query, parts);
  const labels = resultLabels(locale, (key, values) => translate(locale, key, values), results.customKinds);
  return { locale, labels, period: results.period, tables: figureTables(results, labels) };
}

/** A title line and the period, then per figure its title, its column headers and its rows, a blank line between. */
export async function exportResultsCsv(ctx: OrgContext, query: ResultsExportQuery) {
  const { labels, period, tables } = await tablesFor(ctx, query);
  const { t } = labels;
  const lines: unknown[][] = [
    [t("reports.title")],
    [t("reports.period.from"), period.from],
    [t("reports.period.to"), period.to],
    [t("reports.timeZone"), period.timeZone],
  ];
  for (const table of tables) lines.push([], [table.title], table.columns, ...table.rows);
  return { csv: spreadsheetCsv(lines), fileName: `results-${period.from}-${period.to}.csv` };
}

export async function drawResultsChart(ctx: OrgContext, figure: ChartedFigure, query: ResultsExportQuery) {
  const { locale, tables } = await tablesFor(ctx, query, [chartParts[figure]]);
  const table = tables.find((candidate) => candidate.id === figure);
  // Every charted figure has a table with chart data; the schema's enum and figureTables list the same figures.
  if (!table?.chart) throw new Error(`No chart for ${figure}`);
  return renderChartSvg(table.chart, table.title, locale);
}
