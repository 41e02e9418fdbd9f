/** Staff's courses: each with its modules and learners counted, and a form to start a new one. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { CourseForm } from "./course-form.tsx";
import { useCourses } from "./use-learning-queries.ts";

export function CoursesPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { orgId } = useParams({ from: "/orgs/$orgId/courses" });
  const courses = useCourses(orgId);
  const [creating, setCreating] = useState(false);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("learning.courses.title")}
        actions={!creating && <Button onPress={() => setCreating(true)}>{t("learning.courses.new")}</Button>}
      />
      {creating && (
        <Card title={t("learning.courses.new")}>
          <CourseForm
            orgId={orgId}
            onSaved={(course) =>
              navigate({ to: "/orgs/$orgId/courses/$courseId", params: { orgId, courseId: course.id } })
            }
          />
        </Card>
      )}
      <ErrorBanner>{problemText(courses.error)}</ErrorBanner>
      {courses.data?.length === 0 && <EmptyState>{t("learning.courses.empty")}</EmptyState>}
      {!!courses.data?.length && (
        <DataTable
          headers={[t("learning.course.titleField"), t("learning.modules.title"), t("learning.learners.title"), ""]}
        >
          {courses.data.map((course) => (
            <tr key={course.id}>
              <Cell>
                <Link
                  to="/orgs/$orgId/courses/$courseId"
                  params={{ orgId, courseId: course.id }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {format.text(course.title)}
                </Link>
              </Cell>
              <Cell>{format.number(course.moduleCount)}</Cell>
              <Cell>{format.number(course.enrollmentCount)}</Cell>
              <Cell>
                <Badge tone={course.isPublished ? "green" : "slate"}>
                  {t(course.isPublished ? "learning.course.published" : "learning.course.draft")}
                </Badge>
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
