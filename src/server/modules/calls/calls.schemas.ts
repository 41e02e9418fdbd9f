/** Request and response shapes of calls with their forms, applications, answers and decisions. */
import { z } from "@hono/zod-openapi";
import { locales } from "../../../shared/i18n/locales.ts";
import {
  LocaleCode,
  LocalizedTextInput,
  LocalizedTextOutput,
  LongLocalizedTextInput,
  OrgParams,
  PageQuery,
  pageOf,
  Uuid,
} from "../../http/common.schemas.ts";
import { GroupKind } from "../people/people.schemas.ts";
import { fileKinds, fileSizeLimitsMb } from "./calls.files.kinds.ts";
import { MyInterview } from "./calls.slots.schemas.ts";
import {
  applicantKinds,
  applicationEventKinds,
  applicationStatuses,
  callStatuses,
  decisions,
  fieldTypes,
} from "./calls.tables.ts";

export const FieldType = z.enum(fieldTypes);
export const FileKindSchema = z.enum(fileKinds).openapi("FileKind");
export const CallStatus = z.enum(callStatuses);
export const ApplicantKindSchema = z.enum(applicantKinds);
export const ApplicationStatus = z.enum(applicationStatuses);
export const DecisionSchema = z.enum(decisions);

const keyPattern = /^[a-z][a-z0-9_]{0,39}$/;
const FieldKey = z
  .string()
  .regex(keyPattern, "Lowercase letters, digits and _, starting with a letter (at most 40)")
  .openapi({ example: "lives_in_city" });

const HelpText = z.partialRecord(z.enum(locales), z.string().trim().max(2000));

const DecisionMessageText = z.string().max(5000);
export const DecisionMessagesInput = z
  .partialRecord(DecisionSchema, z.partialRecord(z.enum(locales), DecisionMessageText))
  .openapi("DecisionMessages", {
    description:
      "Staff's own decision email text per decision and locale (plain text, {name} and {call} filled in); " +
      "missing or blank falls back to the organization's default language, then to the standard text",
    example: { accepted: { en: "Dear {name}, welcome to {call}!", he: "{name} יקר/ה, ברוכים הבאים ל{call}!" } },
  });

const OptionInput = z.object({
  value: FieldKey,
  label: LocalizedTextInput,
});

const EligibilityRule = z
  .object({ equals: z.union([z.string().max(200), z.number(), z.boolean()]) })
  .openapi("EligibilityRule", {
    description: "An answer other than `equals` (or none) screens the application out when it is submitted",
  });

const FieldInput = z
  .object({
    key: FieldKey,
    type: FieldType,
    label: LocalizedTextInput,
    help: HelpText.nullish(),
    required: z.boolean().default(false),
    options: z
      .array(OptionInput)
      .max(100)
      .nullish()
      .openapi({ description: "Choices, for single and multiple choice" }),
    maxWords: z.number().int().min(1).max(10_000).nullish().openapi({ description: "Word limit of a long text" }),
    min: z.number().nullish().openapi({ description: "Smallest number accepted" }),
    max: z.number().nullish().openapi({ description: "Largest number accepted" }),
    eligibility: EligibilityRule.nullish(),
    maxFileMb: z
      .number()
      .int()
      .min(fileSizeLimitsMb.min)
      .max(fileSizeLimitsMb.max)
      .nullish()
      .openapi({ description: `A file question's size limit in MB (${fileSizeLimitsMb.default} when not given)` }),
    fileKinds: z
      .array(FileKindSchema)
      .min(1)
      .max(fileKinds.length)
      .nullish()
      .openapi({ description: "The kinds of file a file question accepts (all when not given), checked by content" }),
    hiddenInBlindReview: z.boolean().optional().openapi({
      description: "The answer tells who the applicant is; email, phone and file answers are hidden anyway",
    }),
  })
  .openapi("CallFieldInput");
export type FieldInput = z.infer<typeof FieldInput>;

const choiceTypes = new Set(["single_choice", "multiple_choice"]);

type Issues = z.RefinementCtx;

function issue(issues: Issues, path: (string | number)[], code: string, message: string) {
  issues.addIssue({ code: "custom", path, message, params: { code } });
}

/** What a field definition may carry depends on its type; a screening rule must be an answer it can hold. */
function checkField(field: FieldInput, at: (string | number)[], issues: Issues) {
  const isChoice = choiceTypes.has(field.type);
  if (isChoice && !field.options?.length) {
    issue(issues, [...at, "options"], "errors.optionsRequired", "A choice needs options");
  }
  if (!isChoice && field.options?.length) {
    issue(issues, [...at, "options"], "errors.notForThisType", "Only choices have options");
  }
  const seen = new Set<string>();
  field.options?.forEach((option, index) => {
    if (seen.has(option.value)) {
      issue(issues, [...at, "options", index, "value"], "errors.optionRepeated", "Two options share this value");
    }
    seen.add(option.value);
  });
  if (field.maxWords != null && field.type !== "long_text") {
    issue(issues, [...at, "maxWords"], "errors.notForThisType", "Only a long text has a word limit");
  }
  for (const bound of ["min", "max"] as const) {
    if (field[bound] != null && field.type !== "number") {
      issue(issues, [...at, bound], "errors.notForThisType", "Only a number has a range");
    }
  }
  for (const limit of ["maxFileMb", "fileKinds"] as const) {
    if (field[limit] != null && field.type !== "file") {
      issue(issues, [...at, limit], "errors.notForThisType", "Only a file has a size limit and kinds");
    }
  }
  if (field.min != null && field.max != null && field.min > field.max) {
    issue(issues, [...at, "max"], "errors.minAboveMax", "The largest number is below the smallest");
  }
  if (field.eligibility) {
    const value = field.eligibility.equals;
    const fits =
      (field.type === "single_choice" && typeof value === "string" && seen.has(value)) ||
      (field.type === "country" && typeof value === "string" && /^[A-Z]{2}$/.test(value)) ||
      (field.type === "number" && typeof value === "number") ||
      (field.type === "consent" && typeof value === "boolean");
    if (!fits) {
      issue(
        issues,
        [...at, "eligibility", "equals"],
        "errors.eligibilityValue",
        "Screen on one of the options, a country code, a number or a consent",
      );
    }
  }
}

export const CallInput = z
  .object({
    cohortId: Uuid.nullish().openapi({
      description: "The cohort accepted applicants join; none for a residency call, where accepting only records",
    }),
    title: LocalizedTextInput,
    description: LongLocalizedTextInput.nullish(),
    opensAt: z.iso.datetime({ offset: true }).openapi({ example: "2026-09-01T08:00:00+03:00" }),
    closesAt: z.iso.datetime({ offset: true }).openapi({ example: "2026-09-30T23:59:00+03:00" }),
    maxAcceptances: z.number().int().min(1).max(100_000).nullish(),
    applicantKind: ApplicantKindSchema.default("person"),
    fields: z.array(FieldInput).max(100).default([]),
    decisionMessages: DecisionMessagesInput.nullish(),
  })
  .superRefine((call, issues) => {
    if (Date.parse(call.closesAt) <= Date.parse(call.opensAt)) {
      issue(issues, ["closesAt"], "errors.endsBeforeStart", "The call closes before it opens");
    }
    const keys = new Set<string>();
    call.fields.forEach((field, index) => {
      if (keys.has(field.key)) {
        issue(issues, ["fields", index, "key"], "errors.fieldKeyRepeated", "Two fields share this key");
      }
      keys.add(field.key);
      checkField(field, ["fields", index], issues);
    });
  });
export type CallInput = z.infer<typeof CallInput>;

const Option = z.object({ value: z.string(), label: LocalizedTextOutput });

export const PublicField = z
  .object({
    key: z.string(),
    type: FieldType,
    label: LocalizedTextOutput,
    help: LocalizedTextOutput.nullable(),
    required: z.boolean(),
    options: z.array(Option).nullable(),
    maxWords: z.number().int().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    maxFileMb: z.number().int().nullable(),
    fileKinds: z.array(FileKindSchema).nullable(),
  })
  .openapi("CallField");

export const Field = PublicField.extend({
  eligibility: z.object({ equals: z.union([z.string(), z.number(), z.boolean()]) }).nullable(),
  hiddenInBlindReview: z.boolean(),
}).openapi("CallFieldWithScreening");

const StatusCounts = z.record(z.string(), z.number().int()).openapi({
  description: "Applications by status; statuses without any are absent",
  example: { submitted: 12, accepted: 3 },
});

export const CallSummary = z
  .object({
    id: Uuid,
    cohortId: Uuid.nullable(),
    cohortName: LocalizedTextOutput.nullable(),
    title: LocalizedTextOutput,
    opensAt: z.string(),
    closesAt: z.string(),
    maxAcceptances: z.number().int().nullable(),
    applicantKind: ApplicantKindSchema,
    status: CallStatus,
    isOpen: z.boolean().openapi({ description: "Published, and now is between opening and closing" }),
    applicationCounts: StatusCounts,
  })
  .openapi("CallSummary");

export const CallDetail = CallSummary.extend({
  description: LocalizedTextOutput.nullable(),
  publishedAt: z.string().nullable(),
  fields: z.array(Field),
  decisionMessages: DecisionMessagesInput,
}).openapi("Call");

export const CallParams = OrgParams.extend({ callId: Uuid });

const PublicOrganization = z.object({
  id: Uuid,
  slug: z.string(),
  name: LocalizedTextOutput,
  timeZone: z.string(),
});

export const PublicCallSummary = z
  .object({
    id: Uuid,
    organization: PublicOrganization,
    title: LocalizedTextOutput,
    description: LocalizedTextOutput.nullable(),
    opensAt: z.string(),
    closesAt: z.string(),
    applicantKind: ApplicantKindSchema,
  })
  .openapi("PublicCallSummary");

export const PublicCallsPage = pageOf(PublicCallSummary).openapi("PublicCallsPage");

export const PublicCall = PublicCallSummary.extend({
  isOpen: z.boolean(),
  fields: z.array(PublicField),
}).openapi("PublicCall");

export const PublicCallParams = z.object({ callId: Uuid.openapi({ param: { name: "callId", in: "path" } }) });

const AnswerValueSchema = z.union([
  z.string().max(20_000),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(100),
  z.null(),
]);
export const AnswersInput = z
  .record(z.string().max(60), AnswerValueSchema)
  .refine((answers) => Object.keys(answers).length <= 200, { message: "Too many answers" })
  .openapi("Answers", {
    description: "Answers by field key: text, a number, true/false for a consent, option values for a multiple choice",
    example: { motivation: "I want to lead a reading club for children in my neighbourhood.", lives_in_city: "yes" },
  });

export const StartApplicationInput = z.object({
  callId: Uuid,
  group: z
    .object({ name: z.string().trim().min(1).max(200), kind: GroupKind.default("informal_group") })
    .nullish()
    .openapi({ description: "The group applying, for calls open to groups; the applicant must belong to it" }),
  locale: LocaleCode.nullish().openapi({ description: "The language emails about the application are written in" }),
  answers: AnswersInput.default({}),
});
export type StartApplicationInput = z.infer<typeof StartApplicationInput>;

export const SaveApplicationInput = z.object({
  locale: LocaleCode.nullish(),
  answers: AnswersInput,
});
export type SaveApplicationInput = z.infer<typeof SaveApplicationInput>;

export const MyApplicationParams = z.object({
  applicationId: Uuid.openapi({ param: { name: "applicationId", in: "path" } }),
});

export const MyApplicationSummary = z
  .object({
    id: Uuid,
    callId: Uuid,
    callTitle: LocalizedTextOutput,
    organizationName: LocalizedTextOutput,
    closesAt: z.string(),
    status: ApplicationStatus,
    group: z.object({ id: Uuid, name: z.string() }).nullable(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    updatedAt: z.string(),
    interviews: z.array(MyInterview).openapi({ description: "Interview slots the applicant is booked into" }),
  })
  .openapi("MyApplicationSummary");

export const MyApplication = MyApplicationSummary.extend({
  locale: z.string(),
  answers: z.record(z.string(), z.unknown()),
}).openapi("MyApplication");

export const ApplicationsQuery = PageQuery.extend({ status: ApplicationStatus.optional() });

export const ApplicationRow = z
  .object({
    id: Uuid,
    status: ApplicationStatus,
    applicantName: z.string(),
    email: z.string().nullable(),
    personId: Uuid.nullable(),
    groupId: Uuid.nullable(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi("ApplicationRow");

export const ApplicationsPage = pageOf(ApplicationRow).openapi("ApplicationsPage");

export const ApplicationEvent = z
  .object({
    id: Uuid,
    kind: z.enum(applicationEventKinds),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .openapi("ApplicationEvent");

export const Application = ApplicationRow.extend({
  callId: Uuid,
  callTitle: LocalizedTextOutput,
  locale: z.string(),
  answers: z.record(z.string(), z.unknown()),
  enrollmentId: Uuid.nullable(),
  events: z.array(ApplicationEvent),
}).openapi("Application");

export const ApplicationParams = OrgParams.extend({ applicationId: Uuid });

export const DecisionInput = z.object({ decision: DecisionSchema });
