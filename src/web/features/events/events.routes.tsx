/** Pages for events: staff's list, form, event and series pages; the public calendar, event page and cancel link. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { EditEventPage, NewEventPage } from "./event-editor-pages.tsx";
import { EventPage } from "./event-page.tsx";
import { EventsPage } from "./events-page.tsx";
import { PublicCalendarPage } from "./public-calendar-page.tsx";
import { PublicEventPage } from "./public-event-page.tsx";
import { RegistrationCancelPage } from "./registration-cancel-page.tsx";
import { SeriesPage } from "./series-page.tsx";

// Generic in the parent so the paths join the typed route tree.
export function eventRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/events", component: EventsPage }),
    createRoute({ getParentRoute: () => parent, path: "/events/new", component: NewEventPage }),
    createRoute({ getParentRoute: () => parent, path: "/events/$eventId", component: EventPage }),
    createRoute({ getParentRoute: () => parent, path: "/events/$eventId/edit", component: EditEventPage }),
    createRoute({ getParentRoute: () => parent, path: "/event-series/$seriesId", component: SeriesPage }),
  ];
}

/** Open to anyone, signed in or not. */
export function publicEventRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/o/$slug/events", component: PublicCalendarPage }),
    createRoute({ getParentRoute: () => parent, path: "/o/$slug/events/$eventId", component: PublicEventPage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/events/registrations/$registrationId/cancel",
      validateSearch: (search: Record<string, unknown>) => ({ token: String(search.token ?? "") }),
      component: RegistrationCancelPage,
    }),
  ];
}
