/** One enrollment's commitment hours: progress to the target, the attended events and the logged hours that make it up. */
import type { ReactNode } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { Card, Cell, DataTable } from "../../ui/layout.tsx";
import { HoursProgress, hoursOf } from "./hours-progress.tsx";
import type { EnrollmentHours } from "./hours-queries.ts";

export function HoursCard({
  hours,
  title,
  organizationLocale,
  logAction,
}: {
  hours: EnrollmentHours;
  title: string;
  organizationLocale?: string;
  /** Staff's remove button per log. */
  logAction?: (logId: string) => ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  const hoursText = (minutes: number) => t("hours.hours", { hours: hoursOf(minutes) });
  return (
    <Card title={title}>
      <div className="flex flex-col gap-5">
        <HoursProgress
          label={t("hours.progressLabel")}
          totalMinutes={hours.totalMinutes}
          targetHours={hours.targetHours}
        />
        <p className="text-sm text-slate-600">
          {t("hours.split", { events: hoursOf(hours.eventMinutes), logged: hoursOf(hours.loggedMinutes) })}
        </p>
        <section className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("hours.events.title", { count: hours.events.length })}</h3>
          {hours.events.length > 0 && (
            <DataTable headers={[t("hours.events.event"), t("hours.events.when"), t("hours.events.hours")]}>
              {hours.events.map((event) => (
                <tr key={event.eventId}>
                  <Cell>{format.text(event.title, organizationLocale)}</Cell>
                  <Cell>{format.dateTime(event.startsAt, event.timeZone)}</Cell>
                  <Cell className="tabular-nums">
                    {hoursText(event.minutes)}
                    {!event.measured && (
                      <span className="ms-1 text-xs text-slate-500">{t("hours.events.scheduled")}</span>
                    )}
                  </Cell>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
        <section className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("hours.logs.title", { count: hours.logs.length })}</h3>
          {hours.logs.length > 0 && (
            <DataTable
              headers={[
                t("hours.logs.day"),
                t("hours.logs.description"),
                t("hours.events.hours"),
                ...(logAction ? [t("hours.logs.actions")] : []),
              ]}
            >
              {hours.logs.map((log) => (
                <tr key={log.id}>
                  <Cell>{format.date(log.workedOn)}</Cell>
                  <Cell>
                    <span dir="auto">{log.description}</span>
                  </Cell>
                  <Cell className="tabular-nums">{hoursText(log.minutes)}</Cell>
                  {logAction && <Cell>{logAction(log.id)}</Cell>}
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      </div>
    </Card>
  );
}
