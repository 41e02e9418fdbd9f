/** A course's learners with their progress, completions per module, and staff enrolling a person of the organization. */
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { EnrolleePicker } from "../programs/enrollee-picker.tsx";
import { useCourseEnrollments, useEnrollPerson } from "./use-learning-queries.ts";

export function CourseLearners({ orgId, courseId }: { orgId: string; courseId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const enrollments = useCourseEnrollments(orgId, courseId);
  const enroll = useEnrollPerson(orgId, courseId);
  const [personId, setPersonId] = useState<string | null>(null);
  const data = enrollments.data;
  return (
    <div className="flex flex-col gap-6">
      <Card title={t("learning.learners.enroll")}>
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <EnrolleePicker
              orgId={orgId}
              kind="person"
              selectedId={personId}
              onSelect={setPersonId}
              error={problemText(enroll.error, "personId")}
            />
          </div>
          <Button
            isDisabled={!personId || enroll.isPending}
            onPress={() => personId && enroll.mutate(personId, { onSuccess: () => setPersonId(null) })}
          >
            {t("learning.learners.enroll")}
          </Button>
        </div>
        <div className="mt-3">
          <ErrorBanner>{problemText(enroll.error)}</ErrorBanner>
        </div>
      </Card>
      <ErrorBanner>{problemText(enrollments.error)}</ErrorBanner>
      {data?.learners.length === 0 && <EmptyState>{t("learning.learners.empty")}</EmptyState>}
      {!!data?.learners.length && (
        <DataTable
          caption={t("learning.learners.title")}
          headers={[
            t("learning.learners.name"),
            t("learning.learners.source"),
            t("learning.progress.label"),
            t("learning.learners.completedAt"),
          ]}
        >
          {data.learners.map((learner) => (
            <tr key={learner.enrollmentId}>
              <Cell>
                <bdi>{learner.person.fullName}</bdi>
              </Cell>
              <Cell>{t(`learning.source.${learner.source}`)}</Cell>
              <Cell>{t("learning.progress.value", { done: learner.completedModules, total: data.moduleCount })}</Cell>
              <Cell>
                {learner.completedAt ? (
                  <Link
                    to="/my/learning/$enrollmentId/certificate"
                    params={{ enrollmentId: learner.enrollmentId }}
                    className="text-brand-700 hover:underline"
                  >
                    {format.dateTime(learner.completedAt)}
                  </Link>
                ) : (
                  "—"
                )}
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
      {!!data?.modules.length && (
        <DataTable
          caption={t("learning.learners.perModule")}
          headers={[t("learning.modules.title"), t("learning.learners.completions")]}
        >
          {data.modules.map((module) => (
            <tr key={module.id}>
              <Cell>
                {t("learning.module.heading", { position: module.position, title: format.text(module.title) })}
              </Cell>
              <Cell>{format.number(module.completions)}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
