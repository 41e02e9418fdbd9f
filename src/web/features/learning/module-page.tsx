/** A module for its learner: the text, the video and materials as links, then a quiz or a button to complete it. */
import { Link, useParams } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { CourseProgress } from "./course-progress.tsx";
import { MarkdownText } from "./markdown-text.tsx";
import { QuizForm } from "./quiz-form.tsx";
import { type LearnerModule, useCompleteModule, useLearnerModule } from "./use-learning-queries.ts";

export function ModulePage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { moduleId } = useParams({ from: "/learn/$moduleId" });
  const module = useLearnerModule(moduleId);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <ErrorBanner>{problemText(module.error)}</ErrorBanner>
      {module.data && (
        <>
          <header className="flex flex-col gap-2">
            <Link
              to="/courses/$courseId"
              params={{ courseId: module.data.courseId }}
              className="text-sm text-brand-700 hover:underline"
            >
              {format.text(module.data.courseTitle)}
            </Link>
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold text-slate-900">
                {t("learning.module.heading", {
                  position: module.data.position,
                  title: format.text(module.data.title),
                })}
              </h1>
              {module.data.completion && <Badge tone="green">{t("learning.module.completed")}</Badge>}
            </div>
          </header>
          {module.data.body && <MarkdownText source={format.text(module.data.body)} />}
          <Resources module={module.data} />
          <Completion key={module.data.id} module={module.data} />
        </>
      )}
    </main>
  );
}

function Resources({ module }: { module: LearnerModule }) {
  const t = useT();
  const format = useFormat();
  if (!module.videoUrl && module.materials.length === 0) return null;
  return (
    <Card title={t("learning.module.resources")}>
      <ul className="flex flex-col gap-2">
        {module.videoUrl && (
          <li>
            <a href={module.videoUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
              {t("learning.module.watchVideo")}
            </a>
          </li>
        )}
        {module.materials.map((material) => (
          <li key={material.url}>
            <a href={material.url} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
              {format.text(material.name)}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Completion({ module }: { module: LearnerModule }) {
  const t = useT();
  const problemText = useProblemText();
  const complete = useCompleteModule(module.id);
  const result = complete.data;
  const done = result?.completed ?? !!module.completion;
  return (
    <Card title={module.quiz ? t("learning.quiz.title") : undefined}>
      <div className="flex flex-col gap-4">
        <ErrorBanner>{problemText(complete.error)}</ErrorBanner>
        {module.quiz ? (
          <QuizForm
            quiz={module.quiz}
            isPending={complete.isPending}
            error={complete.error}
            onSubmit={(answers) => complete.mutate(answers)}
          />
        ) : (
          !done && (
            <div>
              <Button isDisabled={complete.isPending} onPress={() => complete.mutate(undefined)}>
                {t("learning.module.markComplete")}
              </Button>
            </div>
          )
        )}
        {result?.quizScore != null && (
          <Notice>
            {t(result.completed ? "learning.quiz.passed" : "learning.quiz.failed", {
              score: result.quizScore,
              pass: result.passPercent ?? 0,
            })}
          </Notice>
        )}
        {result && <CourseProgress progress={result.progress} />}
        {done && <NextStep module={module} courseCompleted={!!result?.progress.completedAt} />}
      </div>
    </Card>
  );
}

function NextStep({ module, courseCompleted }: { module: LearnerModule; courseCompleted: boolean }) {
  const t = useT();
  if (module.nextModuleId) {
    return (
      <Link
        to="/learn/$moduleId"
        params={{ moduleId: module.nextModuleId }}
        className="font-medium text-brand-700 hover:underline"
      >
        {t("learning.module.next")}
      </Link>
    );
  }
  return (
    <Link
      to="/courses/$courseId"
      params={{ courseId: module.courseId }}
      className="font-medium text-brand-700 hover:underline"
    >
      {t(courseCompleted ? "learning.module.courseDone" : "learning.module.backToCourse")}
    </Link>
  );
}
