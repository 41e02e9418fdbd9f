/** One person at the door: name, why they are expected, when they came and left, and the one action that fits now. */
import { useIntl } from "react-intl";
import { useT } from "../../i18n/i18n.tsx";
import { Button } from "../../ui/controls.tsx";
import { Badge } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { type CheckInEntry, useCheckIn, useCheckOut, useUndoCheckIn } from "./attendance-queries.ts";

const bigButton = "min-h-12 min-w-28 text-base";

export function AttendanceRow({
  orgId,
  eventId,
  entry,
  timeZone,
}: {
  orgId: string;
  eventId: string;
  entry: CheckInEntry;
  timeZone: string;
}) {
  const t = useT();
  const problemText = useProblemText();
  const checkIn = useCheckIn(orgId, eventId);
  const checkOut = useCheckOut(orgId, eventId);
  const undo = useUndoCheckIn(orgId, eventId);
  const busy = checkIn.isPending || checkOut.isPending || undo.isPending;
  const { attendance } = entry;
  const error = checkIn.error ?? checkOut.error ?? undo.error;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="truncate text-lg font-medium text-slate-900" dir="auto">
            {entry.fullName}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <ExpectedBadge entry={entry} />
            {attendance && <ArrivalText attendance={attendance} timeZone={timeZone} />}
          </p>
        </div>
        {!attendance && (
          <Button className={bigButton} isDisabled={busy} onPress={() => checkIn.mutate(entry.personId)}>
            {t("attendance.checkIn.action")}
          </Button>
        )}
        {attendance && !attendance.checkedOutAt && (
          <Button
            variant="secondary"
            className={bigButton}
            isDisabled={busy}
            onPress={() => checkOut.mutate(entry.personId)}
          >
            {t("attendance.checkOut.action")}
          </Button>
        )}
      </div>
      {attendance && (
        <Button
          variant="quiet"
          className="w-fit px-2 py-1"
          isDisabled={busy}
          onPress={() => undo.mutate(entry.personId)}
        >
          {t("attendance.undo.action")}
        </Button>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {problemText(error)}
        </p>
      )}
    </li>
  );
}

function ExpectedBadge({ entry }: { entry: CheckInEntry }) {
  const t = useT();
  if (entry.registration === "registered") return <Badge tone="green">{t("attendance.status.registered")}</Badge>;
  if (entry.registration === "waitlisted") return <Badge tone="amber">{t("attendance.status.waitlisted")}</Badge>;
  if (entry.enrolled) return <Badge>{t("attendance.status.enrolled")}</Badge>;
  return null;
}

function ArrivalText({
  attendance,
  timeZone,
}: {
  attendance: NonNullable<CheckInEntry["attendance"]>;
  timeZone: string;
}) {
  const t = useT();
  const intl = useIntl();
  // Times of day at the event's place, in the viewer's locale.
  const time = (iso: string) => intl.formatTime(iso, { timeStyle: "short", timeZone });
  return (
    <span>
      {attendance.checkedOutAt
        ? t("attendance.status.left", { arrived: time(attendance.checkedInAt), left: time(attendance.checkedOutAt) })
        : t("attendance.status.arrived", { time: time(attendance.checkedInAt) })}
    </span>
  );
}
