/** A call's applications by status, in the order an application moves through them; statuses without any are left out. */
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { applicationStatuses } from "./call-status.tsx";

export function ApplicationCounts({ counts }: { counts: Record<string, number> }) {
  const t = useT();
  const format = useFormat();
  const present = applicationStatuses.filter((status) => counts[status]);
  if (present.length === 0) return <span className="text-slate-500">{t("calls.noApplications")}</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {present.map((status) => (
        <li key={status} className="whitespace-nowrap">
          {t(`applications.status.${status}`)}:{" "}
          <span className="font-semibold tabular-nums">{format.number(counts[status] ?? 0)}</span>
        </li>
      ))}
    </ul>
  );
}
