/** A call's deadline in the viewer's own time zone, and in the organization's when that differs. */
import { useFormat, useT } from "../../i18n/i18n.tsx";

const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function Deadline({ closesAt, organizationTimeZone }: { closesAt: string; organizationTimeZone: string }) {
  const t = useT();
  const format = useFormat();
  const timeZone = viewerTimeZone();
  return (
    <p className="text-sm text-slate-700">
      <span className="font-medium">
        {t("calls.public.deadline", { time: format.dateTime(closesAt, timeZone), timeZone })}
      </span>
      {timeZone !== organizationTimeZone && (
        <span className="block text-xs text-slate-500">
          {t("calls.public.deadlineThere", {
            time: format.dateTime(closesAt, organizationTimeZone),
            timeZone: organizationTimeZone,
          })}
        </span>
      )}
    </p>
  );
}
