/** An event's attendance for staff: the door list, marking many at once, an imported list, and visitor headcounts. */
import { Link, useParams } from "@tanstack/react-router";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { ProgressBar } from "../../ui/progress-bar.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { AttendanceBulkDialog } from "./attendance-bulk-dialog.tsx";
import { AttendanceHeadcounts } from "./attendance-headcounts.tsx";
import { useCheckInList } from "./attendance-queries.ts";

export function AttendancePage() {
  const t = useT();
  const format = useFormat();
  const { orgId, eventId } = useParams({ from: "/orgs/$orgId/events/$eventId/attendance" });
  const membership = useMembership(orgId);
  const list = useCheckInList(orgId, eventId, "");
  const event = list.data?.event;
  const counts = list.data?.counts;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("attendance.title")}
        subtitle={
          event &&
          `${format.text(event.title, membership?.defaultLocale)} · ${format.dateTime(event.startsAt, event.timeZone)}`
        }
        actions={
          <>
            <Link
              to="/orgs/$orgId/events/$eventId/check-in"
              params={{ orgId, eventId }}
              className={buttonClass("secondary")}
            >
              {t("attendance.checkIn.title")}
            </Link>
            <Link
              to="/orgs/$orgId/events/$eventId/attendance/import"
              params={{ orgId, eventId }}
              className={buttonClass("secondary")}
            >
              {t("attendance.import.title")}
            </Link>
          </>
        }
      />
      <Card title={t("attendance.present.title")} actions={<AttendanceBulkDialog orgId={orgId} eventId={eventId} />}>
        {counts && (
          <ProgressBar
            label={t("attendance.present.label")}
            value={counts.checkedIn}
            maxValue={Math.max(counts.expected, counts.checkedIn, 1)}
            valueLabel={t("attendance.present.value", { checkedIn: counts.checkedIn, expected: counts.expected })}
          />
        )}
      </Card>
      <AttendanceHeadcounts orgId={orgId} eventId={eventId} />
    </div>
  );
}
