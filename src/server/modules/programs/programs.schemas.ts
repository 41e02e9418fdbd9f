/** Request and response shapes of programs, cohorts with phases and budget lines, and enrollments. */
import { z } from "@hono/zod-openapi";
import {
  CurrencyCode,
  IsoDate,
  LocalizedTextInput,
  LocalizedTextOutput,
  LongLocalizedTextInput,
  OrgParams,
  Uuid,
} from "../../http/common.schemas.ts";
import { enrollmentRoles, enrollmentStatuses, programTypes } from "./programs.tables.ts";

export const ProgramType = z.enum(programTypes);
export const EnrollmentRole = z.enum(enrollmentRoles);
export const EnrollmentStatus = z.enum(enrollmentStatuses);

export const ProgramInput = z.object({
  type: ProgramType,
  name: LocalizedTextInput,
  description: LongLocalizedTextInput.optional(),
  defaultCapacity: z.number().int().min(1).max(100_000).nullish(),
  commitmentHours: z.number().int().min(0).max(10_000).nullish(),
});

export const Program = z
  .object({
    id: Uuid,
    type: ProgramType,
    name: LocalizedTextOutput,
    description: LocalizedTextOutput.nullable(),
    defaultCapacity: z.number().int().nullable(),
    commitmentHours: z.number().int().nullable(),
    cohortCount: z.number().int(),
  })
  .openapi("Program");

export const ProgramParams = OrgParams.extend({ programId: Uuid });

const PhaseInput = z.object({ name: LocalizedTextInput, startsOn: IsoDate, endsOn: IsoDate });

const BudgetLineInput = z.object({
  category: z.string().trim().min(1).max(120),
  plannedAmount: z.number().int().min(0).max(1e13).openapi({ description: "Minor units, e.g. agorot or cents" }),
  currency: CurrencyCode,
  note: z.string().trim().max(500).nullish(),
});

export const CohortInput = z
  .object({
    programId: Uuid,
    name: LocalizedTextInput,
    startsOn: IsoDate,
    endsOn: IsoDate,
    capacity: z.number().int().min(1).max(100_000),
    commitmentHours: z.number().int().min(0).max(10_000).nullish(),
    phases: z.array(PhaseInput).max(30).default([]),
    budgetLines: z.array(BudgetLineInput).max(100).default([]),
  })
  .superRefine((cohort, issues) => {
    if (cohort.endsOn < cohort.startsOn) {
      issues.addIssue({
        code: "custom",
        path: ["endsOn"],
        message: "The cohort ends before it starts",
        params: { code: "errors.endsBeforeStart" },
      });
    }
    cohort.phases.forEach((phase, index) => {
      if (phase.endsOn < phase.startsOn) {
        issues.addIssue({
          code: "custom",
          path: ["phases", index, "endsOn"],
          message: "The phase ends before it starts",
          params: { code: "errors.endsBeforeStart" },
        });
      }
      if (phase.startsOn < cohort.startsOn || phase.endsOn > cohort.endsOn) {
        issues.addIssue({
          code: "custom",
          path: ["phases", index, phase.startsOn < cohort.startsOn ? "startsOn" : "endsOn"],
          message: "The phase lies outside the cohort's dates",
          params: { code: "errors.phaseOutsideCohort" },
        });
      }
      const previous = cohort.phases[index - 1];
      if (previous && phase.startsOn < previous.startsOn) {
        issues.addIssue({
          code: "custom",
          path: ["phases", index, "startsOn"],
          message: "Phases must be in date order",
          params: { code: "errors.phasesOutOfOrder" },
        });
      }
    });
  });

export const Phase = z.object({
  id: Uuid,
  position: z.number().int(),
  name: LocalizedTextOutput,
  startsOn: z.string(),
  endsOn: z.string(),
});
export const BudgetLine = z.object({
  id: Uuid,
  category: z.string(),
  plannedAmount: z.number(),
  currency: z.string(),
  note: z.string().nullable(),
});

export const CohortSummary = z
  .object({
    id: Uuid,
    programId: Uuid,
    name: LocalizedTextOutput,
    startsOn: z.string(),
    endsOn: z.string(),
    capacity: z.number().int(),
    commitmentHours: z.number().int().nullable(),
    seatsTaken: z.number().int(),
  })
  .openapi("CohortSummary");

export const Cohort = CohortSummary.extend({
  programName: LocalizedTextOutput,
  programType: ProgramType,
  phases: z.array(Phase),
  budgetLines: z
    .array(BudgetLine)
    .nullable()
    .openapi({ description: "Null when the viewer's role may not see budgets" }),
}).openapi("Cohort");

export const ProgramDetail = Program.extend({ cohorts: z.array(CohortSummary) }).openapi("ProgramDetail");

export const CohortParams = OrgParams.extend({ cohortId: Uuid });

export const EnrollInput = z
  .object({
    personId: Uuid.optional(),
    groupId: Uuid.optional(),
    role: EnrollmentRole,
    status: z.enum(["invited", "active"]).default("active"),
  })
  .refine((input) => !!input.personId !== !!input.groupId, {
    message: "Enroll either a person or a group",
    path: ["personId"],
    params: { code: "errors.personOrGroup" },
  });

export const ChangeEnrollmentInput = z.object({ status: EnrollmentStatus, role: EnrollmentRole.optional() });

export const Enrollment = z
  .object({
    id: Uuid,
    cohortId: Uuid,
    personId: Uuid.nullable(),
    groupId: Uuid.nullable(),
    name: z.string(),
    role: EnrollmentRole,
    status: EnrollmentStatus,
    enrolledAt: z.string(),
  })
  .openapi("Enrollment");

export const PersonEnrollment = z
  .object({
    id: Uuid,
    cohortId: Uuid,
    programId: Uuid,
    cohortName: LocalizedTextOutput,
    programName: LocalizedTextOutput,
    startsOn: z.string(),
    endsOn: z.string(),
    role: EnrollmentRole,
    status: EnrollmentStatus,
  })
  .openapi("PersonEnrollment");

export const EnrollmentParams = OrgParams.extend({ enrollmentId: Uuid });
export const PersonParams = OrgParams.extend({ personId: Uuid });
