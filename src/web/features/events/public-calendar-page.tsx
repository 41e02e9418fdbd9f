/** An organization's public calendar: upcoming public events as an agenda grouped by day, in the viewer's language. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useLocale, useT } from "../../i18n/i18n.tsx";
import { Badge } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { OrganizationCalendarSubscribe } from "./calendar-subscribe.tsx";
import { dayOf, useEventTimes, useKindName, useWhere } from "./event-format.ts";
import { type PublicEventSummary, usePublicCalendar } from "./use-event-queries.ts";

export function PublicCalendarPage() {
  const t = useT();
  const format = useFormat();
  const { slug } = useParams({ from: "/o/$slug/events" });
  const [page, setPage] = useState(1);
  const calendar = usePublicCalendar(slug, page);
  const organization = calendar.data?.organization;
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <header className="flex flex-col gap-1">
        {organization && (
          <p className="text-sm text-slate-500">{format.text(organization.name, organization.defaultLocale)}</p>
        )}
        <h1 className="text-2xl font-semibold text-slate-900">{t("events.public.calendarTitle")}</h1>
      </header>
      <PagedList list={calendar} empty={t("events.public.noUpcoming")} onPageChange={setPage}>
        {(items) => <Agenda slug={slug} events={items} />}
      </PagedList>
      <OrganizationCalendarSubscribe slug={slug} />
    </main>
  );
}

function Agenda({ slug, events }: { slug: string; events: PublicEventSummary[] }) {
  const { locale } = useLocale();
  const days = new Map<string, PublicEventSummary[]>();
  for (const event of events) days.set(dayOf(event), [...(days.get(dayOf(event)) ?? []), event]);
  const dayName = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-6">
      {[...days].map(([day, dayEvents]) => (
        <section key={day} aria-labelledby={`day-${day}`} className="flex flex-col gap-2">
          <h2 id={`day-${day}`} className="border-b border-slate-200 pb-1 text-sm font-semibold text-slate-600">
            {dayName.format(new Date(`${day}T12:00:00Z`))}
          </h2>
          <ul className="flex flex-col gap-2">
            {dayEvents.map((event) => (
              <AgendaItem key={event.id} slug={slug} event={event} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function AgendaItem({ slug, event }: { slug: string; event: PublicEventSummary }) {
  const t = useT();
  const format = useFormat();
  const times = useEventTimes();
  const where = useWhere();
  const kindName = useKindName();
  return (
    <li className="flex gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="w-28 shrink-0 text-sm font-medium tabular-nums text-slate-700">{times(event, "time")}</div>
      <div className="flex min-w-0 flex-col gap-1">
        <Link
          to="/o/$slug/events/$eventId"
          params={{ slug, eventId: event.id }}
          className="font-semibold text-brand-700 hover:underline"
        >
          {format.text(event.title)}
        </Link>
        <p className="text-sm text-slate-600">
          {[kindName(event.kind, event.kindName), where(event) || (event.onlineUrl && t("events.public.online"))]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {event.seatsLeft !== null && event.registration !== "none" && (
          <p>
            <Badge tone={event.seatsLeft > 0 ? "green" : "amber"}>
              {event.seatsLeft > 0 ? t("events.seatsLeft", { count: event.seatsLeft }) : t("events.public.full")}
            </Badge>
          </p>
        )}
      </div>
    </li>
  );
}
