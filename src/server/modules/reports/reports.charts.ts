/** A chart per figure: horizontal bars drawn by Apache ECharts on the server as SVG, mirrored for right-to-left. */
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { directionOf, isLocale } from "../../../shared/i18n/locales.ts";
import type { ChartData } from "./reports.figures.ts";

echarts.use([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

const width = 760;
const barRow = 34;
const fontFamily = "'Noto Sans', 'Noto Sans Hebrew', 'Noto Sans Georgian', sans-serif";

/** Room for the legend above and the value axis below, then one row per category. */
function heightFor(chart: ChartData) {
  return 110 + Math.max(chart.categories.length, 1) * barRow;
}

/**
 * Categories down the side (the first on top), values along the bars. In a right-to-left language the
 * categories stand on the right and the bars grow leftwards.
 */
export function chartOption(chart: ChartData, description: string, locale: string): echarts.EChartsCoreOption {
  const rtl = isLocale(locale) && directionOf(locale) === "rtl";
  const numberFormat = new Intl.NumberFormat(locale);
  const showValues = chart.series.length === 1;
  return {
    animation: false,
    aria: { enabled: true, label: { description } },
    textStyle: { fontFamily, fontSize: 13 },
    // Right to left, the legend starts at the right edge with the first series, each name left of its swatch.
    legend: {
      show: chart.series.length > 1,
      top: 8,
      [rtl ? "right" : "left"]: 8,
      align: rtl ? "right" : "left",
      data: rtl ? chart.series.map((series) => series.name).reverse() : undefined,
    },
    // The default outer bounds keep the axis labels inside the picture.
    grid: { top: chart.series.length > 1 ? 48 : 16, bottom: 32, left: 16, right: 16 },
    xAxis: {
      type: "value",
      inverse: rtl,
      minInterval: 1,
      axisLabel: { formatter: (value: number) => numberFormat.format(value) },
    },
    yAxis: {
      type: "category",
      inverse: true,
      position: rtl ? "right" : "left",
      data: chart.categories,
      axisLabel: { width: 260, overflow: "truncate" },
    },
    series: chart.series.map((series) => ({
      type: "bar",
      name: series.name,
      data: series.values,
      stack: chart.stacked ? "total" : undefined,
      barMaxWidth: 22,
      label: {
        show: showValues,
        position: rtl ? "left" : "right",
        formatter: ({ value }: { value: number }) => numberFormat.format(value),
      },
    })),
  };
}

/** The chart as a standalone SVG document, labelled for screen readers with `description`. */
export function renderChartSvg(chart: ChartData, description: string, locale: string) {
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height: heightFor(chart) });
  try {
    instance.setOption(chartOption(chart, description, locale));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
