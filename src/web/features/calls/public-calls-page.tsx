/** Calls open for applications now, from every organization; anyone may read them without signing in. */
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { Deadline } from "./deadline.tsx";
import { useOpenCalls } from "./use-application-queries.ts";

export function PublicCallsPage() {
  const t = useT();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const calls = useOpenCalls(page);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <PageHeader
        title={t("calls.public.title")}
        subtitle={t("calls.public.subtitle")}
        actions={
          <Link to="/my/applications" className="text-sm font-medium text-brand-700 hover:underline">
            {t("applications.mine.title")}
          </Link>
        }
      />
      <PagedList list={calls} empty={t("calls.public.empty")} onPageChange={setPage}>
        {(items) => (
          <ul className="flex flex-col gap-4">
            {items.map((call) => (
              <li key={call.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <p className="text-sm text-slate-500">{format.text(call.organization.name)}</p>
                <h2 className="mt-1 text-lg font-semibold">
                  <Link to="/calls/$callId" params={{ callId: call.id }} className="text-brand-700 hover:underline">
                    {format.text(call.title)}
                  </Link>
                </h2>
                {call.description && (
                  <p className="mt-2 line-clamp-3 whitespace-pre-wrap text-sm text-slate-700">
                    {format.text(call.description)}
                  </p>
                )}
                <div className="mt-3">
                  <Deadline closesAt={call.closesAt} organizationTimeZone={call.organization.timeZone} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </main>
  );
}
