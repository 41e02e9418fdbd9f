/** Who is in the cohort, grouped by role, with their status and (for staff) the changes a status allows. */
import { useId } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable } from "../../ui/layout.tsx";
import { EnrollDialog } from "./enroll-dialog.tsx";
import { useEnrollmentProblem } from "./enrollment-problem.ts";
import type { EnrollmentRole, EnrollmentStatus } from "./program-options.ts";
import { useOrganizationDates } from "./use-organization-dates.ts";
import { type Cohort, type Enrollment, useChangeEnrollment, useRoster } from "./use-program-queries.ts";

const rosterGroups: { id: "participants" | "mentors" | "staff"; roles: EnrollmentRole[] }[] = [
  { id: "participants", roles: ["participant", "team"] },
  { id: "mentors", roles: ["mentor"] },
  { id: "staff", roles: ["staff"] },
];

const statusTones = {
  invited: "amber",
  active: "green",
  completed: "slate",
  withdrawn: "red",
} as const satisfies Record<EnrollmentStatus, string>;

/** What each status can become: withdrawn and completed people can come back, invited ones be confirmed. */
const nextStatuses: Record<
  EnrollmentStatus,
  { to: EnrollmentStatus; action: "activate" | "complete" | "withdraw" | "reactivate" }[]
> = {
  invited: [
    { to: "active", action: "activate" },
    { to: "withdrawn", action: "withdraw" },
  ],
  active: [
    { to: "completed", action: "complete" },
    { to: "withdrawn", action: "withdraw" },
  ],
  completed: [{ to: "active", action: "reactivate" }],
  withdrawn: [{ to: "active", action: "reactivate" }],
};

export function Roster({ orgId, cohort, canManage }: { orgId: string; cohort: Cohort; canManage: boolean }) {
  const t = useT();
  const roster = useRoster(orgId, cohort.id);
  const change = useChangeEnrollment(orgId, cohort.id);
  const enrollmentProblem = useEnrollmentProblem(cohort.capacity);
  return (
    <Card title={t("enrollments.roster")} actions={canManage && <EnrollDialog orgId={orgId} cohort={cohort} />}>
      <div className="flex flex-col gap-6">
        <ErrorBanner>{enrollmentProblem(roster.error ?? change.error)}</ErrorBanner>
        {roster.data &&
          rosterGroups.map((group) => {
            const members = roster.data.filter((enrollment) => group.roles.includes(enrollment.role));
            return (
              <section key={group.id} className="flex flex-col gap-2">
                <h3 className="font-semibold">{t(`enrollments.group.${group.id}`, { count: members.length })}</h3>
                {members.length === 0 ? (
                  <p className="text-sm text-slate-500">{t("enrollments.groupEmpty")}</p>
                ) : (
                  <RosterTable
                    orgId={orgId}
                    enrollments={members}
                    canManage={canManage}
                    onChange={(enrollment, status) => change.mutate({ enrollmentId: enrollment.id, status })}
                    pendingId={change.isPending ? change.variables?.enrollmentId : undefined}
                  />
                )}
              </section>
            );
          })}
      </div>
    </Card>
  );
}

type RosterTableProps = {
  orgId: string;
  enrollments: Enrollment[];
  canManage: boolean;
  onChange: (enrollment: Enrollment, status: EnrollmentStatus) => void;
  pendingId?: string;
};

function RosterTable({ orgId, enrollments, canManage, onChange, pendingId }: RosterTableProps) {
  const t = useT();
  const headers = [
    t("enrollments.column.name"),
    t("enrollments.column.role"),
    t("enrollments.column.status"),
    t("enrollments.column.since"),
  ];
  return (
    <DataTable headers={canManage ? [...headers, t("enrollments.column.actions")] : headers}>
      {enrollments.map((enrollment) => (
        <RosterRow
          key={enrollment.id}
          orgId={orgId}
          enrollment={enrollment}
          canManage={canManage}
          onChange={onChange}
          isPending={pendingId === enrollment.id}
        />
      ))}
    </DataTable>
  );
}

function RosterRow({
  orgId,
  enrollment,
  canManage,
  onChange,
  isPending,
}: Omit<RosterTableProps, "enrollments" | "pendingId"> & { enrollment: Enrollment; isPending: boolean }) {
  const t = useT();
  const format = useFormat();
  const nameId = useId();
  const { dateOf } = useOrganizationDates(orgId);
  return (
    <tr>
      <Cell className="font-medium">
        <span id={nameId}>{enrollment.name}</span>
      </Cell>
      <Cell>{t(`enrollments.role.${enrollment.role}`)}</Cell>
      <Cell>
        <Badge tone={statusTones[enrollment.status]}>{t(`enrollments.status.${enrollment.status}`)}</Badge>
      </Cell>
      <Cell className="whitespace-nowrap">{format.date(dateOf(enrollment.enrolledAt))}</Cell>
      {canManage && (
        <Cell>
          <div className="flex flex-wrap gap-1">
            {nextStatuses[enrollment.status].map(({ to, action }) => (
              <Button
                key={action}
                variant={action === "withdraw" ? "danger" : "secondary"}
                className="px-2 py-1 text-xs"
                aria-describedby={nameId}
                isDisabled={isPending}
                onPress={() => onChange(enrollment, to)}
              >
                {t(`enrollments.action.${action}`)}
              </Button>
            ))}
          </div>
        </Cell>
      )}
    </tr>
  );
}
