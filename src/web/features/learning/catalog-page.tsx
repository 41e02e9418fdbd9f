/** Published courses of every organization, or of one (`/courses?org=slug`); anyone may browse them without signing in. */
import { Link, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { EmptyState, PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { type CatalogCourse, useCatalog, useOrganizationCatalog } from "./use-learning-queries.ts";

export function CatalogPage() {
  const t = useT();
  const { org } = useSearch({ from: "/courses" });
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title={t("learning.catalog.title")}
        subtitle={t("learning.catalog.subtitle")}
        actions={
          <Link to="/my/learning" className="text-sm font-medium text-brand-700 hover:underline">
            {t("learning.mine.title")}
          </Link>
        }
      />
      {org ? <OrganizationCourses slug={org} /> : <AllCourses />}
    </main>
  );
}

function AllCourses() {
  const t = useT();
  const [page, setPage] = useState(1);
  const catalog = useCatalog(page);
  return (
    <PagedList list={catalog} empty={t("learning.catalog.empty")} onPageChange={setPage}>
      {(items) => <CourseCards courses={items} />}
    </PagedList>
  );
}

function OrganizationCourses({ slug }: { slug: string }) {
  const t = useT();
  const problemText = useProblemText();
  const catalog = useOrganizationCatalog(slug);
  return (
    <div className="flex flex-col gap-4">
      <Link to="/courses" className="text-sm text-brand-700 hover:underline">
        {t("learning.catalog.back")}
      </Link>
      <ErrorBanner>{problemText(catalog.error)}</ErrorBanner>
      {catalog.data?.length === 0 && <EmptyState>{t("learning.catalog.empty")}</EmptyState>}
      {catalog.data && <CourseCards courses={catalog.data} />}
    </div>
  );
}

function CourseCards({ courses }: { courses: CatalogCourse[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <ul className="flex flex-col gap-4">
      {courses.map((course) => {
        const organizationLocale = course.organization.defaultLocale;
        return (
          <li key={course.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <Link
              to="/courses"
              search={{ org: course.organization.slug }}
              className="text-sm text-slate-500 hover:underline"
            >
              {format.text(course.organization.name, organizationLocale)}
            </Link>
            <h2 className="mt-1 text-lg font-semibold">
              <Link to="/courses/$courseId" params={{ courseId: course.id }} className="text-brand-700 hover:underline">
                {format.text(course.title, organizationLocale)}
              </Link>
            </h2>
            {course.summary && (
              <p className="mt-2 line-clamp-3 whitespace-pre-wrap text-sm text-slate-700">
                {format.text(course.summary, organizationLocale)}
              </p>
            )}
            <p className="mt-3 text-sm text-slate-600">{t("learning.moduleCount", { count: course.moduleCount })}</p>
          </li>
        );
      })}
    </ul>
  );
}
