/** Organization settings for owners and admins, one tab per concern; the open tab lives in the address (?tab=members). */
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import type { ReactNode } from "react";
import type { Key } from "react-aria-components";
import { useFormat, useT } from "../../i18n/i18n.tsx";
import { isAdmin, useMembership } from "../../session.ts";
import { EmptyState, PageHeader } from "../../ui/layout.tsx";
import { Tab, TabList, TabPanel, Tabs } from "../../ui/tabs.tsx";
import { GeneralTab } from "./general-tab.tsx";
import { InvitationsTab } from "./invitations-tab.tsx";
import { MembersTab } from "./members-tab.tsx";
import { NetworksTab } from "./networks-tab.tsx";
import { OutboxTab } from "./outbox-tab.tsx";

export const settingsTabs = ["general", "members", "invitations", "outbox", "networks"] as const;
export type SettingsTab = (typeof settingsTabs)[number];

const panels = {
  general: GeneralTab,
  members: MembersTab,
  invitations: InvitationsTab,
  outbox: OutboxTab,
  networks: NetworksTab,
} satisfies Record<SettingsTab, (props: { orgId: string }) => ReactNode>;

export function SettingsPage() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const { orgId } = useParams({ from: "/orgs/$orgId" });
  const { tab = "general" } = useSearch({ from: "/orgs/$orgId/settings" });
  const membership = useMembership(orgId);
  if (!membership) return null;
  if (!isAdmin(membership.role)) return <EmptyState>{t("errors.forbidden")}</EmptyState>;
  const openTab = (key: Key) => navigate({ to: ".", search: { tab: key as SettingsTab }, replace: true });
  return (
    <div>
      <PageHeader title={t("settings.title")} subtitle={format.text(membership.name, membership.defaultLocale)} />
      <Tabs selectedKey={tab} onSelectionChange={openTab}>
        <TabList aria-label={t("settings.sections")}>
          {settingsTabs.map((id) => (
            <Tab key={id} id={id}>
              {t(`settings.tab.${id}`)}
            </Tab>
          ))}
        </TabList>
        {settingsTabs.map((id) => {
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
