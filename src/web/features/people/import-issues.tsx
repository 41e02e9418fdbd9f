/** A row's problems from the import, each named by the field it concerns. */
import type { MessageKey } from "../../../shared/i18n/messages.ts";
import { useT } from "../../i18n/i18n.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import type { PersonField } from "./use-people-queries.ts";

export const personFieldLabels: Record<PersonField, MessageKey> = {
  fullName: "people.field.fullName",
  email: "people.field.email",
  phone: "people.field.phone",
  city: "people.field.city",
  country: "people.field.country",
  locale: "people.field.language",
  notes: "people.field.notes",
};

function isPersonField(path: string): path is PersonField {
  return path in personFieldLabels;
}

export function ImportIssues({ issues }: { issues: { path: string; code: string }[] }) {
  const t = useT();
  const problemText = useProblemText();
  return (
    <ul className="flex flex-col gap-0.5">
      {issues.map((issue) => (
        <li key={`${issue.path}:${issue.code}`}>
          {isPersonField(issue.path)
            ? t("people.import.issue", { field: t(personFieldLabels[issue.path]), problem: problemText(issue) ?? "" })
            : problemText(issue)}
        </li>
      ))}
    </ul>
  );
}
