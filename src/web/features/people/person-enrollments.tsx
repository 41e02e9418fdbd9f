/** The cohorts a person is or was enrolled in, newest first. */
import { Link } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Badge, Card, Cell, DataTable, EmptyState } from "../../ui/layout.tsx";
import { usePersonEnrollments } from "./use-people-queries.ts";

const statusTones = { invited: "amber", active: "green", completed: "slate", withdrawn: "red" } as const;

export function PersonEnrollments({ orgId, personId }: { orgId: string; personId: string }) {
  const t = useT();
  const format = useFormat();
  const organizationLocale = useMembership(orgId)?.defaultLocale;
  const enrollments = usePersonEnrollments(orgId, personId);
  const title = t("people.enrollments.title");
  return (
    <Card title={title}>
      {enrollments.data?.length === 0 && <EmptyState>{t("people.enrollments.none")}</EmptyState>}
      {!!enrollments.data?.length && (
        <DataTable
          caption={title}
          headers={[
            t("people.enrollments.program"),
            t("people.enrollments.cohort"),
            t("people.enrollments.role"),
            t("people.enrollments.status"),
            t("people.enrollments.dates"),
          ]}
        >
          {enrollments.data.map((enrollment) => (
            <tr key={enrollment.id}>
              <Cell>{format.text(enrollment.programName, organizationLocale)}</Cell>
              <Cell>
                <Link
                  to="/orgs/$orgId/cohorts/$cohortId"
                  params={{ orgId, cohortId: enrollment.cohortId }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {format.text(enrollment.cohortName, organizationLocale)}
                </Link>
              </Cell>
              <Cell>{t(`enrollments.role.${enrollment.role}`)}</Cell>
              <Cell>
                <Badge tone={statusTones[enrollment.status]}>{t(`enrollments.status.${enrollment.status}`)}</Badge>
              </Cell>
              <Cell className="whitespace-nowrap">
                {t("people.enrollments.dateRange", {
                  start: format.date(enrollment.startsOn),
                  end: format.date(enrollment.endsOn),
                })}
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </Card>
  );
}
