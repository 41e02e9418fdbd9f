/** One course for staff: its settings, its modules in order (edit, move, remove, add) and its learners. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { movedInList, RowOrderActions } from "../../ui/row-order-actions.tsx";
import { Tab, TabList, TabPanel, Tabs } from "../../ui/tabs.tsx";
import { CourseForm } from "./course-form.tsx";
import { CourseLearners } from "./course-learners.tsx";
import { ModuleForm } from "./module-form.tsx";
import {
  type CourseDetail,
  useCourse,
  useRemoveCourse,
  useRemoveModule,
  useReorderModules,
  useSaveModule,
} from "./use-learning-queries.ts";

export function CourseEditorPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { orgId, courseId } = useParams({ from: "/orgs/$orgId/courses/$courseId" });
  const course = useCourse(orgId, courseId);
  const remove = useRemoveCourse(orgId, courseId);
  if (course.error) return <ErrorBanner>{problemText(course.error)}</ErrorBanner>;
  if (!course.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={format.text(course.data.title)}
        subtitle={
          course.data.isPublished ? (
            <Link to="/courses/$courseId" params={{ courseId }} className="text-brand-700 hover:underline">
              {t("learning.course.publicPage")}
            </Link>
          ) : (
            t("learning.course.draftHelp")
          )
        }
        actions={
          <ConfirmButton
            label={t("learning.course.delete")}
            title={t("learning.course.deleteTitle")}
            message={t("learning.course.deleteMessage")}
            confirmLabel={t("learning.course.delete")}
            cancelLabel={t("learning.cancel")}
            onConfirm={() =>
              remove.mutate(undefined, { onSuccess: () => navigate({ to: "/orgs/$orgId/courses", params: { orgId } }) })
            }
          />
        }
      />
      <ErrorBanner>{problemText(remove.error)}</ErrorBanner>
      <Tabs defaultSelectedKey="modules">
        <TabList aria-label={t("learning.course.sections")}>
          <Tab id="modules">{t("learning.modules.title")}</Tab>
          <Tab id="learners">{t("learning.learners.title")}</Tab>
          <Tab id="settings">{t("learning.course.settings")}</Tab>
        </TabList>
        <TabPanel id="modules">
          <ModulesEditor orgId={orgId} course={course.data} />
        </TabPanel>
        <TabPanel id="learners">
          <CourseLearners orgId={orgId} courseId={courseId} />
        </TabPanel>
        <TabPanel id="settings">
          <Card>
            <CourseForm orgId={orgId} course={course.data} onSaved={() => course.refetch()} />
          </Card>
        </TabPanel>
      </Tabs>
    </div>
  );
}

function ModulesEditor({ orgId, course }: { orgId: string; course: CourseDetail }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const reorder = useReorderModules(orgId, course.id);
  const removeModule = useRemoveModule(orgId, course.id);
  const save = useSaveModule(orgId, course.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const modules = course.modules;
  const ids = modules.map((module) => module.id);
  return (
    <div className="flex flex-col gap-4">
      <ErrorBanner>{problemText(reorder.error ?? removeModule.error)}</ErrorBanner>
      <ol className="flex flex-col gap-2">
        {modules.map((module, index) => {
          const title = format.text(module.title);
          return (
            <li key={module.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">
                  {t("learning.module.heading", { position: module.position, title })}
                  {module.quiz && <span className="ms-2 text-sm text-slate-500">{t("learning.quiz.title")}</span>}
                </span>
                <div className="flex items-center gap-1">
                  <Button variant="secondary" onPress={() => setEditing(editing === module.id ? null : module.id)}>
                    {t("learning.module.edit")}
                  </Button>
                  <RowOrderActions
                    index={index}
                    count={modules.length}
                    labels={{
                      up: t("learning.module.moveUp", { title }),
                      down: t("learning.module.moveDown", { title }),
                      remove: t("learning.module.remove", { title }),
                    }}
                    onMove={(by) => reorder.mutate(movedInList(ids, index, by))}
                    onRemove={() => removeModule.mutate(module.id)}
                  />
                </div>
              </div>
              {editing === module.id && (
                <div className="mt-4 border-t border-slate-200 pt-4">
                  <ModuleForm
                    module={module}
                    isPending={save.isPending}
                    error={save.error}
                    submitLabel={t("learning.module.save")}
                    onSubmit={(json) =>
                      save.mutate({ moduleId: module.id, json }, { onSuccess: () => setEditing(null) })
                    }
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {adding ? (
        <Card title={t("learning.module.add")}>
          <ModuleForm
            isPending={save.isPending}
            error={save.error}
            submitLabel={t("learning.module.add")}
            onSubmit={(json) => save.mutate({ json }, { onSuccess: () => setAdding(false) })}
          />
        </Card>
      ) : (
        <div>
          <Button onPress={() => setAdding(true)}>{t("learning.module.add")}</Button>
        </div>
      )}
    </div>
  );
}
