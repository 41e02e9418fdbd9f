/** People and groups inside an organization: lists, one record each, a new person and the CSV import. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { GroupPage } from "./group-page.tsx";
import { GroupsPage } from "./groups-page.tsx";
import { NewPersonPage } from "./new-person-page.tsx";
import { PeopleImportPage } from "./people-import-page.tsx";
import { PeopleListPage } from "./people-list-page.tsx";
import { validateGroupsSearch, validatePeopleSearch } from "./people-search.ts";
import { PersonPage } from "./person-page.tsx";

// Generic in the parent so the router's types see these paths, params and search params.
export function peopleRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/people",
      validateSearch: validatePeopleSearch,
      component: PeopleListPage,
    }),
    createRoute({ getParentRoute: () => parent, path: "/people/new", component: NewPersonPage }),
    createRoute({ getParentRoute: () => parent, path: "/people/import", component: PeopleImportPage }),
    createRoute({ getParentRoute: () => parent, path: "/people/$personId", component: PersonPage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/groups",
      validateSearch: validateGroupsSearch,
      component: GroupsPage,
    }),
    createRoute({ getParentRoute: () => parent, path: "/groups/$groupId", component: GroupPage }),
  ];
}
