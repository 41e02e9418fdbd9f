/** Planning a new event (or weekly series) and editing one event or occurrence, each on its own page. */
import { useNavigate, useParams } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n.tsx";
import { useMembership } from "../../session.ts";
import { Card, PageHeader } from "../../ui/layout.tsx";
import { draftOf, emptyEventDraft } from "./event-draft.ts";
import { EventForm } from "./event-form.tsx";
import { useEvent } from "./use-event-queries.ts";

export function NewEventPage() {
  const t = useT();
  const navigate = useNavigate();
  const { orgId } = useParams({ from: "/orgs/$orgId/events/new" });
  const membership = useMembership(orgId);
  if (!membership) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("events.new")} />
      <Card>
        <EventForm
          orgId={orgId}
          initial={emptyEventDraft(membership.timeZone)}
          onSaved={({ eventId, seriesId }) =>
            seriesId
              ? navigate({ to: "/orgs/$orgId/event-series/$seriesId", params: { orgId, seriesId } })
              : navigate({ to: "/orgs/$orgId/events/$eventId", params: { orgId, eventId: eventId ?? "" } })
          }
          onCancel={() => navigate({ to: "/orgs/$orgId/events", params: { orgId } })}
        />
      </Card>
    </div>
  );
}

export function EditEventPage() {
  const t = useT();
  const navigate = useNavigate();
  const { orgId, eventId } = useParams({ from: "/orgs/$orgId/events/$eventId/edit" });
  const event = useEvent(orgId, eventId);
  const back = () => navigate({ to: "/orgs/$orgId/events/$eventId", params: { orgId, eventId } });
  if (!event.data) return null;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("events.edit")}
        subtitle={event.data.seriesId ? t("events.editOccurrenceHint") : undefined}
      />
      <Card>
        <EventForm orgId={orgId} eventId={eventId} initial={draftOf(event.data)} onSaved={back} onCancel={back} />
      </Card>
    </div>
  );
}
