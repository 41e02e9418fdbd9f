/** One event for staff: its details, registrations with the waitlist in order, adding a registrant, cancelling. */
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isStaff, useMembership } from "../../session.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { Button, ErrorBanner, Notice } from "../../ui/controls.tsx";
import { Badge, Card, Cell, DataTable, EmptyState, PageHeader } from "../../ui/layout.tsx";
import { useProblemText } from "../../ui/problem-text.ts";
import { buttonClass } from "../../ui/styles.ts";
import { EnrolleePicker } from "../programs/enrollee-picker.tsx";
import { useEventTimes, useKindName, useWhere } from "./event-format.ts";
import {
  type EventItem,
  type Registration,
  useCancelEvent,
  useCancelRegistration,
  useEvent,
  useEventKinds,
  useRegisterPerson,
  useRegistrations,
} from "./use-event-queries.ts";

export function EventPage() {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const { orgId, eventId } = useParams({ from: "/orgs/$orgId/events/$eventId" });
  const membership = useMembership(orgId);
  const event = useEvent(orgId, eventId);
  const cancel = useCancelEvent(orgId);
  const staff = isStaff(membership?.role);
  if (event.error) return <ErrorBanner>{problemText(event.error)}</ErrorBanner>;
  if (!event.data) return null;
  const scheduled = event.data.status === "scheduled";
  return (
    <div className="flex flex-col gap-6">
      <Link to="/orgs/$orgId/events" params={{ orgId }} className="text-sm text-brand-700 hover:underline">
        {t("events.backToList")}
      </Link>
      <PageHeader
        title={format.text(event.data.title, membership?.defaultLocale)}
        actions={
          <>
            {/* The check-in page belongs to the attendance feature (its own route); it works on a phone at the door. */}
            <a href={`/orgs/${orgId}/events/${eventId}/check-in`} className={buttonClass("secondary")}>
              {t("events.checkIn")}
            </a>
            {staff && (
              <Link
                to="/orgs/$orgId/events/$eventId/edit"
                params={{ orgId, eventId }}
                className={buttonClass("secondary")}
              >
                {t("events.edit")}
              </Link>
            )}
            {staff && scheduled && (
              <ConfirmButton
                label={t("events.cancelEvent")}
                title={t("events.cancelEventTitle")}
                message={t("events.cancelEventMessage")}
                confirmLabel={t("events.cancelEvent")}
                cancelLabel={t("events.keepEvent")}
                onConfirm={() => cancel.mutate(eventId)}
              />
            )}
          </>
        }
      />
      <ErrorBanner>{problemText(cancel.error)}</ErrorBanner>
      <EventDetails orgId={orgId} event={event.data} />
      <Registrations orgId={orgId} event={event.data} canManage={staff} />
    </div>
  );
}

function EventDetails({ orgId, event }: { orgId: string; event: EventItem }) {
  const t = useT();
  const format = useFormat();
  const times = useEventTimes();
  const where = useWhere();
  const kinds = useEventKinds(orgId);
  const kindName = useKindName(kinds.data);
  const description = format.text(event.description);
  return (
    <Card>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t("events.column.kind")}</dt>
        <dd>
          {kindName(event.kind)}
          {event.status === "cancelled" && (
            <span className="ms-2">
              <Badge tone="red">{t("events.status.cancelled")}</Badge>
            </span>
          )}
        </dd>
        <dt className="font-medium text-slate-600">{t("events.column.when")}</dt>
        <dd>
          {times(event)} <span className="text-slate-500">({event.timeZone})</span>
        </dd>
        {where(event) && (
          <>
            <dt className="font-medium text-slate-600">{t("events.where")}</dt>
            <dd>{where(event)}</dd>
          </>
        )}
        {event.onlineUrl && (
          <>
            <dt className="font-medium text-slate-600">{t("events.form.onlineUrl")}</dt>
            <dd>
              <a href={event.onlineUrl} className="text-brand-700 underline" dir="ltr">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        )}
        <dt className="font-medium text-slate-600">{t("events.form.registration")}</dt>
        <dd>
          {t(`events.registration.${event.registration}`)}
          {event.isPublic && (
            <span className="ms-2">
              <Badge tone="green">{t("events.publicBadge")}</Badge>
            </span>
          )}
        </dd>
        {event.sectors.length > 0 && (
          <>
            <dt className="font-medium text-slate-600">{t("events.form.sectors")}</dt>
            <dd>{event.sectors.map((sector) => t(`events.sector.${sector}`)).join(", ")}</dd>
          </>
        )}
        {event.seriesId && (
          <>
            <dt className="font-medium text-slate-600">{t("events.series")}</dt>
            <dd>
              <Link
                to="/orgs/$orgId/event-series/$seriesId"
                params={{ orgId, seriesId: event.seriesId }}
                className="text-brand-700 hover:underline"
              >
                {t("events.seriesLink")}
              </Link>
              {event.detachedFromSeries && <span className="ms-2 text-slate-500">{t("events.detached")}</span>}
            </dd>
          </>
        )}
      </dl>
      {description && (
        <p dir="auto" className="mt-4 whitespace-pre-wrap text-slate-800">
          {description}
        </p>
      )}
    </Card>
  );
}

function Registrations({ orgId, event, canManage }: { orgId: string; event: EventItem; canManage: boolean }) {
  const t = useT();
  const format = useFormat();
  const problemText = useProblemText();
  const registrations = useRegistrations(orgId, event.id);
  const cancel = useCancelRegistration(orgId);
  const seats =
    event.capacity === null
      ? t("events.registeredCount", { count: event.registeredCount })
      : t("events.seatsTaken", { taken: event.registeredCount, capacity: event.capacity });
  return (
    <Card title={t("events.registrations")} actions={<span className="text-sm text-slate-600">{seats}</span>}>
      <div className="flex flex-col gap-4">
        {canManage && event.registration !== "none" && event.status === "scheduled" && (
          <AddRegistrant orgId={orgId} eventId={event.id} />
        )}
        <ErrorBanner>{problemText(registrations.error ?? cancel.error)}</ErrorBanner>
        {registrations.data?.length === 0 && <EmptyState>{t("events.noRegistrations")}</EmptyState>}
        {!!registrations.data?.length && (
          <DataTable
            caption={t("events.registrations")}
            headers={[t("events.column.name"), t("events.column.status"), t("events.column.registeredAt"), ""]}
          >
            {registrations.data.map((registration) => (
              <tr key={registration.id}>
                <Cell>
                  <div className="font-medium">{registration.fullName}</div>
                  {registration.email && (
                    <div className="text-xs text-slate-500" dir="ltr">
                      {registration.email}
                    </div>
                  )}
                </Cell>
                <Cell>
                  <RegistrationStatus registration={registration} />
                </Cell>
                <Cell className="whitespace-nowrap tabular-nums">
                  {format.dateTime(registration.registeredAt, event.timeZone)}
                </Cell>
                <Cell className="text-end">
                  {canManage && registration.status !== "cancelled" && (
                    <Button variant="quiet" className="px-3 py-1" onPress={() => cancel.mutate(registration.id)}>
                      {t("events.cancelRegistration")}
                    </Button>
                  )}
                </Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </Card>
  );
}

function RegistrationStatus({ registration }: { registration: Registration }) {
  const t = useT();
  const tone = { registered: "green", waitlisted: "amber", cancelled: "slate" } as const;
  return (
    <Badge tone={tone[registration.status]}>
      {registration.waitlistPosition === null
        ? t(`events.registrationStatus.${registration.status}`)
        : t("events.waitlistPosition", { position: registration.waitlistPosition })}
    </Badge>
  );
}

function AddRegistrant({ orgId, eventId }: { orgId: string; eventId: string }) {
  const t = useT();
  const problemText = useProblemText();
  const [personId, setPersonId] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const register = useRegisterPerson(orgId, eventId);
  const add = () => {
    if (!personId) return;
    register.mutate(
      { personId },
      {
        onSuccess: () => {
          setPersonId(null);
          setPickerKey((key) => key + 1);
        },
      },
    );
  };
  return (
    <div className="flex flex-col gap-2">
      {register.isSuccess && (
        <Notice>
          {t(`events.added.${register.data.status === "waitlisted" ? "waitlisted" : "registered"}`, {
            name: register.data.fullName,
          })}
        </Notice>
      )}
      <ErrorBanner>{problemText(register.error)}</ErrorBanner>
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-64 flex-1">
          <EnrolleePicker key={pickerKey} orgId={orgId} kind="person" selectedId={personId} onSelect={setPersonId} />
        </div>
        {/* Level with the input, below its label. */}
        <Button onPress={add} isDisabled={!personId || register.isPending} className="sm:mt-6">
          {t("events.addRegistrant")}
        </Button>
      </div>
    </div>
  );
}
