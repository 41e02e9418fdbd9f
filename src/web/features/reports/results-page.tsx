/**
 * Results of a period: the headline numbers, then each figure as a chart drawn by the server (the same ECharts
 * chart as the export) with its table as the text equivalent; numbers and names in the viewer's language.
 */
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useMemo } from "react";
import { figureTables, resultLabels, summaryFigures } from "../../../server/modules/reports/reports.figures.ts";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { ErrorBanner, Notice } from "../../ui/controls.tsx";
import { PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { FigureSection } from "./figure-section.tsx";
import { ResultsFilters } from "./results-filters.tsx";
import type { ResultsSearch } from "./results-search.ts";
import { resultsFileUrl, useResults } from "./use-results-queries.ts";

export function ResultsPage() {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const { orgId } = useParams({ from: "/orgs/$orgId/results" });
  const search = useSearch({ from: "/orgs/$orgId/results" });
  const navigate = useNavigate();
  const results = useResults(orgId, search);
  const change = (next: ResultsSearch) =>
    navigate({ to: "/orgs/$orgId/results", params: { orgId }, search: (current) => ({ ...current, ...next }) });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("reports.title")}
        actions={
          <a href={resultsFileUrl(orgId, "export.csv", search, locale)} download className={buttonClass("secondary")}>
            {t("reports.downloadCsv")}
          </a>
        }
      />
      <ResultsFilters orgId={orgId} search={search} period={results.data?.period} onChange={change} />
      {results.error && <ErrorBanner>{problemText(results.error)}</ErrorBanner>}
      {results.data && (
        <>
          <p className="max-w-prose text-sm text-slate-600">
            {t("reports.help", { timeZone: results.data.period.timeZone })}
          </p>
          {results.data.scope.kind === "network" && <Notice>{t("reports.networkNote")}</Notice>}
          <Figures orgId={orgId} search={search} results={results.data} />
        </>
      )}
    </div>
  );
}

type Results = NonNullable<ReturnType<typeof useResults>["data"]>;

function Figures({ orgId, search, results }: { orgId: string; search: ResultsSearch; results: Results }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const tables = useMemo(
    () => figureTables(results, resultLabels(locale, t, results.customKinds)),
    [results, locale, t],
  );
  const summary = summaryFigures(results);
  const headline = [
    [t("reports.column.events"), summary.events],
    [t("reports.column.participants"), summary.participants],
    [t("reports.summary.uniquePeople"), summary.uniquePeople],
    [t("reports.summary.enrollments"), summary.enrollments],
  ] as const;
  return (
    <>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {headline.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {tables
        .filter((table) => table.id !== "summary")
        .map((table) => (
          <FigureSection
            key={table.id}
            table={table}
            chartUrl={resultsFileUrl(orgId, `charts/${table.id}.svg`, search, locale)}
          />
        ))}
    </>
  );
}
