/** One application on paper: applicant, status, answers, scores by stage and history; print CSS drops the app's chrome. */
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { api, unwrap } from "../../api-client.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Button, ErrorBanner } from "../../ui/controls.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { AnswerList } from "./answer-view.tsx";
import { ApplicationHistory } from "./application-history.tsx";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { type ApplicationDetail, useApplication, useCall } from "./use-call-queries.ts";
import { useApplicationFileLinks } from "./use-file-queries.ts";

// The shell's header and navigation stay on screen but not on paper; A4 with margins a binder can punch.
const printStyles = `
@page { size: A4; margin: 18mm 16mm; }
@media print {
  .min-h-screen > header, nav { display: none !important; }
  body { background: white !important; }
  main { max-width: none !important; }
  .print-sheet section { break-inside: avoid; }
}`;

function useApplicationScores(orgId: string, applicationId: string) {
  return useQuery({
    queryKey: ["applications", orgId, applicationId, "scores"],
    queryFn: async () =>
      unwrap(
        await api.api.orgs[":orgId"].applications[":applicationId"].scores.$get({ param: { orgId, applicationId } }),
      ),
  });
}

export function ApplicationPrintPage() {
  const problemText = useProblemText();
  const { orgId, applicationId } = useParams({ from: "/orgs/$orgId/applications/$applicationId/print" });
  const application = useApplication(orgId, applicationId);
  if (application.error) return <ErrorBanner>{problemText(application.error)}</ErrorBanner>;
  if (!application.data) return null;
  return <PrintSheet orgId={orgId} data={application.data} />;
}

function PrintSheet({ orgId, data }: { orgId: string; data: ApplicationDetail }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const call = useCall(orgId, data.callId);
  const scores = useApplicationScores(orgId, data.id);
  const fileLinks = useApplicationFileLinks(orgId, data.id);
  const error = call.error ?? scores.error;
  if (error) return <ErrorBanner>{problemText(error)}</ErrorBanner>;
  if (!call.data || !scores.data) return null;
  const organizationLocale = membership?.defaultLocale;
  const timeZone = membership?.timeZone;
  return (
    <article className="print-sheet mx-auto flex max-w-3xl flex-col gap-6 bg-white p-6 print:max-w-none print:p-0">
      <style>{printStyles}</style>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link
          to="/orgs/$orgId/calls/$callId"
          params={{ orgId, callId: data.callId }}
          className={buttonClass("secondary")}
        >
          {t("applications.backToCall")}
        </Link>
        <Button onPress={() => window.print()}>{t("applications.print")}</Button>
      </div>
      <div className="flex flex-col gap-1 border-b border-slate-300 pb-4">
        <p className="text-sm text-slate-600">{format.text(call.data.title, organizationLocale)}</p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-slate-900" dir="auto">
            {data.applicantName}
          </h1>
          <ApplicationStatusBadge status={data.status} />
        </div>
        {data.email && (
          <p className="text-sm text-slate-700" dir="ltr">
            {data.email}
          </p>
        )}
        {data.submittedAt && (
          <p className="text-sm text-slate-600">
            {t("applications.submittedOn", { time: format.dateTime(data.submittedAt, timeZone) })}
          </p>
        )}
      </div>
      <section>
        <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("applications.answers")}</h2>
        <AnswerList
          fields={call.data.fields}
          answers={data.answers}
          organizationLocale={organizationLocale}
          files={fileLinks}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("applications.scores")}</h2>
        {scores.data.every((stage) => stage.reviews === 0) ? (
          <p className="text-sm text-slate-600">{t("applications.scores.none")}</p>
        ) : (
          <div className="flex flex-col gap-4">
            {scores.data
              .filter((stage) => stage.reviews > 0)
              .map((stage) => (
                <div key={stage.stageId} className="break-inside-avoid">
                  <h3 className="font-semibold text-slate-900">{format.text(stage.name, organizationLocale)}</h3>
                  <p className="mb-1 text-sm text-slate-700">
                    {t("applications.scores.summary", {
                      mean:
                        stage.weightedMean === null ? "–" : format.number(Math.round(stage.weightedMean * 100) / 100),
                      spread: stage.spread === null ? "–" : format.number(Math.round(stage.spread * 100) / 100),
                      count: stage.reviews,
                    })}
                  </p>
                  <table className="w-full border-collapse text-sm">
                    <thead>
                      <tr className="border-b border-slate-300 text-start">
                        <th className="py-1 pe-3 text-start font-medium">{t("applications.scores.criterion")}</th>
                        <th className="py-1 pe-3 text-start font-medium">{t("applications.scores.reviewer")}</th>
                        <th className="py-1 pe-3 text-end font-medium">{t("applications.scores.score")}</th>
                        <th className="py-1 text-start font-medium">{t("applications.scores.comment")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {stage.scores.map((score) => (
                        <tr key={`${score.criterionId}-${score.reviewerUserId}`} className="border-b border-slate-100">
                          <td className="py-1 pe-3">{format.text(score.criterion, organizationLocale)}</td>
                          <td className="py-1 pe-3" dir="auto">
                            {score.reviewerName}
                          </td>
                          <td className="py-1 pe-3 text-end tabular-nums">
                            {/* A score out of its scale reads left to right in every language, like a fraction. */}
                            <span dir="ltr">
                              {format.number(score.score)}/{format.number(score.max)}
                            </span>
                          </td>
                          <td className="py-1 whitespace-pre-wrap" dir="auto">
                            {score.comment}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ))}
          </div>
        )}
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold text-slate-900">{t("applications.history")}</h2>
        <ApplicationHistory events={data.events} timeZone={timeZone} />
      </section>
    </article>
  );
}

/** Downloads of the call's applications, for staff who may read them; the browser saves what the API sends. */
export function ApplicationExportLinks({ orgId, callId }: { orgId: string; callId: string }) {
  const t = useT();
  const base = `/api/orgs/${orgId}/calls/${callId}/applications`;
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`${base}/export.csv`} download className={buttonClass("secondary")}>
        {t("applications.exportCsv")}
      </a>
      <a href={`${base}/export.xlsx`} download className={buttonClass("secondary")}>
        {t("applications.exportXlsx")}
      </a>
    </div>
  );
}
