/** The call form's working copy: rows with stable keys while they move, turned into the API's shape on save. */
import { type FileKind, fileKinds, fileSizeLimitsMb } from "../../../server/modules/calls/calls.files.kinds.ts";
import { type LocalizedDraft, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import type { CallDetail, CallValues } from "./use-call-queries.ts";

type ApiField = NonNullable<CallValues["fields"]>[number];

export const fieldTypes = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "number",
  "date",
  "email",
  "phone",
  "country",
  "consent",
  "file",
] as const satisfies readonly ApiField["type"][];
export type FieldType = (typeof fieldTypes)[number];
export const applicantKinds = ["person", "group", "either"] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export const decisions = ["accepted", "waitlisted", "rejected"] as const;
export type Decision = (typeof decisions)[number];

/** Types whose answer can be screened against one value. */
export const screenableTypes = new Set<FieldType>(["single_choice", "country", "number", "consent"]);
export const choiceTypes = new Set<FieldType>(["single_choice", "multiple_choice"]);
/** Answers a blind review never shows, whatever staff mark (the server holds the same rule). */
export const contactTypes = new Set<string>(["email", "phone", "file"]);
/** The cohort choice of a call that enrols nobody: a residency only records its decisions. */
export const noCohort = "none";

export type Screening = string | number | boolean;
export type OptionDraft = { rowKey: number; value: string; label: LocalizedDraft };
export type FieldDraft = {
  rowKey: number;
  key: string;
  type: FieldType;
  label: LocalizedDraft;
  help: LocalizedDraft;
  required: boolean;
  options: OptionDraft[];
  maxWords: number | null;
  min: number | null;
  max: number | null;
  /** The answer that passes screening; null for no rule. */
  eligibility: Screening | null;
  /** The answer tells who the applicant is, so a blind review leaves it out. */
  hiddenInBlindReview: boolean;
  /** A file question's size limit and the kinds of file it takes. */
  maxFileMb: number | null;
  fileKinds: FileKind[];
};

export type CallDraft = {
  /** A cohort's id, `noCohort`, or blank before staff choose. */
  cohortId: string;
  title: LocalizedDraft;
  description: LocalizedDraft;
  opensAt: string;
  closesAt: string;
  maxAcceptances: number | null;
  applicantKind: ApplicantKind;
  fields: FieldDraft[];
  /** Staff's own decision email text per decision and locale; blank uses the standard text. */
  decisionMessages: Record<Decision, LocalizedDraft>;
};

let lastKey = 0;
const nextKey = () => ++lastKey;

export function emptyCallDraft(): CallDraft {
  return {
    cohortId: "",
    title: {},
    description: {},
    opensAt: "",
    closesAt: "",
    maxAcceptances: null,
    applicantKind: "person",
    fields: [],
    decisionMessages: { accepted: {}, waitlisted: {}, rejected: {} },
  };
}

export function callDraft(call: CallDetail): CallDraft {
  return {
    cohortId: call.cohortId ?? noCohort,
    title: call.title,
    description: call.description ?? {},
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    maxAcceptances: call.maxAcceptances,
    applicantKind: call.applicantKind,
    decisionMessages: {
      accepted: call.decisionMessages.accepted ?? {},
      waitlisted: call.decisionMessages.waitlisted ?? {},
      rejected: call.decisionMessages.rejected ?? {},
    },
    fields: call.fields.map((field) => ({
      rowKey: nextKey(),
      key: field.key,
      type: field.type,
      label: field.label,
      help: field.help ?? {},
      required: field.required,
      options: (field.options ?? []).map((option) => ({ rowKey: nextKey(), ...option })),
      maxWords: field.maxWords,
      min: field.min,
      max: field.max,
      eligibility: field.eligibility?.equals ?? null,
      hiddenInBlindReview: field.hiddenInBlindReview,
      maxFileMb: field.maxFileMb,
      fileKinds: field.fileKinds ?? [...fileKinds],
    })),
  };
}

/** A new question gets a key not yet used (`question_3`), which staff may rename. */
export function newField(fields: FieldDraft[]): FieldDraft {
  const used = new Set(fields.map((field) => field.key));
  let number = fields.length + 1;
  while (used.has(`question_${number}`)) number++;
  return {
    rowKey: nextKey(),
    key: `question_${number}`,
    type: "short_text",
    label: {},
    help: {},
    required: false,
    options: [],
    maxWords: null,
    min: null,
    max: null,
    eligibility: null,
    hiddenInBlindReview: false,
    maxFileMb: fileSizeLimitsMb.default,
    fileKinds: [...fileKinds],
  };
}

export function newOption(options: OptionDraft[]): OptionDraft {
  const used = new Set(options.map((option) => option.value));
  let number = options.length + 1;
  while (used.has(`option_${number}`)) number++;
  return { rowKey: nextKey(), value: `option_${number}`, label: {} };
}

/** The passing answer a new screening rule starts from, for a field of this type. */
export function defaultScreening(field: FieldDraft): Screening {
  if (field.type === "consent") return true;
  if (field.type === "number") return field.min ?? 0;
  if (field.type === "single_choice") return field.options[0]?.value ?? "";
  return "";
}

function blankToNull(text: LocalizedDraft) {
  const kept = withoutBlanks(text);
  return Object.keys(kept).length ? kept : null;
}

function decisionMessagesValue(messages: CallDraft["decisionMessages"]) {
  const kept = Object.fromEntries(
    decisions.flatMap((decision) => {
      const text = blankToNull(messages[decision]);
      return text ? [[decision, text]] : [];
    }),
  );
  return Object.keys(kept).length ? kept : null;
}

export function callValues(draft: CallDraft): CallValues {
  return {
    decisionMessages: decisionMessagesValue(draft.decisionMessages),
    cohortId: draft.cohortId === noCohort ? null : draft.cohortId,
    title: withoutBlanks(draft.title),
    description: blankToNull(draft.description),
    opensAt: draft.opensAt,
    closesAt: draft.closesAt,
    maxAcceptances: draft.maxAcceptances,
    applicantKind: draft.applicantKind,
    fields: draft.fields.map((field) => ({
      key: field.key.trim(),
      type: field.type,
      label: withoutBlanks(field.label),
      help: blankToNull(field.help),
      required: field.required,
      options: choiceTypes.has(field.type)
        ? field.options.map((option) => ({ value: option.value.trim(), label: withoutBlanks(option.label) }))
        : null,
      maxWords: field.type === "long_text" ? field.maxWords : null,
      min: field.type === "number" ? field.min : null,
      max: field.type === "number" ? field.max : null,
      eligibility: screenableTypes.has(field.type) && field.eligibility !== null ? { equals: field.eligibility } : null,
      hiddenInBlindReview: field.hiddenInBlindReview,
      maxFileMb: field.type === "file" ? field.maxFileMb : null,
      fileKinds: field.type === "file" ? field.fileKinds : null,
    })),
  };
}
