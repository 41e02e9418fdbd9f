/** The signed-in learner's courses, with progress and the certificate of each completed one. */
import { Link, Navigate } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { ErrorBanner } from "../../ui/controls.tsx";
import { EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { CourseProgress } from "./course-progress.tsx";
import { useMyLearning } from "./use-learning-queries.ts";

export function MyLearningPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const me = useMe();
  const mine = useMyLearning();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/sign-in" search={{ redirect: "/my/learning" }} />;
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title={t("learning.mine.title")}
        actions={
          <Link to="/courses" className="text-sm font-medium text-brand-700 hover:underline">
            {t("learning.catalog.title")}
          </Link>
        }
      />
      <ErrorBanner>{problemText(mine.error)}</ErrorBanner>
      {mine.data?.length === 0 && <EmptyState>{t("learning.mine.empty")}</EmptyState>}
      <ul className="flex flex-col gap-4">
        {mine.data?.map((entry) => (
          <li
            key={entry.enrollmentId}
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <div>
              <p className="text-sm text-slate-500">
                {format.text(entry.organization.name, entry.organization.defaultLocale)}
              </p>
              <h2 className="text-lg font-semibold">
                <Link
                  to="/courses/$courseId"
                  params={{ courseId: entry.courseId }}
                  className="text-brand-700 hover:underline"
                >
                  {format.text(entry.title, entry.organization.defaultLocale)}
                </Link>
              </h2>
            </div>
            <CourseProgress progress={entry} />
            {entry.completedAt && (
              <Link
                to="/my/learning/$enrollmentId/certificate"
                params={{ enrollmentId: entry.enrollmentId }}
                className="font-medium text-brand-700 hover:underline"
              >
                {t("learning.certificate.open")}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
