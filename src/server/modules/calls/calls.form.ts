/** A call's form at work: each answer checked against its field, required answers at submission, screening rules. */
import type { FieldIssue } from "../../http/errors.ts";
import type { Answers, AnswerValue, EligibilityRule, FieldOption, FieldType } from "./calls.tables.ts";

export type FormField = {
  key: string;
  type: FieldType;
  required: boolean;
  options: FieldOption[] | null;
  maxWords: number | null;
  minValue: number | null;
  maxValue: number | null;
  eligibility: EligibilityRule | null;
};

const limits = { shortText: 500, longText: 20_000 };
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[\d\s().-]{5,30}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** Two-letter codes that name a region (`IL`, `GE`), not merely two capitals (`XX`). */
function isCountryCode(value: string) {
  return /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== value;
}

function isIsoDate(value: string) {
  if (!datePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function wordCount(text: string) {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Unanswered: nothing, blank text, no option chosen, or a consent not given. */
export function isUnanswered(value: AnswerValue | undefined) {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

type Problem = { code: string; message: string };

/** Text PostgreSQL cannot store in JSON: a NUL character or half of a surrogate pair. */
const halfSurrogate = /\p{Cs}/u;

/** The id of the file each file question of the application holds (see calls.files.service.ts). */
export type UploadedFiles = ReadonlyMap<string, string>;

function problemWith(field: FormField, value: AnswerValue, files: UploadedFiles): Problem | undefined {
  if (typeof value === "string" && (value.includes("\u0000") || halfSurrogate.test(value))) {
    return { code: "errors.invalid_format", message: "Contains a character that cannot be stored" };
  }
  const wrongType = { code: "errors.invalid_type", message: `Expected an answer of type ${field.type}` };
  const badFormat = (what: string) => ({ code: "errors.invalid_format", message: `Not a valid ${what}` });
  switch (field.type) {
    case "short_text":
    case "long_text": {
      if (typeof value !== "string") return wrongType;
      const limit = field.type === "short_text" ? limits.shortText : limits.longText;
      if (value.length > limit) return { code: "errors.too_big", message: `At most ${limit} characters` };
      if (field.maxWords != null && wordCount(value) > field.maxWords) {
        return { code: "errors.tooManyWords", message: `At most ${field.maxWords} words` };
      }
      return undefined;
    }
    case "single_choice":
      if (typeof value !== "string") return wrongType;
      if (!field.options?.some((option) => option.value === value)) {
        return { code: "errors.invalid_value", message: "Not one of the options" };
      }
      return undefined;
    case "multiple_choice": {
      if (!Array.isArray(value)) return wrongType;
      const allowed = new Set(field.options?.map((option) => option.value));
      if (value.some((choice) => !allowed.has(choice))) {
        return { code: "errors.invalid_value", message: "Not one of the options" };
      }
      if (new Set(value).size !== value.length) return { code: "errors.invalid_value", message: "Chosen twice" };
      return undefined;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return wrongType;
      if (field.minValue != null && value < field.minValue) {
        return { code: "errors.too_small", message: `At least ${field.minValue}` };
      }
      if (field.maxValue != null && value > field.maxValue) {
        return { code: "errors.too_big", message: `At most ${field.maxValue}` };
      }
      return undefined;
    case "date":
      if (typeof value !== "string") return wrongType;
      return isIsoDate(value) ? undefined : badFormat("date (YYYY-MM-DD)");
    case "email":
      if (typeof value !== "string") return wrongType;
      return value.length <= 320 && emailPattern.test(value) ? undefined : badFormat("email address");
    case "phone":
      if (typeof value !== "string") return wrongType;
      return phonePattern.test(value) && (value.match(/\d/g)?.length ?? 0) >= 5 ? undefined : badFormat("phone number");
    case "country":
      if (typeof value !== "string") return wrongType;
      return isCountryCode(value) ? undefined : badFormat("two-letter country code");
    case "consent":
      return typeof value === "boolean" ? undefined : wrongType;
    case "file":
      if (typeof value !== "string") return wrongType;
      return files.get(field.key) === value
        ? undefined
        : { code: "errors.invalid_value", message: "Not a file uploaded to this application for this question" };
  }
}

/**
 * Checks answers against the form: each given answer must fit its field, and with `complete` every required
 * field must be answered; a file answer must be the id of the file uploaded for it (`files`, none before the
 * application exists). Issues carry the request path `json.answers.<key>`.
 */
export function answerIssues(
  fields: FormField[],
  answers: Answers,
  options: { complete: boolean; files?: UploadedFiles },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byKey = new Map(fields.map((field) => [field.key, field]));
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) {
      issues.push({ path: `json.answers.${key}`, code: "errors.unrecognized_keys", message: "No such question" });
    }
  }
  for (const field of fields) {
    const value = answers[field.key];
    const path = `json.answers.${field.key}`;
    if (isUnanswered(value)) {
      if (options.complete && field.required) issues.push({ path, code: "errors.required", message: "Required" });
      // A consent may be `false` and a text blank in a draft; anything else unanswered has nothing to check.
      if (value === undefined || value === null) continue;
    }
    const problem = problemWith(field, value as AnswerValue, options.files ?? new Map());
    if (problem) issues.push({ path, ...problem });
  }
  return issues;
}

/** Keys of the screening questions the answers fail; an unanswered screening question fails too. */
export function failedScreening(fields: FormField[], answers: Answers): string[] {
  return fields
    .filter((field) => field.eligibility && answers[field.key] !== field.eligibility.equals)
    .map((field) => field.key);
}

/** Blank answers are not kept, so a saved draft holds only what the applicant gave. */
export function keptAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([, value]) => value !== null && !(typeof value === "string" && value === "")),
  );
}
