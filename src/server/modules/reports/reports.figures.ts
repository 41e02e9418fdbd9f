/**
 * The results as named tables (one per figure) and the chart data behind each: the CSV writes these tables, the
 * charts draw them and the web page shows them as the charts' text equivalent. Pure, so the browser uses it too.
 */
import { catalogs, type MessageKey } from "../../../shared/i18n/messages.ts";
import { type LocalizedText, pickLocale } from "../../../shared/localized-text.ts";
import type { ChartedFigure, Results } from "./reports.schemas.ts";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export type FigureCell = string | number;

/** Bars per category; several series either stack (parts of one whole) or stand side by side. */
export type ChartData = {
  categories: string[];
  series: { name: string; values: number[] }[];
  stacked: boolean;
};

export type FigureTable = {
  id: ChartedFigure | "summary";
  title: string;
  columns: string[];
  rows: FigureCell[][];
  chart?: ChartData;
};

export const figureTitles: Record<ChartedFigure | "summary", MessageKey> = {
  summary: "reports.figure.summary",
  "events-by-kind": "reports.figure.eventsByKind",
  "events-by-kind-and-country": "reports.figure.eventsByKindAndCountry",
  "participants-by-kind": "reports.figure.participantsByKind",
  "participants-by-country": "reports.figure.participantsByCountry",
  "participants-by-kind-and-country": "reports.figure.participantsByKindAndCountry",
  "course-enrollments": "reports.figure.courseEnrollments",
  "module-completions": "reports.figure.moduleCompletions",
  "workshop-participants-by-module": "reports.figure.workshopParticipantsByModule",
};

/** Names of kinds, countries, courses and modules in one locale. */
export function resultLabels(locale: string, t: Translate, customKinds: Results["customKinds"]) {
  const customNames = new Map(customKinds.map((kind) => [kind.key, kind.name]));
  const countryNames = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const text = (value: LocalizedText) => pickLocale(value, locale);
  return {
    locale,
    t,
    /** An organization's own name for its kind, else the catalog's for a built-in kind, else the key itself. */
    kind: (key: string) => {
      const custom = customNames.get(key);
      if (custom) return text(custom);
      const builtIn = `events.kind.${key}`;
      return builtIn in catalogs.en ? t(builtIn as MessageKey) : key;
    },
    country: (code: string | null) => (code ? (countryNames.of(code) ?? code) : t("reports.country.unknown")),
    text,
    module: (row: { position: number; moduleTitle: LocalizedText }) =>
      t("reports.moduleLabel", { position: row.position, title: text(row.moduleTitle) }),
  };
}

export type ResultLabels = ReturnType<typeof resultLabels>;

function distinct<T>(values: T[]) {
  return [...new Set(values)];
}

/** One bar series per value of `seriesKey` over the categories, 0 where a pair has no records. */
function crossTab<Row>(
  rows: Row[],
  categoryOf: (row: Row) => string,
  seriesOf: (row: Row) => string,
  amountOf: (row: Row) => number,
): ChartData {
  const categories = distinct(rows.map(categoryOf));
  const series = distinct(rows.map(seriesOf)).map((name) => ({
    name,
    values: categories.map((category) =>
      rows
        .filter((row) => categoryOf(row) === category && seriesOf(row) === name)
        .reduce((sum, row) => sum + amountOf(row), 0),
    ),
  }));
  return { categories, series, stacked: true };
}

type ParticipantFigures = { attendees: number; counted: number; participants: number };

function attendeesAndCounted(labels: ResultLabels, rows: ParticipantFigures[], categories: string[]): ChartData {
  return {
    categories,
    series: [
      { name: labels.t("reports.column.attendees"), values: rows.map((row) => row.attendees) },
      { name: labels.t("reports.column.counted"), values: rows.map((row) => row.counted) },
    ],
    stacked: true,
  };
}

function eventFigures(results: Results, labels: ResultLabels): FigureTable[] {
  const { t } = labels;
  const { byKind, byKindAndCountry } = results.events;
  return [
    {
      id: "events-by-kind",
      title: t(figureTitles["events-by-kind"]),
      columns: [t("reports.column.kind"), t("reports.column.events")],
      rows: byKind.map((row) => [labels.kind(row.kind), row.events]),
      chart: {
        categories: byKind.map((row) => labels.kind(row.kind)),
        series: [{ name: t("reports.column.events"), values: byKind.map((row) => row.events) }],
        stacked: false,
      },
    },
    {
      id: "events-by-kind-and-country",
      title: t(figureTitles["events-by-kind-and-country"]),
      columns: [t("reports.column.kind"), t("reports.column.venueCountry"), t("reports.column.events")],
      rows: byKindAndCountry.map((row) => [labels.kind(row.kind), labels.country(row.country), row.events]),
      chart: crossTab(
        byKindAndCountry,
        (row) => labels.kind(row.kind),
        (row) => labels.country(row.country),
        (row) => row.events,
      ),
    },
  ];
}

function participantFigures(results: Results, labels: ResultLabels): FigureTable[] {
  const { t } = labels;
  const { byKind, byCountry, byKindAndCountry } = results.participants;
  const counts = [t("reports.column.attendees"), t("reports.column.counted"), t("reports.column.participants")];
  const cells = (row: ParticipantFigures) => [row.attendees, row.counted, row.participants];
  return [
    {
      id: "participants-by-kind",
      title: t(figureTitles["participants-by-kind"]),
      columns: [t("reports.column.kind"), ...counts],
      rows: byKind.map((row) => [labels.kind(row.kind), ...cells(row)]),
      chart: attendeesAndCounted(
        labels,
        byKind,
        byKind.map((row) => labels.kind(row.kind)),
      ),
    },
    {
      id: "participants-by-country",
      title: t(figureTitles["participants-by-country"]),
      columns: [t("reports.column.country"), ...counts],
      rows: byCountry.map((row) => [labels.country(row.country), ...cells(row)]),
      chart: attendeesAndCounted(
        labels,
        byCountry,
        byCountry.map((row) => labels.country(row.country)),
      ),
    },
    {
      id: "participants-by-kind-and-country",
      title: t(figureTitles["participants-by-kind-and-country"]),
      columns: [t("reports.column.kind"), t("reports.column.country"), ...counts],
      rows: byKindAndCountry.map((row) => [labels.kind(row.kind), labels.country(row.country), ...cells(row)]),
      chart: crossTab(
        byKindAndCountry,
        (row) => labels.kind(row.kind),
        (row) => labels.country(row.country),
        (row) => row.participants,
      ),
    },
  ];
}

function learningFigures(results: Results, labels: ResultLabels): FigureTable[] {
  const { t } = labels;
  const { courses, moduleCompletions, workshopParticipantsByModule: workshops } = results;
  // Modules are told apart by their course only when the figure spans more than one course.
  const moduleName = (rows: { courseId: string }[]) => {
    const severalCourses = distinct(rows.map((row) => row.courseId)).length > 1;
    return (row: { courseTitle: LocalizedText; position: number; moduleTitle: LocalizedText }) =>
      severalCourses
        ? t("reports.moduleOfCourse", { course: labels.text(row.courseTitle), module: labels.module(row) })
        : labels.module(row);
  };
  const completedModule = moduleName(moduleCompletions);
  const workshopModule = moduleName(workshops);
  return [
    {
      id: "course-enrollments",
      title: t(figureTitles["course-enrollments"]),
      columns: [t("reports.column.course"), t("reports.column.enrollments"), t("reports.column.completions")],
      rows: courses.map((row) => [labels.text(row.title), row.enrollments, row.completions]),
      chart: {
        categories: courses.map((row) => labels.text(row.title)),
        series: [
          { name: t("reports.column.enrollments"), values: courses.map((row) => row.enrollments) },
          { name: t("reports.column.completions"), values: courses.map((row) => row.completions) },
        ],
        stacked: false,
      },
    },
    {
      id: "module-completions",
      title: t(figureTitles["module-completions"]),
      columns: [t("reports.column.course"), t("reports.column.module"), t("reports.column.completions")],
      rows: moduleCompletions.map((row) => [labels.text(row.courseTitle), labels.module(row), row.completions]),
      chart: {
        categories: moduleCompletions.map(completedModule),
        series: [{ name: t("reports.column.completions"), values: moduleCompletions.map((row) => row.completions) }],
        stacked: false,
      },
    },
    {
      id: "workshop-participants-by-module",
      title: t(figureTitles["workshop-participants-by-module"]),
      columns: [
        t("reports.column.course"),
        t("reports.column.module"),
        t("reports.column.events"),
        t("reports.column.attendees"),
        t("reports.column.counted"),
        t("reports.column.participants"),
      ],
      rows: workshops.map((row) => [
        labels.text(row.courseTitle),
        labels.module(row),
        row.events,
        row.attendees,
        row.counted,
        row.participants,
      ]),
      chart: attendeesAndCounted(labels, workshops, workshops.map(workshopModule)),
    },
  ];
}

/** The headline numbers of the period. */
export function summaryFigures(results: Results) {
  return {
    events: results.events.total,
    participants: results.participants.total.participants,
    uniquePeople: results.uniquePeople,
    enrollments: results.courses.reduce((sum, course) => sum + course.enrollments, 0),
  };
}

export function figureTables(results: Results, labels: ResultLabels): FigureTable[] {
  const { t } = labels;
  const summary = summaryFigures(results);
  return [
    {
      id: "summary",
      title: t(figureTitles.summary),
      columns: [t("reports.column.figure"), t("reports.column.value")],
      rows: [
        [t("reports.column.events"), summary.events],
        [t("reports.column.participants"), summary.participants],
        [t("reports.summary.uniquePeople"), summary.uniquePeople],
        [t("reports.summary.enrollments"), summary.enrollments],
      ],
    },
    ...eventFigures(results, labels),
    ...participantFigures(results, labels),
    ...learningFigures(results, labels),
  ];
}
