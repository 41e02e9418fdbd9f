/** Pages inside an organization about the organization itself: its settings, members, invitations, outbox and networks. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { SettingsPage, type SettingsTab, settingsTabs } from "./settings-page.tsx";

// Generic in the parent so the router's types see these paths and search params, and check every link to them.
export function organizationRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/settings",
      component: SettingsPage,
      validateSearch: (search: Record<string, unknown>): { tab?: SettingsTab } =>
        settingsTabs.includes(search.tab as SettingsTab) ? { tab: search.tab as SettingsTab } : {},
    }),
  ];
}
