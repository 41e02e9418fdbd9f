/** An application's answers as staff read them: each shown the way its question's type means it. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useCountryName } from "../../ui/country-field.tsx";
import { useFileSize } from "./file-answer.tsx";
import type { CallField } from "./use-call-queries.ts";
import type { ApplicationFile, FileLinks } from "./use-file-queries.ts";

export function AnswerList({
  fields,
  answers,
  organizationLocale,
  files,
}: {
  fields: CallField[];
  answers: Record<string, unknown>;
  organizationLocale?: string;
  /** The application's files, for file answers; without them a file answer shows as given. */
  files?: FileLinks;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <dl className="flex flex-col gap-3">
      {fields.map((field) => (
        <div key={field.key}>
          <dt className="text-sm font-medium text-slate-600">{format.text(field.label, organizationLocale)}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">
            <Answer field={field} value={answers[field.key]} organizationLocale={organizationLocale} files={files} />
            {field.eligibility &&
              answers[field.key] !== undefined &&
              answers[field.key] !== field.eligibility.equals && (
                <span className="ms-2 text-xs font-medium text-red-700">{t("applications.failsScreening")}</span>
              )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Answer({
  field,
  value,
  organizationLocale,
  files,
}: {
  field: CallField;
  value: unknown;
  organizationLocale?: string;
  files?: FileLinks;
}) {
  const t = useT();
  const format = useFormat();
  const countryName = useCountryName();
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <span className="text-slate-400">{t("applications.unanswered")}</span>;
  }
  const optionLabel = (choice: string) =>
    format.text(field.options?.find((option) => option.value === choice)?.label, organizationLocale) || choice;
  switch (field.type) {
    case "single_choice":
      return <>{optionLabel(String(value))}</>;
    case "multiple_choice":
      return (
        <ul className="list-disc ps-5">
          {(value as string[]).map((choice) => (
            <li key={choice}>{optionLabel(choice)}</li>
          ))}
        </ul>
      );
    case "consent":
      return <>{t(value === true ? "applications.consentGiven" : "applications.consentNotGiven")}</>;
    case "country":
      return <>{countryName(String(value))}</>;
    case "date":
      return <>{format.date(String(value))}</>;
    case "number":
      return <span className="tabular-nums">{typeof value === "number" ? format.number(value) : String(value)}</span>;
    case "email":
      return (
        <a href={`mailto:${String(value)}`} dir="ltr" className="text-brand-700 hover:underline">
          {String(value)}
        </a>
      );
    case "phone":
      return <span dir="ltr">{String(value)}</span>;
    case "file":
      return <FileLink file={files?.files.find((file) => file.id === value)} href={files?.hrefOf(String(value))} />;
    case "long_text":
      return (
        <p className="whitespace-pre-wrap" dir="auto">
          {String(value)}
        </p>
      );
    default:
      return <span dir="auto">{String(value)}</span>;
  }
}

/** A download link named after the applicant's file, with its size; the name is printed on paper too. */
function FileLink({ file, href }: { file: ApplicationFile | undefined; href: string | undefined }) {
  const fileSize = useFileSize();
  if (!file || !href) return <span className="text-slate-400">…</span>;
  return (
    <>
      <a href={href} className="font-medium text-brand-700 hover:underline" dir="auto">
        {file.name}
      </a>{" "}
      <span className="text-slate-500 tabular-nums">
        (<bdi>{fileSize(file.size)}</bdi>)
      </span>
    </>
  );
}
