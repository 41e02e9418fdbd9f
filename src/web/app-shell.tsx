/** The frame around every page: top bar with organization switcher, language and account; side navigation. */
import { Link, type LinkProps, Navigate, Outlet, useNavigate, useParams } from "@tanstack/react-router";
import { useEffect } from "react";
import { Button, Select, SelectValue } from "react-aria-components";
import type { MessageKey } from "../shared/i18n/messages.ts";
import { useFormat, useT } from "./i18n/i18n.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { isAdmin, isStaff, useMe, useSignOut } from "./session.ts";
import { SelectPopover } from "./ui/select-popover.tsx";
import { topBarButtonClass } from "./ui/styles.ts";

export function AppShell() {
  const t = useT();
  const me = useMe();
  const signOut = useSignOut();
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-3">
          <Link to="/" className="text-lg font-semibold tracking-tight">
            {t("shell.productName")}
          </Link>
          <div className="flex-1">{me.data && <OrganizationSwitcher />}</div>
          <LanguageSwitcher />
          {me.data && (
            <div className="flex items-center gap-3 text-sm">
              <Link to="/my/learning" className="hover:underline">
                {t("learning.mine.title")}
              </Link>
              <span className="hidden sm:inline">{me.data.user.name}</span>
              <Button className={topBarButtonClass} onPress={() => signOut()}>
                {t("shell.signOut")}
              </Button>
            </div>
          )}
        </div>
      </header>
      <Outlet />
    </div>
  );
}

function OrganizationSwitcher() {
  const t = useT();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const params = useParams({ strict: false });
  const organizations = me.data?.organizations ?? [];
  if (organizations.length === 0) return null;
  return (
    <Select
      aria-label={t("shell.switchOrganization")}
      selectedKey={params.orgId ?? null}
      placeholder={t("shell.switchOrganization")}
      onSelectionChange={(key) => navigate({ to: "/orgs/$orgId", params: { orgId: String(key) } })}
    >
      <Button className="max-w-xs truncate rounded-md bg-white/10 px-3 py-1.5 text-sm outline-none hover:bg-white/20 focus-visible:ring-2 focus-visible:ring-white">
        <SelectValue />
      </Button>
      <SelectPopover
        options={organizations.map((organization) => ({
          id: organization.id,
          label: format.text(organization.name, organization.defaultLocale),
        }))}
      />
    </Select>
  );
}

type NavItem = { to: LinkProps["to"]; label: MessageKey; show: (role: string | undefined) => boolean };

// `satisfies` keeps each path as written, so the router checks it and the params it needs.
const navigation = [
  { to: "/orgs/$orgId", label: "nav.overview", show: () => true },
  { to: "/orgs/$orgId/programs", label: "nav.programs", show: () => true },
  { to: "/orgs/$orgId/calls", label: "nav.calls", show: isStaff },
  { to: "/orgs/$orgId/events", label: "nav.events", show: (role) => isStaff(role) || role === "mentor" },
  { to: "/my/hours", label: "hours.nav", show: (role) => role === "participant" },
  { to: "/orgs/$orgId/courses", label: "nav.courses", show: isStaff },
  { to: "/orgs/$orgId/reviews", label: "reviews.nav", show: (role) => isStaff(role) || role === "mentor" },
  { to: "/orgs/$orgId/people", label: "nav.people", show: (role) => isStaff(role) || role === "mentor" },
  { to: "/orgs/$orgId/groups", label: "nav.groups", show: (role) => isStaff(role) || role === "mentor" },
  {
    to: "/orgs/$orgId/results",
    label: "nav.results",
    show: (role) => isStaff(role) || role === "partner_viewer",
  },
  { to: "/orgs/$orgId/settings", label: "nav.settings", show: isAdmin },
] satisfies NavItem[];

/** Where "/" takes a returning user: the organization they worked in last. */
export const lastOrganizationKey = "civic-hub.lastOrganization";

export function OrganizationLayout() {
  const t = useT();
  const me = useMe();
  const { orgId } = useParams({ from: "/orgs/$orgId" });
  useEffect(() => localStorage.setItem(lastOrganizationKey, orgId), [orgId]);
  if (me.isPending) return null;
  if (!me.data) return <Navigate to="/sign-in" />;
  const membership = me.data.organizations.find((organization) => organization.id === orgId);
  if (!membership) return <Navigate to="/" />;
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
      <nav aria-label={t("nav.label")} className="md:w-52 md:shrink-0">
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {navigation
            .filter((item) => item.show(membership.role))
            .map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  params={{ orgId }}
                  activeOptions={{ exact: item.to === "/orgs/$orgId" }}
                  className="block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-200 data-[status=active]:bg-brand-100 data-[status=active]:font-semibold data-[status=active]:text-brand-800"
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <main className="min-w-0 flex-1">
        <Outlet />
      </main>
    </div>
  );
}
