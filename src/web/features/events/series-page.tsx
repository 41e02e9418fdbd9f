/** A recurring series: its occurrences, each opened, edited or cancelled on its own; ending the series from now on. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { useEventTimes } from "./event-format.ts";
import { SeriesEditForm } from "./series-edit-form.tsx";
import { useCancelEvent, useEndSeries, useSeries } from "./use-event-queries.ts";

export function SeriesPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const times = useEventTimes();
  const { orgId, seriesId } = useParams({ from: "/orgs/$orgId/event-series/$seriesId" });
  const membership = useMembership(orgId);
  const series = useSeries(orgId, seriesId);
  const cancel = useCancelEvent(orgId);
  const end = useEndSeries(orgId, seriesId);
  const [editing, setEditing] = useState(false);
  const staff = isStaff(membership?.role);
  if (series.error) return <ErrorBanner>{problemText(series.error)}</ErrorBanner>;
  if (!series.data) return null;
  const first = series.data.occurrences[0];
  return (
    <div className="flex flex-col gap-6">
      <Link to="/orgs/$orgId/events" params={{ orgId }} className="text-sm text-brand-700 hover:underline">
        {t("events.backToList")}
      </Link>
      <PageHeader
        title={first ? format.text(first.title, membership?.defaultLocale) : t("events.series")}
        subtitle={t("events.seriesSummary", { count: series.data.occurrences.length, timeZone: series.data.timeZone })}
        actions={
          staff && (
            <>
              {!editing && (
                <Button variant="secondary" onPress={() => setEditing(true)}>
                  {t("events.editSeries")}
                </Button>
              )}
              <ConfirmButton
                label={t("events.endSeries")}
                title={t("events.endSeriesTitle")}
                message={t("events.endSeriesMessage")}
                confirmLabel={t("events.endSeries")}
                cancelLabel={t("events.keepEvent")}
                onConfirm={() => end.mutate()}
              />
            </>
          )
        }
      />
      {editing && (
        <Card title={t("events.editSeries")}>
          <p className="mb-4 text-sm text-slate-600">{t("events.editSeriesHint")}</p>
          <SeriesEditForm orgId={orgId} series={series.data} onDone={() => setEditing(false)} />
        </Card>
      )}
      <ErrorBanner>{problemText(cancel.error ?? end.error)}</ErrorBanner>
      {end.data && (
        <Notice>{t("events.seriesEnded", { deleted: end.data.deleted, cancelled: end.data.cancelled })}</Notice>
      )}
      <DataTable
        caption={t("events.occurrences")}
        headers={[t("events.column.when"), t("events.column.title"), t("events.column.status"), ""]}
      >
        {series.data.occurrences.map((occurrence) => (
          <tr key={occurrence.id}>
            <Cell className="whitespace-nowrap tabular-nums">{times(occurrence)}</Cell>
            <Cell>
              <Link
                to="/orgs/$orgId/events/$eventId"
                params={{ orgId, eventId: occurrence.id }}
                className="font-medium text-brand-700 hover:underline"
              >
                {format.text(occurrence.title)}
              </Link>
            </Cell>
            <Cell>
              <div className="flex flex-wrap gap-1">
                <Badge tone={occurrence.status === "cancelled" ? "red" : "green"}>
                  {t(`events.status.${occurrence.status}`)}
                </Badge>
                {occurrence.detachedFromSeries && <Badge>{t("events.detached")}</Badge>}
              </div>
            </Cell>
            <Cell className="whitespace-nowrap text-end">
              {staff && (
                <Link
                  to="/orgs/$orgId/events/$eventId/edit"
                  params={{ orgId, eventId: occurrence.id }}
                  className={`${buttonClass("quiet")} px-3 py-1`}
                >
                  {t("events.editOne")}
                </Link>
              )}
              {staff && occurrence.status === "scheduled" && (
                <Button variant="quiet" className="px-3 py-1" onPress={() => cancel.mutate(occurrence.id)}>
                  {t("events.cancelOne")}
                </Button>
              )}
            </Cell>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
