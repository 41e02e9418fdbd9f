/** The door on a phone: counts on top, one big search, a row per person with a large check-in or check-out button, walk-ins. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { ErrorBanner } from "../../ui/controls.tsx";
import { EmptyState } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { SearchBox } from "../../ui/search-box.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { useCheckInList } from "./attendance-queries.ts";
import { AttendanceRow } from "./attendance-row.tsx";
import { WalkInDialog } from "./attendance-walk-in-dialog.tsx";

export function CheckInPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, eventId } = useParams({ from: "/orgs/$orgId/events/$eventId/check-in" });
  const membership = useMembership(orgId);
  const [query, setQuery] = useState("");
  const list = useCheckInList(orgId, eventId, query);
  const event = list.data?.event;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold text-slate-900">
          {event ? format.text(event.title, membership?.defaultLocale) : t("attendance.checkIn.title")}
        </h1>
        {event && <p className="text-sm text-slate-600">{format.dateTime(event.startsAt, event.timeZone)}</p>}
      </header>
      {list.data && (
        <dl className="grid grid-cols-2 gap-3 text-center">
          <div className="rounded-lg bg-brand-50 p-3">
            <dt className="text-sm text-slate-600">{t("attendance.counts.checkedIn")}</dt>
            <dd className="text-3xl font-bold tabular-nums text-brand-800">
              {format.number(list.data.counts.checkedIn)}
            </dd>
          </div>
          <div className="rounded-lg bg-slate-100 p-3">
            <dt className="text-sm text-slate-600">{t("attendance.counts.registered")}</dt>
            <dd className="text-3xl font-bold tabular-nums text-slate-800">
              {format.number(list.data.counts.registered)}
            </dd>
          </div>
        </dl>
      )}
      {event?.status === "cancelled" && <ErrorBanner>{t("errors.eventCancelled")}</ErrorBanner>}
      <ErrorBanner>{problemText(list.error)}</ErrorBanner>
      <div className="[&_input]:py-3 [&_input]:text-lg">
        <SearchBox label={t("attendance.checkIn.search")} value={query} onSearch={setQuery} />
      </div>
      <div className="flex flex-wrap gap-2">
        <WalkInDialog orgId={orgId} eventId={eventId} />
        <Link to="/orgs/$orgId/events/$eventId/attendance" params={{ orgId, eventId }} className={buttonClass("quiet")}>
          {t("attendance.tools.link")}
        </Link>
      </div>
      {list.data &&
        (list.data.items.length === 0 ? (
          <EmptyState>{query ? t("attendance.checkIn.noMatch") : t("attendance.checkIn.empty")}</EmptyState>
        ) : (
          <ul aria-label={t("attendance.checkIn.listLabel")} className="flex flex-col gap-2">
            {list.data.items.map((entry) => (
              <AttendanceRow
                key={entry.personId}
                orgId={orgId}
                eventId={eventId}
                entry={entry}
                timeZone={list.data.event.timeZone}
              />
            ))}
          </ul>
        ))}
    </div>
  );
}
