/** One program: what it is, its cohorts with their seats, and for staff editing it and opening a cohort. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { emptyCohortDraft } from "./cohort-draft.ts";
import { CohortForm } from "./cohort-form.tsx";
import { CohortStateBadge } from "./cohort-state-badge.tsx";
import { ProgramForm } from "./program-form.tsx";
import { ProgramsTrail } from "./programs-trail.tsx";
import { useOrganizationDates } from "./use-organization-dates.ts";
import { type ProgramDetail, useProgram } from "./use-program-queries.ts";

export function ProgramPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const { orgId, programId } = useParams({ from: "/orgs/$orgId/programs/$programId" });
  const membership = useMembership(orgId);
  const program = useProgram(orgId, programId);
  const [mode, setMode] = useState<"view" | "edit" | "newCohort">("view");
  if (program.error) return <ErrorBanner>{problemText(program.error)}</ErrorBanner>;
  if (!program.data) return null;
  const name = format.text(program.data.name, membership?.defaultLocale);
  const canManage = isStaff(membership?.role) && mode === "view";
  return (
    <div className="flex flex-col gap-6">
      <div>
        <ProgramsTrail orgId={orgId} />
        <PageHeader
          title={name}
          subtitle={<ProgramFacts program={program.data} />}
          actions={
            canManage && (
              <>
                <Button variant="secondary" onPress={() => setMode("edit")}>
                  {t("programs.edit")}
                </Button>
                <Button onPress={() => setMode("newCohort")}>{t("cohorts.new")}</Button>
              </>
            )
          }
        />
        {program.data.description && (
          <p className="max-w-3xl whitespace-pre-line text-slate-700">
            {format.text(program.data.description, membership?.defaultLocale)}
          </p>
        )}
      </div>
      {mode === "edit" && (
        <Card title={t("programs.edit")}>
          <ProgramForm
            orgId={orgId}
            program={program.data}
            onSaved={() => setMode("view")}
            onCancel={() => setMode("view")}
          />
        </Card>
      )}
      {mode === "newCohort" && (
        <Card title={t("cohorts.new")}>
          <CohortForm
            orgId={orgId}
            programId={programId}
            initial={emptyCohortDraft({
              capacity: program.data.defaultCapacity,
              commitmentHours: program.data.commitmentHours,
            })}
            onSaved={(cohortId) => navigate({ to: "/orgs/$orgId/cohorts/$cohortId", params: { orgId, cohortId } })}
            onCancel={() => setMode("view")}
          />
        </Card>
      )}
      <Card title={t("cohorts.title")}>
        <CohortList orgId={orgId} cohorts={program.data.cohorts} />
      </Card>
    </div>
  );
}

function ProgramFacts({ program }: { program: ProgramDetail }) {
  const t = useT();
  const facts = [
    t(`programs.type.${program.type}`),
    program.defaultCapacity !== null && t("programs.defaultPlaces", { count: program.defaultCapacity }),
    program.commitmentHours !== null && t("programs.hours", { count: program.commitmentHours }),
  ];
  return facts.filter(Boolean).join(" · ");
}

function CohortList({ orgId, cohorts }: { orgId: string; cohorts: ProgramDetail["cohorts"] }) {
  const t = useT();
  const format = useFormat();
  const membership = useMembership(orgId);
  const { today } = useOrganizationDates(orgId);
  if (cohorts.length === 0) return <EmptyState>{t("cohorts.empty")}</EmptyState>;
  return (
    <DataTable
      headers={[
        t("cohorts.column.name"),
        t("cohorts.column.dates"),
        t("cohorts.column.places"),
        t("cohorts.column.state"),
      ]}
    >
      {cohorts.map((cohort) => (
        <tr key={cohort.id}>
          <Cell>
            <Link
              to="/orgs/$orgId/cohorts/$cohortId"
              params={{ orgId, cohortId: cohort.id }}
              className="font-semibold text-brand-700 hover:underline"
            >
              {format.text(cohort.name, membership?.defaultLocale)}
            </Link>
          </Cell>
          <Cell>
            {t("cohorts.dateRange", { start: format.date(cohort.startsOn), end: format.date(cohort.endsOn) })}
          </Cell>
          <Cell className="tabular-nums">
            {t("cohorts.placesTaken", { taken: cohort.seatsTaken, capacity: cohort.capacity })}
          </Cell>
          <Cell>
            <CohortStateBadge cohort={cohort} today={today} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
