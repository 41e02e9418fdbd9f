/** What the module demo parts share while the demo workspace is built: services and who is who. */
import type { AppServices, OrgContext } from "../http/context.ts";

export type DemoOrganization = { slug: string; ctx: OrgContext };

export type DemoWorkspace = {
  services: AppServices;
  /** Organizations by slug, each with an owner's context for calling services. */
  organizations: Map<string, DemoOrganization>;
  /** Person ids by organization slug and a list name (e.g. "fellows", "mentors"). */
  people: Map<string, string[]>;
  groups: Map<string, string[]>;
  signIns: { email: string; password: string; role: string; organizations: string }[];
};

export function demoOrganization(workspace: DemoWorkspace, slug: string): OrgContext {
  const organization = workspace.organizations.get(slug);
  if (!organization) throw new Error(`Demo organization ${slug} is built by the organizations demo first`);
  return organization.ctx;
}

export function demoPeople(workspace: DemoWorkspace, slug: string, list: string): string[] {
  return workspace.people.get(`${slug}/${list}`) ?? [];
}

export function demoGroups(workspace: DemoWorkspace, slug: string, list: string): string[] {
  return workspace.groups.get(`${slug}/${list}`) ?? [];
}
