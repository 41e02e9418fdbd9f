/** The organization's events, upcoming or past, by kind; staff plan new ones from here. */
import { Link, useParams } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { SelectInput } from "../../ui/controls.tsx";
import { Badge, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { PagedList } from "../../ui/paged-list.tsx";
import { buttonClass } from "../../ui/styles.ts";
import { Tab, TabList, Tabs } from "../../ui/tabs.tsx";
import { useEventTimes, useKindName } from "./event-format.ts";
import { type EventItem, useEventKinds, useEvents } from "./use-event-queries.ts";

type When = "upcoming" | "past";
const allKinds = "all";

export function EventsPage() {
  const t = useT();
  const { orgId } = useParams({ from: "/orgs/$orgId/events" });
  const membership = useMembership(orgId);
  const [when, setWhen] = useState<When>("upcoming");
  const [kind, setKind] = useState(allKinds);
  const [page, setPage] = useState(1);
  const kinds = useEventKinds(orgId);
  const kindName = useKindName(kinds.data);
  // Fixed once per visit, so paging does not shift the boundary between upcoming and past.
  const now = useMemo(() => new Date().toISOString(), []);
  const events = useEvents(orgId, {
    ...(when === "upcoming" ? { from: now, order: "asc" } : { to: now, order: "desc" }),
    kind: kind === allKinds ? undefined : kind,
    page: String(page),
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("events.title")}
        actions={
          isStaff(membership?.role) && (
            <>
              <Link
                to="/orgs/$orgId/settings"
                params={{ orgId }}
                search={{ tab: "eventKinds" }}
                className={buttonClass("secondary")}
              >
                {t("events.kinds.manage")}
              </Link>
              <Link to="/orgs/$orgId/events/new" params={{ orgId }} className={buttonClass()}>
                {t("events.new")}
              </Link>
            </>
          )
        }
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <Tabs
          selectedKey={when}
          onSelectionChange={(key) => {
            setWhen(key as When);
            setPage(1);
          }}
        >
          <TabList aria-label={t("events.title")}>
            <Tab id="upcoming">{t("events.upcoming")}</Tab>
            <Tab id="past">{t("events.past")}</Tab>
          </TabList>
        </Tabs>
        <SelectInput
          label={t("events.filterKind")}
          options={[
            { id: allKinds, label: t("events.allKinds") },
            ...(kinds.data ?? []).map((option) => ({ id: option.key, label: kindName(option.key) })),
          ]}
          value={kind}
          onChange={(next) => {
            setKind(next);
            setPage(1);
          }}
          className="min-w-56"
        />
      </div>
      <PagedList list={events} empty={t("events.empty")} onPageChange={setPage}>
        {(items) => <EventTable orgId={orgId} events={items} kindName={kindName} />}
      </PagedList>
    </div>
  );
}

export function EventTable({
  orgId,
  events,
  kindName,
}: {
  orgId: string;
  events: EventItem[];
  kindName: (key: string) => string;
}) {
  const t = useT();
  const format = useFormat();
  const times = useEventTimes();
  return (
    <DataTable
      caption={t("events.title")}
      headers={[t("events.column.when"), t("events.column.title"), t("events.column.kind"), t("events.column.seats")]}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <Cell className="whitespace-nowrap tabular-nums">{times(event)}</Cell>
          <Cell>
            <Link
              to="/orgs/$orgId/events/$eventId"
              params={{ orgId, eventId: event.id }}
              className="font-medium text-brand-700 hover:underline"
            >
              {format.text(event.title)}
            </Link>
            {event.status === "cancelled" && (
              <span className="ms-2">
                <Badge tone="red">{t("events.status.cancelled")}</Badge>
              </span>
            )}
          </Cell>
          <Cell>{kindName(event.kind)}</Cell>
          <Cell className="tabular-nums">
            {event.capacity === null
              ? format.number(event.registeredCount)
              : t("events.seatsTaken", { taken: event.registeredCount, capacity: event.capacity })}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
