/** Pages inside an organization about the organization itself: its settings, members, invitations, outbox and networks. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { SettingsPage, type SettingsTab, settingsTabs } from "./settings-page.tsx";

export function organizationRoutes(parent: AnyRoute) {
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
