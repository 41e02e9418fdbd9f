/** Results of a period for an organization, one of its programs or a network it belongs to: figures, CSV, charts. */
import { z } from "@hono/zod-openapi";
import { IsoDate, LocaleCode, LocalizedTextOutput, OrgParams, Uuid } from "../../http/common.schemas.ts";

/** Every figure with a chart, in the order the page and the CSV show them. */
export const chartedFigures = [
  "events-by-kind",
  "events-by-kind-and-country",
  "participants-by-kind",
  "participants-by-country",
  "participants-by-kind-and-country",
  "course-enrollments",
  "module-completions",
  "workshop-participants-by-module",
] as const;
export type ChartedFigure = (typeof chartedFigures)[number];

const scopeFields = {
  from: IsoDate.optional().openapi({
    description: "First day of the period in the organization's time zone; default 1 January of this year",
    example: "2018-01-01",
  }),
  to: IsoDate.optional().openapi({
    description: "Last day of the period (included); default 31 December of the `from` year",
    example: "2018-12-31",
  }),
  programId: Uuid.optional().openapi({ description: "Only this program of the organization" }),
  networkId: Uuid.optional().openapi({ description: "All member organizations of this network (aggregates only)" }),
};

type ScopeFields = { programId?: string; networkId?: string };

function checkScope(query: ScopeFields, issues: z.core.$RefinementCtx) {
  if (query.programId && query.networkId)
    issues.addIssue({
      code: "custom",
      path: ["networkId"],
      message: "Choose either a program or a network",
      params: { code: "errors.programOrNetwork" },
    });
}

export const ResultsQuery = z.object(scopeFields).superRefine(checkScope);
export type ResultsQuery = z.infer<typeof ResultsQuery>;

/** Exports name kinds and countries in `lang` (default: the organization's language). */
export const ResultsExportQuery = z.object({ ...scopeFields, lang: LocaleCode.optional() }).superRefine(checkScope);
export type ResultsExportQuery = z.infer<typeof ResultsExportQuery>;

export const ChartParams = OrgParams.extend({
  chart: z
    .enum(chartedFigures.map((figure) => `${figure}.svg` as const) as [`${ChartedFigure}.svg`])
    .openapi({ param: { name: "chart", in: "path" }, example: "participants-by-country.svg" }),
});

const Country = z.string().nullable().openapi({ description: "ISO 3166-1 alpha-2; null when unknown" });
const Participants = {
  attendees: z.number().int().openapi({ description: "Attendance records (people checked in or entered)" }),
  counted: z.number().int().openapi({ description: "Headcounts (visitors counted, not registered)" }),
  participants: z.number().int().openapi({ description: "attendees + counted" }),
};

const ModuleRow = {
  courseId: Uuid,
  courseTitle: LocalizedTextOutput,
  moduleId: Uuid,
  position: z.number().int(),
  moduleTitle: LocalizedTextOutput,
};

export const Results = z
  .object({
    period: z.object({ from: IsoDate, to: IsoDate, timeZone: z.string() }),
    scope: z.object({
      kind: z.enum(["organization", "program", "network"]),
      programId: Uuid.nullable(),
      networkId: Uuid.nullable(),
      organizations: z.number().int().openapi({ description: "How many organizations the figures cover" }),
    }),
    /** Names of the organizations' own event kinds; built-in kinds are named by the message catalog. */
    customKinds: z.array(z.object({ key: z.string(), name: LocalizedTextOutput })),
    events: z.object({
      total: z.number().int(),
      byKind: z.array(z.object({ kind: z.string(), events: z.number().int() })),
      byKindAndCountry: z.array(
        z.object({
          kind: z.string(),
          country: Country.openapi({ description: "The venue's country" }),
          events: z.number().int(),
        }),
      ),
    }),
    participants: z.object({
      total: z.object(Participants),
      byKind: z.array(z.object({ kind: z.string(), ...Participants })),
      byCountry: z.array(z.object({ country: Country, ...Participants })),
      byKindAndCountry: z.array(z.object({ kind: z.string(), country: Country, ...Participants })),
    }),
    uniquePeople: z
      .number()
      .int()
      .openapi({ description: "Distinct people with attendance; headcounts are not people" }),
    courses: z.array(
      z.object({
        courseId: Uuid,
        title: LocalizedTextOutput,
        enrollments: z.number().int().openapi({ description: "Enrollments made in the period" }),
        completions: z.number().int().openapi({ description: "Courses completed in the period" }),
      }),
    ),
    moduleCompletions: z.array(z.object({ ...ModuleRow, completions: z.number().int() })),
    workshopParticipantsByModule: z.array(z.object({ ...ModuleRow, events: z.number().int(), ...Participants })),
  })
  .openapi("Results");
export type Results = z.infer<typeof Results>;
