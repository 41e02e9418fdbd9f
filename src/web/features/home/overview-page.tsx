/** What an organization runs at a glance: its programs and their cohorts. */
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Card, EmptyState, PageHeader } from "../../ui/layout.tsx";

export function OverviewPage() {
  const t = useT();
  const format = useFormat();
  const { orgId } = useParams({ from: "/orgs/$orgId" });
  const membership = useMembership(orgId);
  const programs = useQuery({
    queryKey: ["programs", orgId],
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].programs.$get({ param: { orgId } })),
  });
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
              <Link
                to="/orgs/$orgId/programs/$programId"
                params={{ orgId, programId: program.id }}
                className="font-semibold text-brand-700 hover:underline"
              >
                {format.text(program.name, membership?.defaultLocale)}
              </Link>
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
