/** One application as staff see it: answers, the audit trail of who did what and when, and the decision buttons. */
import { Link } from "@tanstack/react-router";
import { ApiError } from "../../api-client.ts";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Card } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { AnswerList } from "./answer-view.tsx";
import { ApplicationHistory } from "./application-history.tsx";
import { ApplicationStatusBadge } from "./call-status.tsx";
import { type CallDetail, type Decision, useApplication, useDecide } from "./use-call-queries.ts";
import { useApplicationFileLinks } from "./use-file-queries.ts";

const decisions: {
  decision: Decision;
  label: "applications.accept" | "applications.waitlist" | "applications.reject";
}[] = [
  { decision: "accepted", label: "applications.accept" },
  { decision: "waitlisted", label: "applications.waitlist" },
  { decision: "rejected", label: "applications.reject" },
];

/** Applications that may still be decided, or decided again (a waitlisted one accepted later). */
const decidable = new Set(["submitted", "waitlisted", "accepted", "rejected"]);

export function ApplicationPanel({
  orgId,
  call,
  applicationId,
}: {
  orgId: string;
  call: CallDetail;
  applicationId: string;
}) {
  const t = useT();
  const problemText = useProblemText();
  const membership = useMembership(orgId);
  const application = useApplication(orgId, applicationId);
  const decide = useDecide(orgId, applicationId);
  const fileLinks = useApplicationFileLinks(orgId, applicationId);
  const timeZone = membership?.timeZone;
  const decisionProblem = (error: unknown) => {
    if (error instanceof ApiError && error.code === "errors.callMaximumReached" && call.maxAcceptances !== null) {
      return t("applications.maximumReached", { count: call.maxAcceptances });
    }
    if (error instanceof ApiError && error.code === "errors.cohortFull") return t("applications.cohortFull");
    return problemText(error);
  };
  if (application.error) return <ErrorBanner>{problemText(application.error)}</ErrorBanner>;
  const data = application.data;
  if (!data) return null;
  return (
    <Card
      title={data.applicantName}
      actions={
        <div className="flex items-center gap-2">
          <Link
            to="/orgs/$orgId/applications/$applicationId/print"
            params={{ orgId, applicationId }}
            className="text-sm text-brand-700 hover:underline"
          >
            {t("applications.printable")}
          </Link>
          <ApplicationStatusBadge status={data.status} />
        </div>
      }
    >
      <div className="flex flex-col gap-5">
        {data.email && (
          <p className="text-sm text-slate-600" dir="ltr">
            {data.email}
          </p>
        )}
        {isStaff(membership?.role) && decidable.has(data.status) && (
          <div className="flex flex-col gap-2">
            <ErrorBanner>{decisionProblem(decide.error)}</ErrorBanner>
            {decide.isSuccess && <Notice>{t(`applications.decided.${decide.variables}`)}</Notice>}
            <fieldset className="flex flex-wrap gap-2">
              <legend className="sr-only">{t("applications.decision")}</legend>
              {decisions.map(({ decision, label }) => (
                <Button
                  key={decision}
                  variant={decision === "accepted" ? "primary" : decision === "rejected" ? "danger" : "secondary"}
                  isDisabled={decide.isPending || data.status === decision}
                  onPress={() => decide.mutate(decision)}
                >
                  {t(label)}
                </Button>
              ))}
            </fieldset>
          </div>
        )}
        <section>
          <h3 className="mb-2 font-semibold text-slate-900">{t("applications.answers")}</h3>
          <AnswerList
            fields={call.fields}
            answers={data.answers}
            organizationLocale={membership?.defaultLocale}
            files={fileLinks}
          />
        </section>
        <section>
          <h3 className="mb-2 font-semibold text-slate-900">{t("applications.history")}</h3>
          <ApplicationHistory events={data.events} timeZone={timeZone} />
        </section>
      </div>
    </Card>
  );
}
