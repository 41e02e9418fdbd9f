/** The signed-in applicant's applications: their status, a draft to continue, and withdrawing. */
import { Link, Navigate } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMe } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { MyInterviews } from "./my-interviews.tsx";
import { useMyApplications, useWithdrawApplication } from "./use-application-queries.ts";

const withdrawable = new Set(["draft", "submitted", "screened_out", "waitlisted", "accepted"]);

export function MyApplicationsPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const me = useMe();
  const mine = useMyApplications(!!me.data);
  const withdraw = useWithdrawApplication();
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/sign-in" search={{ redirect: "/my/applications" }} />;
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8">
      <PageHeader
        title={t("applications.mine.title")}
        actions={
          <Link to="/calls" className="text-sm font-medium text-brand-700 hover:underline">
            {t("calls.public.title")}
          </Link>
        }
      />
      <ErrorBanner>{problemText(mine.error) ?? problemText(withdraw.error)}</ErrorBanner>
      {mine.data?.length === 0 && <EmptyState>{t("applications.mine.empty")}</EmptyState>}
      {!!mine.data?.length && (
        <DataTable
          caption={t("applications.mine.title")}
          headers={[
            t("calls.column.title"),
            t("applications.column.status"),
            t("calls.column.closesAt"),
            t("applications.column.actions"),
          ]}
        >
          {mine.data.map((application) => (
            <tr key={application.id}>
              <Cell>
                <Link
                  to="/calls/$callId"
                  params={{ callId: application.callId }}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {format.text(application.callTitle)}
                </Link>
                <div className="text-xs text-slate-500">
                  {format.text(application.organizationName)}
                  {application.group && ` · ${application.group.name}`}
                </div>
              </Cell>
              <Cell>
                <ApplicationStatusBadge status={application.status} />
                <MyInterviews interviews={application.interviews} />
              </Cell>
              <Cell className="whitespace-nowrap">{format.dateTime(application.closesAt)}</Cell>
              <Cell>
                <div className="flex flex-wrap items-center gap-2">
                  {application.status === "draft" && (
                    <Link
                      to="/calls/$callId"
                      params={{ callId: application.callId }}
                      className="text-sm font-medium text-brand-700 hover:underline"
                    >
                      {t("applications.mine.continue")}
                    </Link>
                  )}
                  {withdrawable.has(application.status) && (
                    <ConfirmButton
                      label={t("applications.mine.withdraw")}
                      title={t("applications.mine.withdrawTitle")}
                      message={t(
                        application.status === "accepted"
                          ? "applications.mine.withdrawAccepted"
                          : "applications.mine.withdrawMessage",
                      )}
                      confirmLabel={t("applications.mine.withdraw")}
                      cancelLabel={t("applications.mine.keep")}
                      isDisabled={withdraw.isPending}
                      onConfirm={() => withdraw.mutate(application.id)}
                    />
                  )}
                </div>
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </main>
  );
}
