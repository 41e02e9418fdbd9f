/**
 * One course for the public and its learners: what it teaches, its modules in order, and (signed in) the enroll
 * button, progress and the certificate once every module is complete. A visitor signs up right here to enroll.
 */
import { Link, useParams } from "@tanstack/react-router";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { SignUpForm } from "../auth/sign-up-form.tsx";
import { CourseProgress } from "./course-progress.tsx";
import { type LearnerCourse, useEnrollMyself, useLearnerCourse } from "./use-learning-queries.ts";

export function CoursePage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { courseId } = useParams({ from: "/courses/$courseId" });
  const me = useMe();
  const course = useLearnerCourse(courseId, !!me.data);
  if (me.isPending) return null;
  const organizationLocale = course.data?.organization.defaultLocale;
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <Link to="/courses" className="text-sm text-brand-700 hover:underline">
        {t("learning.catalog.back")}
      </Link>
      <ErrorBanner>{problemText(course.error)}</ErrorBanner>
      {course.data && (
        <>
          <header className="flex flex-col gap-2">
            <p className="text-sm text-slate-500">{format.text(course.data.organization.name, organizationLocale)}</p>
            <h1 className="text-2xl font-semibold text-slate-900">
              {format.text(course.data.title, organizationLocale)}
            </h1>
            {course.data.summary && (
              <p className="whitespace-pre-wrap text-slate-800">
                {format.text(course.data.summary, organizationLocale)}
              </p>
            )}
          </header>
          <Enrollment course={course.data} signedIn={!!me.data} />
          <ModuleList course={course.data} />
        </>
      )}
    </main>
  );
}

function Enrollment({ course, signedIn }: { course: LearnerCourse; signedIn: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const enroll = useEnrollMyself(course.id);
  if (course.enrollment) {
    return (
      <Card>
        <div className="flex flex-col gap-3">
          <CourseProgress progress={course.enrollment} />
          {course.enrollment.completedAt && (
            <Link
              to="/my/learning/$enrollmentId/certificate"
              params={{ enrollmentId: course.enrollment.enrollmentId }}
              className="font-medium text-brand-700 hover:underline"
            >
              {t("learning.certificate.open")}
            </Link>
          )}
        </div>
      </Card>
    );
  }
  if (!course.selfEnrollment) return <Notice>{t("learning.course.staffEnrollsOnly")}</Notice>;
  if (!signedIn) {
    return (
      <Card title={t("learning.course.enroll")}>
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-700">{t("learning.course.signUpToEnroll")}</p>
          <SignUpForm onSignedUp={() => undefined} />
          <p className="border-t border-slate-200 pt-4 text-sm text-slate-600">
            {t("auth.haveAccount")}{" "}
            <Link
              to="/sign-in"
              search={{ redirect: `/courses/${course.id}` }}
              className="font-medium text-brand-700 hover:underline"
            >
              {t("learning.course.signIn")}
            </Link>
          </p>
        </div>
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <ErrorBanner>{problemText(enroll.error)}</ErrorBanner>
      <div>
        <Button isDisabled={enroll.isPending} onPress={() => enroll.mutate(locale)}>
          {t("learning.course.enroll")}
        </Button>
      </div>
    </div>
  );
}

function ModuleList({ course }: { course: LearnerCourse }) {
  const t = useT();
  const format = useFormat();
  const completed = new Set(course.completedModuleIds);
  const organizationLocale = course.organization.defaultLocale;
  return (
    <Card title={t("learning.modules.title")}>
      <ol className="flex flex-col divide-y divide-slate-100">
        {course.modules.map((module) => (
          <li key={module.id} className="flex items-center justify-between gap-3 py-2">
            <span className="flex items-baseline gap-2">
              <span className="text-sm text-slate-500">{format.number(module.position)}.</span>
              {course.enrollment ? (
                <Link
                  to="/learn/$moduleId"
                  params={{ moduleId: module.id }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {format.text(module.title, organizationLocale)}
                </Link>
              ) : (
                <span>{format.text(module.title, organizationLocale)}</span>
              )}
            </span>
            {completed.has(module.id) && <Badge tone="green">{t("learning.module.completed")}</Badge>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
