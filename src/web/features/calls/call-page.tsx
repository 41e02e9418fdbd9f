/** One call for staff: its dates and status with publish / close, its form to edit, and its applications to decide. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner, SelectInput } from "../../ui/controls.tsx";
import { Card, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { ApplicationCounts } from "./application-counts.tsx";
import { ApplicationPanel } from "./application-panel.tsx";
import { ApplicationExportLinks } from "./application-print-page.tsx";
import { callDraft } from "./call-draft.ts";
import { CallForm } from "./call-form.tsx";
import { ApplicationStatusBadge, applicationStatuses, CallStatusBadge } from "./call-status.tsx";
import {
  type ApplicationStatusFilter,
  type CallDetail,
  useApplications,
  useCall,
  useCallStatusChange,
} from "./use-call-queries.ts";

export function CallPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, callId } = useParams({ from: "/orgs/$orgId/calls/$callId" });
  const membership = useMembership(orgId);
  const call = useCall(orgId, callId);
  const statusChange = useCallStatusChange(orgId, callId);
  const [editing, setEditing] = useState(false);
  if (call.error) return <ErrorBanner>{problemText(call.error)}</ErrorBanner>;
  if (!call.data) return null;
  const data = call.data;
  const canWrite = isStaff(membership?.role);
  const timeZone = membership?.timeZone ?? "UTC";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={format.text(data.title, membership?.defaultLocale)}
        subtitle={data.cohortName ? format.text(data.cohortName, membership?.defaultLocale) : t("calls.form.noCohort")}
        actions={
          canWrite &&
          !editing && (
            <>
              <Link
                to="/orgs/$orgId/calls/$callId/review"
                params={{ orgId, callId }}
                className={buttonClass("secondary")}
              >
                {t("reviews.setup.title")}
              </Link>
              <Button variant="secondary" onPress={() => setEditing(true)}>
                {t("calls.edit")}
              </Button>
              {data.status !== "published" && (
                <Button isDisabled={statusChange.isPending} onPress={() => statusChange.mutate("publish")}>
                  {t(data.status === "closed" ? "calls.reopen" : "calls.publish")}
                </Button>
              )}
              {data.status === "published" && (
                <Button
                  variant="danger"
                  isDisabled={statusChange.isPending}
                  onPress={() => statusChange.mutate("close")}
                >
                  {t("calls.close")}
                </Button>
              )}
            </>
          )
        }
      />
      <ErrorBanner>{problemText(statusChange.error)}</ErrorBanner>
      {editing ? (
        <Card title={t("calls.edit")}>
          <CallForm
            orgId={orgId}
            callId={callId}
            initial={callDraft(data)}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
          />
        </Card>
      ) : (
        <Card>
          <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
            <Fact label={t("calls.column.status")}>
              <CallStatusBadge status={data.status} isOpen={data.isOpen} closesAt={data.closesAt} />
            </Fact>
            <Fact label={t("calls.column.opensAt")}>{format.dateTime(data.opensAt, timeZone)}</Fact>
            <Fact label={t("calls.column.closesAt")}>{format.dateTime(data.closesAt, timeZone)}</Fact>
            <Fact label={t("calls.form.maxAcceptances")}>
              {data.maxAcceptances === null ? t("calls.noMaximum") : format.number(data.maxAcceptances)}
            </Fact>
            <Fact label={t("calls.form.applicantKind")}>{t(`calls.applicantKind.${data.applicantKind}`)}</Fact>
            <Fact label={t("calls.form.questions")}>{t("calls.questionCount", { count: data.fields.length })}</Fact>
            <Fact label={t("calls.column.applications")}>
              <ApplicationCounts counts={data.applicationCounts} />
            </Fact>
            <Fact label={t("calls.timeZone")}>{timeZone}</Fact>
          </dl>
        </Card>
      )}
      <Applications orgId={orgId} call={data} />
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function Applications({ orgId, call }: { orgId: string; call: CallDetail }) {
  const t = useT();
  const format = useFormat();
  const membership = useMembership(orgId);
  const [status, setStatus] = useState<ApplicationStatusFilter | undefined>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useApplications(orgId, call.id, { status, page });
  return (
    <section className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{t("applications.title")}</h2>
          {isStaff(membership?.role) && <ApplicationExportLinks orgId={orgId} callId={call.id} />}
        </div>
        <SelectInput
          label={t("applications.filter")}
          options={[
            { id: "all", label: t("applications.allStatuses") },
            ...applicationStatuses.map((option) => ({ id: option, label: t(`applications.status.${option}`) })),
          ]}
          value={status ?? "all"}
          onChange={(next) => {
            setStatus(next === "all" ? undefined : (next as ApplicationStatusFilter));
            setPage(1);
          }}
          className="w-56"
        />
      </div>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <PagedList list={list} empty={t("applications.empty")} onPageChange={setPage}>
          {(items) => (
            <DataTable
              caption={t("applications.title")}
              headers={[
                t("applications.column.applicant"),
                t("applications.column.status"),
                t("applications.column.submittedAt"),
              ]}
            >
              {items.map((application) => (
                <tr key={application.id} className={application.id === selected ? "bg-brand-50" : undefined}>
                  <Cell>
                    <Button
                      variant="quiet"
                      className="px-0! py-0! text-start"
                      aria-pressed={application.id === selected}
                      onPress={() => setSelected(application.id)}
                    >
                      {application.applicantName}
                    </Button>
                    {application.email && (
                      <div className="text-xs text-slate-500" dir="ltr">
                        {application.email}
                      </div>
                    )}
                  </Cell>
                  <Cell>
                    <ApplicationStatusBadge status={application.status} />
                  </Cell>
                  <Cell className="whitespace-nowrap">
                    {application.submittedAt ? format.dateTime(application.submittedAt, membership?.timeZone) : "—"}
                  </Cell>
                </tr>
              ))}
            </DataTable>
          )}
        </PagedList>
        {selected && <ApplicationPanel key={selected} orgId={orgId} call={call} applicationId={selected} />}
      </div>
    </section>
  );
}
