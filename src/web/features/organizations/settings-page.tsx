/**
 * Organization settings, one tab per concern; the open tab lives in the address (?tab=members). Owners and admins see
 * every tab; program managers only the event kinds they plan events with.
 */
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { Key } from "react-aria-components";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isAdmin, isStaff, useMembership } from "../../session.ts";
import { EmptyState, PageHeader } from "../../ui/layout.tsx";
import { Tab, TabList, TabPanel, Tabs } from "../../ui/tabs.tsx";
import { EventKindsTab } from "../events/event-kinds-tab.tsx";
import { GeneralTab } from "./general-tab.tsx";
import { InvitationsTab } from "./invitations-tab.tsx";
import { MembersTab } from "./members-tab.tsx";
import { NetworksTab } from "./networks-tab.tsx";
import { OutboxTab } from "./outbox-tab.tsx";

export const settingsTabs = ["general", "members", "invitations", "outbox", "networks", "eventKinds"] as const;
export type SettingsTab = (typeof settingsTabs)[number];

const panels = {
  general: GeneralTab,
  members: MembersTab,
  invitations: InvitationsTab,
  outbox: OutboxTab,
  networks: NetworksTab,
  eventKinds: EventKindsTab,
} satisfies Record<SettingsTab, (props: { orgId: string }) => ReactNode>;

/** Who may open each tab, by role; the API checks the same permissions (organization.manage, events.write). */
const audience = {
  general: isAdmin,
  members: isAdmin,
  invitations: isAdmin,
  outbox: isAdmin,
  networks: isAdmin,
  eventKinds: isStaff,
} satisfies Record<SettingsTab, (role: string | undefined) => boolean>;

export function SettingsPage() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const { orgId } = useParams({ from: "/orgs/$orgId" });
  const search = useSearch({ from: "/orgs/$orgId/settings" });
  const membership = useMembership(orgId);
  if (!membership) return null;
  const tabs = settingsTabs.filter((id) => audience[id](membership.role));
  if (tabs.length === 0) return <EmptyState>{t("errors.forbidden")}</EmptyState>;
  const tab = search.tab && tabs.includes(search.tab) ? search.tab : tabs[0];
  const openTab = (key: Key) => navigate({ to: ".", search: { tab: key as SettingsTab }, replace: true });
  return (
    <div>
      <PageHeader title={t("settings.title")} subtitle={format.text(membership.name, membership.defaultLocale)} />
      <Tabs selectedKey={tab} onSelectionChange={openTab}>
        <TabList aria-label={t("settings.sections")}>
          {tabs.map((id) => (
            <Tab key={id} id={id}>
              {t(`settings.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        {tabs.map((id) => {
          const Panel = panels[id];
          return (
            <TabPanel key={id} id={id}>
              <Panel orgId={orgId} />
            </TabPanel>
          );
        })}
      </Tabs>
    </div>
  );
}
