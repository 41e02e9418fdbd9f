/** An application's audit trail, newest last: what happened, who did it and when, in the organization's time zone. */
import type { ApplicationEventKind } from "../../../server/modules/calls/calls.tables.ts";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isolate } from "../programs/bidi-isolate.ts";

type HistoryEvent = { id: string; kind: ApplicationEventKind; actorName: string | null; at: string };

export function ApplicationHistory({ events, timeZone }: { events: HistoryEvent[]; timeZone: string | undefined }) {
  const t = useT();
  const format = useFormat();
  return (
    <ol className="flex flex-col gap-1 border-s-2 border-slate-200 ps-3 text-sm">
      {events.map((event) => (
        <li key={event.id}>
          <span className="font-medium">{t(`applications.event.${event.kind}`)}</span>
          {" · "}
          <span className="text-slate-600">
            {t("applications.eventBy", {
              actor: isolate(event.actorName ?? t("shell.productName")),
              time: format.dateTime(event.at, timeZone),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}
