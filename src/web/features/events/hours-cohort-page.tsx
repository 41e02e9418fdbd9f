/** A cohort's commitment hours: everyone enrolled with a bar towards the target, each leading to their breakdown. */
import { Link, useParams } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ErrorBanner } from "../../ui/controls.tsx";
import { Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { useCohort } from "../programs/use-program-queries.ts";
import { HoursProgress } from "./hours-progress.tsx";
import { useCohortHours } from "./hours-queries.ts";

export function HoursCohortPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, cohortId } = useParams({ from: "/orgs/$orgId/cohorts/$cohortId/hours" });
  const membership = useMembership(orgId);
  const cohort = useCohort(orgId, cohortId);
  const hours = useCohortHours(orgId, cohortId);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("hours.cohortTitle")}
        subtitle={cohort.data && format.text(cohort.data.name, membership?.defaultLocale)}
        actions={
          <Link
            to="/orgs/$orgId/cohorts/$cohortId"
            params={{ orgId, cohortId }}
            className="text-sm text-brand-700 underline"
          >
            {t("hours.backToCohort")}
          </Link>
        }
      />
      <ErrorBanner>{problemText(hours.error)}</ErrorBanner>
      {hours.data &&
        (hours.data.items.length === 0 ? (
          <EmptyState>{t("hours.nobody")}</EmptyState>
        ) : (
          <DataTable headers={[t("people.field.fullName"), t("hours.eventsAttended"), t("hours.progressLabel")]}>
            {hours.data.items.map((item) => (
              <tr key={item.enrollmentId}>
                <Cell>
                  <Link
                    to="/orgs/$orgId/enrollments/$enrollmentId/hours"
                    params={{ orgId, enrollmentId: item.enrollmentId }}
                    className="font-medium text-brand-700 underline"
                  >
                    <span dir="auto">{item.fullName}</span>
                  </Link>
                </Cell>
                <Cell className="tabular-nums">{format.number(item.eventsAttended)}</Cell>
                <Cell className="min-w-56">
                  <HoursProgress
                    label={t("hours.progressOf", { name: item.fullName })}
                    totalMinutes={item.totalMinutes}
                    targetHours={hours.data.targetHours}
                  />
                </Cell>
              </tr>
            ))}
          </DataTable>
        ))}
    </div>
  );
}
