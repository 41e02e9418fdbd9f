/** The organization's calls with their application counts, and for staff the form that drafts a new one. */
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ApplicationCounts } from "./application-counts.tsx";
import { emptyCallDraft } from "./call-draft.ts";
import { CallForm } from "./call-form.tsx";
import { CallStatusBadge } from "./call-status.tsx";
import { useCalls } from "./use-call-queries.ts";

export function CallsPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/calls" });
  const membership = useMembership(orgId);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("calls.title")}
        subtitle={t("calls.timeZoneNote", { timeZone: membership?.timeZone ?? "UTC" })}
        actions={
          isStaff(membership?.role) && !creating && <Button onPress={() => setCreating(true)}>{t("calls.new")}</Button>
        }
      />
      {creating && (
        <Card title={t("calls.new")}>
          <CallForm
            orgId={orgId}
            initial={emptyCallDraft()}
            onSaved={(callId) => navigate({ to: "/orgs/$orgId/calls/$callId", params: { orgId, callId } })}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      <CallList orgId={orgId} />
    </div>
  );
}

function CallList({ orgId }: { orgId: string }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const calls = useCalls(orgId);
  if (calls.error) return <ErrorBanner>{problemText(calls.error)}</ErrorBanner>;
  if (!calls.data) return null;
  if (calls.data.length === 0) return <EmptyState>{t("calls.empty")}</EmptyState>;
  const timeZone = membership?.timeZone;
  return (
    <DataTable
      caption={t("calls.title")}
      headers={[
        t("calls.column.title"),
        t("calls.column.cohort"),
        t("calls.column.opensAt"),
        t("calls.column.closesAt"),
        t("calls.column.status"),
        t("calls.column.applications"),
      ]}
    >
      {calls.data.map((call) => (
        <tr key={call.id}>
          <Cell>
            <Link
              to="/orgs/$orgId/calls/$callId"
              params={{ orgId, callId: call.id }}
              className="font-medium text-brand-700 hover:underline"
            >
              {format.text(call.title, membership?.defaultLocale)}
            </Link>
          </Cell>
          <Cell>
            {call.cohortName ? format.text(call.cohortName, membership?.defaultLocale) : t("calls.form.noCohort")}
          </Cell>
          <Cell className="whitespace-nowrap">{format.dateTime(call.opensAt, timeZone)}</Cell>
          <Cell className="whitespace-nowrap">{format.dateTime(call.closesAt, timeZone)}</Cell>
          <Cell>
            <CallStatusBadge status={call.status} isOpen={call.isOpen} closesAt={call.closesAt} />
          </Cell>
          <Cell>
            <ApplicationCounts counts={call.applicationCounts} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
