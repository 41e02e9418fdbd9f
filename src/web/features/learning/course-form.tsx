/** A course's title and summary per language, its program, when it opens, and whether it is public and self-enrolled. */
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { CheckboxField } from "../../ui/choice-fields.tsx";
import { Button, ErrorBanner, SelectInput } from "../../ui/controls.tsx";
import { DateTimeInputField } from "../../ui/date-fields.tsx";
import { type LocalizedDraft, LocalizedTextFields, withoutBlanks } from "../../ui/localized-text-fields.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ServerValidatedForm } from "../../ui/server-validated-form.tsx";
import { usePrograms } from "../programs/use-program-queries.ts";
import { type CourseDetail, useSaveCourse } from "./use-learning-queries.ts";

const noProgram = "none";

export function CourseForm({
  orgId,
  course,
  onSaved,
}: {
  orgId: string;
  course?: CourseDetail;
  onSaved: (course: CourseDetail) => void;
}) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const programs = usePrograms(orgId);
  const save = useSaveCourse(orgId, course?.id);
  const [title, setTitle] = useState<LocalizedDraft>(course?.title ?? {});
  const [summary, setSummary] = useState<LocalizedDraft>(course?.summary ?? {});
  const [programId, setProgramId] = useState(course?.programId ?? noProgram);
  const [opensAt, setOpensAt] = useState(course?.opensAt ?? "");
  const [isPublished, setPublished] = useState(course?.isPublished ?? false);
  const [selfEnrollment, setSelfEnrollment] = useState(course?.selfEnrollment ?? true);
  const programOptions = [
    { id: noProgram, label: t("learning.course.noProgram") },
    ...(programs.data ?? []).map((program) => ({ id: program.id, label: format.text(program.name) })),
  ];
  const submit = () =>
    save.mutate(
      {
        title: withoutBlanks(title),
        summary: withoutBlanks(summary),
        programId: programId === noProgram ? null : programId,
        opensAt: opensAt || null,
        isPublished,
        selfEnrollment,
      },
      { onSuccess: onSaved },
    );
  return (
    <ServerValidatedForm className="flex flex-col gap-4" onSubmit={submit}>
      <ErrorBanner>{problemText(save.error)}</ErrorBanner>
      <LocalizedTextFields
        label={t("learning.course.titleField")}
        value={title}
        onChange={setTitle}
        error={problemText(save.error, "title")}
      />
      <LocalizedTextFields label={t("learning.course.summary")} value={summary} onChange={setSummary} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput
          label={t("learning.course.program")}
          options={programOptions}
          value={programId}
          onChange={setProgramId}
          error={problemText(save.error, "programId")}
        />
        <DateTimeInputField
          label={t("learning.course.opensAt")}
          value={opensAt}
          onChange={setOpensAt}
          timeZone={membership?.timeZone ?? "UTC"}
          error={problemText(save.error, "opensAt")}
        />
      </div>
      <CheckboxField isSelected={isPublished} onChange={setPublished} description={t("learning.course.publishedHelp")}>
        {t("learning.course.published")}
      </CheckboxField>
      <CheckboxField
        isSelected={selfEnrollment}
        onChange={setSelfEnrollment}
        description={t("learning.course.selfEnrollmentHelp")}
      >
        {t("learning.course.selfEnrollment")}
      </CheckboxField>
      <div>
        <Button type="submit" isDisabled={save.isPending}>
          {t(course ? "learning.course.save" : "learning.course.create")}
        </Button>
      </div>
    </ServerValidatedForm>
  );
}
