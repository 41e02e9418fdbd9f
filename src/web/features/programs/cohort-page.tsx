/** One cohort: where it stands on its timeline, its places, budget and roster; staff edit it here. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ProgressBar } from "../../ui/progress-bar.tsx";
import { CohortCalendarSubscribe } from "../events/calendar-subscribe.tsx";
import { CohortBudget } from "./cohort-budget.tsx";
import { cohortDraft } from "./cohort-draft.ts";
import { CohortForm } from "./cohort-form.tsx";
import { CohortStateBadge } from "./cohort-state-badge.tsx";
import { CohortTimeline } from "./cohort-timeline.tsx";
import { ProgramsTrail } from "./programs-trail.tsx";
import { Roster } from "./roster.tsx";
import { useOrganizationDates } from "./use-organization-dates.ts";
import { type Cohort, useCohort } from "./use-program-queries.ts";

export function CohortPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, cohortId } = useParams({ from: "/orgs/$orgId/cohorts/$cohortId" });
  const membership = useMembership(orgId);
  const { today } = useOrganizationDates(orgId);
  const cohort = useCohort(orgId, cohortId);
  const [editing, setEditing] = useState(false);
  if (cohort.error) return <ErrorBanner>{problemText(cohort.error)}</ErrorBanner>;
  if (!cohort.data) return null;
  const orgLocale = membership?.defaultLocale;
  const canManage = isStaff(membership?.role);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <ProgramsTrail
          orgId={orgId}
          program={{ id: cohort.data.programId, name: format.text(cohort.data.programName, orgLocale) }}
        />
        <PageHeader
          title={format.text(cohort.data.name, orgLocale)}
          subtitle={
            <span className="flex flex-wrap items-center gap-2">
              {t("cohorts.dateRange", {
                start: format.date(cohort.data.startsOn, "long"),
                end: format.date(cohort.data.endsOn, "long"),
              })}
              <CohortStateBadge cohort={cohort.data} today={today} />
            </span>
          }
          actions={
            canManage &&
            !editing && (
              <Button variant="secondary" onPress={() => setEditing(true)}>
                {t("cohorts.edit")}
              </Button>
            )
          }
        />
      </div>
      {editing ? (
        <Card title={t("cohorts.edit")}>
          <CohortForm
            orgId={orgId}
            programId={cohort.data.programId}
            cohortId={cohortId}
            initial={cohortDraft(cohort.data)}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </Card>
      ) : (
        <CohortOverview orgId={orgId} cohort={cohort.data} today={today} />
      )}
    </div>
  );
}

function CohortOverview({ orgId, cohort, today }: { orgId: string; cohort: Cohort; today: string }) {
  const t = useT();
  const membership = useMembership(orgId);
  const canSeeRoster = isStaff(membership?.role) || membership?.role === "mentor";
  return (
    <>
      <Card title={t("cohorts.timeline.title")}>
        <CohortTimeline cohort={cohort} today={today} organizationLocale={membership?.defaultLocale} />
      </Card>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title={t("cohorts.places.title")}>
          <ProgressBar
            label={t("cohorts.places.label")}
            value={cohort.seatsTaken}
            maxValue={cohort.capacity}
            valueLabel={t("cohorts.placesTaken", { taken: cohort.seatsTaken, capacity: cohort.capacity })}
          />
          <p className="mt-3 text-sm text-slate-600">
            {t("cohorts.places.left", { count: Math.max(0, cohort.capacity - cohort.seatsTaken) })}
            {cohort.commitmentHours !== null && ` · ${t("cohorts.commitment", { count: cohort.commitmentHours })}`}
          </p>
          {canSeeRoster && (
            <Link
              to="/orgs/$orgId/cohorts/$cohortId/hours"
              params={{ orgId, cohortId: cohort.id }}
              className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
            >
              {t("hours.cohortLink")}
            </Link>
          )}
        </Card>
        {cohort.budgetLines && (
          <Card title={t("cohorts.budget.title")}>
            <CohortBudget lines={cohort.budgetLines} />
          </Card>
        )}
      </div>
      {canSeeRoster && (
        <Card>
          <CohortCalendarSubscribe orgId={orgId} cohortId={cohort.id} canRotate={isStaff(membership?.role)} />
        </Card>
      )}
      {canSeeRoster && <Roster orgId={orgId} cohort={cohort} canManage={isStaff(membership?.role)} />}
    </>
  );
}
