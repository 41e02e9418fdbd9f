/** What an organization runs at a glance: its programs and their cohorts. */
import { useParams } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Card, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { ProgramLink } from "../programs/program-link.tsx";
import { usePrograms } from "../programs/use-program-queries.ts";

export function OverviewPage() {
  const t = useT();
  const format = useFormat();
  const { orgId } = useParams({ from: "/orgs/$orgId" });
  const membership = useMembership(orgId);
  const programs = usePrograms(orgId);
  return (
    <div>
      <PageHeader
        title={format.text(membership?.name, membership?.defaultLocale)}
        subtitle={membership && t(`roles.${membership.role}`)}
      />
      <Card title={t("nav.programs")}>
        {programs.data?.length === 0 && <EmptyState>{t("overview.noPrograms")}</EmptyState>}
        <ul className="grid gap-3 sm:grid-cols-2">
          {programs.data?.map((program) => (
            <li key={program.id} className="rounded-md border border-slate-200 p-4">
              <ProgramLink orgId={orgId} program={program} />
              <p className="mt-1 text-sm text-slate-600">
                {t(`programs.type.${program.type}`)} · {t("overview.cohortCount", { count: program.cohortCount })}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
