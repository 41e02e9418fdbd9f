/** Staff's view of one enrollment's commitment hours, with the form to log more and a way to remove a wrong log. */
import { useParams } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { ErrorBanner } from "../../ui/controls.tsx";
import { PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { useOrganizationDates } from "../programs/use-organization-dates.ts";
import { HoursCard } from "./hours-card.tsx";
import { HoursLogForm } from "./hours-log-form.tsx";
import { useEnrollmentHours, useRemoveHourLog } from "./hours-queries.ts";

export function HoursEnrollmentPage() {
  const t = useT();
  const problemText = useProblemText();
  const { orgId, enrollmentId } = useParams({ from: "/orgs/$orgId/enrollments/$enrollmentId/hours" });
  const membership = useMembership(orgId);
  const canLog = isStaff(membership?.role) || membership?.role === "mentor";
  const hours = useEnrollmentHours(orgId, enrollmentId);
  const remove = useRemoveHourLog(orgId);
  const { today } = useOrganizationDates(orgId);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={hours.data?.fullName ?? t("hours.title")} />
      <ErrorBanner>{problemText(hours.error ?? remove.error)}</ErrorBanner>
      {hours.data && (
        <HoursCard
          hours={hours.data}
          title={t("hours.title")}
          organizationLocale={membership?.defaultLocale}
          logAction={
            canLog
              ? (logId) => (
                  <ConfirmButton
                    label={t("hours.logs.remove")}
                    title={t("hours.logs.removeTitle")}
                    message={t("hours.logs.removeMessage")}
                    confirmLabel={t("hours.logs.remove")}
                    cancelLabel={t("attendance.cancel")}
                    onConfirm={() => remove.mutate(logId)}
                  />
                )
              : undefined
          }
        />
      )}
      {canLog && <HoursLogForm orgId={orgId} enrollmentId={enrollmentId} today={today} />}
    </div>
  );
}
