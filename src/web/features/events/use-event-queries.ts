/** Reading and changing events, series and registrations through the API, staff and public, with their caches. */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  EventInput,
  EventKindInput,
  SeriesEditInput,
  SeriesInput,
} from "../../../server/modules/events/events.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

export type EventValues = z.input<typeof EventInput>;
export type SeriesValues = z.input<typeof SeriesInput>;
export type SeriesEditValues = z.input<typeof SeriesEditInput>;

const orgs = api.api.orgs[":orgId"];

/** Everything about one organization's events sits under one key, so any change refreshes lists and pages alike. */
const keys = {
  all: (orgId: string) => ["events", orgId] as const,
  list: (orgId: string, query: Record<string, string | undefined>) => ["events", orgId, "list", query] as const,
  event: (orgId: string, eventId: string) => ["events", orgId, "event", eventId] as const,
  registrations: (orgId: string, eventId: string) => ["events", orgId, "event", eventId, "registrations"] as const,
  series: (orgId: string, seriesId: string) => ["events", orgId, "series", seriesId] as const,
  kinds: (orgId: string) => ["events", orgId, "kinds"] as const,
};

export type EventsQuery = {
  from?: string;
  to?: string;
  kind?: string;
  order?: "asc" | "desc";
  page?: string;
  seriesId?: string;
};

export function useEvents(orgId: string, query: EventsQuery) {
  return useQuery({
    queryKey: keys.list(orgId, query),
    queryFn: async () => unwrap(await orgs.events.$get({ param: { orgId }, query })),
    placeholderData: keepPreviousData,
  });
}

export type EventItem = NonNullable<ReturnType<typeof useEvents>["data"]>["items"][number];

export function useEvent(orgId: string, eventId: string) {
  return useQuery({
    queryKey: keys.event(orgId, eventId),
    queryFn: async () => unwrap(await orgs.events[":eventId"].$get({ param: { orgId, eventId } })),
  });
}

export function useEventKinds(orgId: string) {
  return useQuery({
    queryKey: keys.kinds(orgId),
    queryFn: async () => unwrap(await orgs["event-kinds"].$get({ param: { orgId } })),
    staleTime: 60_000,
  });
}

export type EventKind = NonNullable<ReturnType<typeof useEventKinds>["data"]>[number];

/** A kind the organization added itself: it has an id to rename or delete it by. */
export type OwnKind = EventKind & { id: string };

export type EventKindValues = z.input<typeof EventKindInput>;

/** The organization's own kinds; every change refreshes the kind lists and the events that show their names. */
export function useAddEventKind(orgId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: EventKindValues) => unwrap(await orgs["event-kinds"].$post({ param: { orgId }, json })),
    onSuccess: changed,
  });
}

export function useRenameEventKind(orgId: string, kindId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: Pick<EventKindValues, "name">) =>
      unwrap(await orgs["event-kinds"][":kindId"].$put({ param: { orgId, kindId }, json })),
    onSuccess: changed,
  });
}

export function useRemoveEventKind(orgId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (kindId: string) =>
      unwrap(await orgs["event-kinds"][":kindId"].$delete({ param: { orgId, kindId } })),
    // A refusal means events of the kind exist that the list did not count yet; it shows them now.
    onSettled: changed,
  });
}

export function useDeliverableModules(orgId: string) {
  return useQuery({
    queryKey: ["deliverable-course-modules", orgId],
    queryFn: async () => unwrap(await orgs["deliverable-course-modules"].$get({ param: { orgId } })),
    staleTime: 60_000,
  });
}

/** The cohorts of the chosen program, for linking an event to one; nothing while no program is chosen. */
export function useCohortsOf(orgId: string, programId: string | null) {
  return useQuery({
    queryKey: ["programs", orgId, programId],
    queryFn: async () =>
      unwrap(
        await api.api.orgs[":orgId"].programs[":programId"].$get({ param: { orgId, programId: programId ?? "" } }),
      ),
    select: (program) => program.cohorts,
    enabled: !!programId,
  });
}

export function useRegistrations(orgId: string, eventId: string) {
  return useQuery({
    queryKey: keys.registrations(orgId, eventId),
    queryFn: async () => unwrap(await orgs.events[":eventId"].registrations.$get({ param: { orgId, eventId } })),
  });
}

export type Registration = NonNullable<ReturnType<typeof useRegistrations>["data"]>[number];

export function useSeries(orgId: string, seriesId: string) {
  return useQuery({
    queryKey: keys.series(orgId, seriesId),
    queryFn: async () => unwrap(await orgs["event-series"][":seriesId"].$get({ param: { orgId, seriesId } })),
  });
}

function useEventsChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all(orgId) });
}

/** Plans an event, or saves it when `eventId` is given. */
export function useSaveEvent(orgId: string, eventId?: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: EventValues) =>
      eventId
        ? unwrap(await orgs.events[":eventId"].$put({ param: { orgId, eventId }, json }))
        : unwrap(await orgs.events.$post({ param: { orgId }, json })),
    onSuccess: changed,
  });
}

export function useCreateSeries(orgId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: SeriesValues) => unwrap(await orgs["event-series"].$post({ param: { orgId }, json })),
    onSuccess: changed,
  });
}

export function useEditSeries(orgId: string, seriesId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: SeriesEditValues) =>
      unwrap(await orgs["event-series"][":seriesId"].$put({ param: { orgId, seriesId }, json })),
    onSuccess: changed,
  });
}

export function useEndSeries(orgId: string, seriesId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async () =>
      unwrap(await orgs["event-series"][":seriesId"].future.$delete({ param: { orgId, seriesId } })),
    onSuccess: changed,
  });
}

export function useCancelEvent(orgId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (eventId: string) =>
      unwrap(await orgs.events[":eventId"].cancel.$post({ param: { orgId, eventId } })),
    onSuccess: changed,
  });
}

export function useRegisterPerson(orgId: string, eventId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (json: { personId: string }) =>
      unwrap(await orgs.events[":eventId"].registrations.$post({ param: { orgId, eventId }, json })),
    onSuccess: changed,
  });
}

export function useCancelRegistration(orgId: string) {
  const changed = useEventsChanged(orgId);
  return useMutation({
    mutationFn: async (registrationId: string) =>
      unwrap(await orgs["event-registrations"][":registrationId"].cancel.$post({ param: { orgId, registrationId } })),
    onSuccess: changed,
  });
}

// Public pages

export function usePublicCalendar(slug: string, page: number) {
  return useQuery({
    queryKey: ["public-calendar", slug, page],
    queryFn: async () =>
      unwrap(
        await api.api.public.orgs[":slug"].events.$get({
          param: { slug },
          query: { page: String(page), pageSize: "50" },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type PublicCalendar = NonNullable<ReturnType<typeof usePublicCalendar>["data"]>;
export type PublicEventSummary = PublicCalendar["items"][number];

export function usePublicEvent(eventId: string) {
  return useQuery({
    queryKey: ["public-event", eventId],
    queryFn: async () => unwrap(await api.api.public.events[":eventId"].$get({ param: { eventId } })),
  });
}

export type PublicEvent = NonNullable<ReturnType<typeof usePublicEvent>["data"]>;

export function useRegisterPublicly(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: { fullName?: string; email?: string; locale: string; consent: true }) =>
      unwrap(
        await api.api.public.events[":eventId"].registrations.$post({
          param: { eventId },
          json: json as Parameters<(typeof api.api.public.events)[":eventId"]["registrations"]["$post"]>[0]["json"],
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["public-event", eventId] }),
  });
}

export function useRegistrationByToken(registrationId: string, token: string) {
  return useQuery({
    queryKey: ["registration-by-token", registrationId, token],
    queryFn: async () =>
      unwrap(
        await api.api.public["event-registrations"][":registrationId"].$get({
          param: { registrationId },
          query: { token },
        }),
      ),
    retry: false,
  });
}

export function useCancelByToken(registrationId: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.api.public["event-registrations"][":registrationId"].cancel.$post({
          param: { registrationId },
          json: { token },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(["registration-by-token", registrationId, token], data),
  });
}
