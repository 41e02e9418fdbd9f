/** Published courses of every organization; anyone may browse them without signing in. */
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { useCatalog } from "./use-learning-queries.ts";

export function CatalogPage() {
  const t = useT();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const catalog = useCatalog(page);
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
      <PagedList list={catalog} empty={t("learning.catalog.empty")} onPageChange={setPage}>
        {(items) => (
          <ul className="flex flex-col gap-4">
            {items.map((course) => (
              <li key={course.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <p className="text-sm text-slate-500">
                  {format.text(course.organization.name, course.organization.defaultLocale)}
                </p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link
                    to="/courses/$courseId"
                    params={{ courseId: course.id }}
                    className="text-brand-700 hover:underline"
                  >
                    {format.text(course.title, course.organization.defaultLocale)}
                  </Link>
                </h2>
                {course.summary && (
                  <p className="mt-2 line-clamp-3 whitespace-pre-wrap text-sm text-slate-700">
                    {format.text(course.summary, course.organization.defaultLocale)}
                  </p>
                )}
                <p className="mt-3 text-sm text-slate-600">
                  {t("learning.moduleCount", { count: course.moduleCount })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </main>
  );
}
