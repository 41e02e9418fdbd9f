/** The demo's organizations (the five reference programs and the consortium partners), logins and networks. */

import { eq } from "drizzle-orm";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import { user as users } from "../../auth/auth.tables.ts";
import { createLogin } from "../../auth/sign-up.ts";
import type { Db } from "../../db/client.ts";
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { memberships, networkMemberships, networks, organizations, type Role } from "./organizations.tables.ts";

export const demoPassword = "civic-hub-demo-2026";

type DemoOrganizationSeed = {
  slug: string;
  name: LocalizedText;
  defaultLocale: string;
  timeZone: string;
  currency: string;
  country: string;
};

const demoOrganizations: DemoOrganizationSeed[] = [
  {
    slug: "iidr",
    name: { he: "המכון הבינלאומי לחוסן דמוקרטי", en: "International Institute for Democratic Resilience" },
    defaultLocale: "he",
    timeZone: "Asia/Jerusalem",
    currency: "ILS",
    country: "IL",
  },
  {
    slug: "kivunim-ashdod",
    name: { he: "מרכז הצעירים כיוונים, אשדוד", en: "Kivunim Youth Centre, Ashdod" },
    defaultLocale: "he",
    timeZone: "Asia/Jerusalem",
    currency: "ILS",
    country: "IL",
  },
  {
    slug: "civic-georgia",
    name: { ka: "სამოქალაქო პარტნიორობის პროგრამა", en: "Civil Society Partnership Program Georgia" },
    defaultLocale: "ka",
    timeZone: "Asia/Tbilisi",
    currency: "GEL",
    country: "GE",
  },
  {
    slug: "athens-cso-hub",
    name: { el: "Κόμβος Ενδυνάμωσης Κοινωνίας των Πολιτών Αθήνας", en: "Athens CSO Empowerment Hub" },
    defaultLocale: "el",
    timeZone: "Europe/Athens",
    currency: "EUR",
    country: "GR",
  },
  {
    slug: "si-academy-slovenia",
    name: { sl: "Akademija družbenih inovacij – Slovenija", en: "Social Innovation Academy – Slovenia" },
    defaultLocale: "sl",
    timeZone: "Europe/Ljubljana",
    currency: "EUR",
    country: "SI",
  },
  ...[
    { slug: "si-academy-croatia", country: "HR", en: "Croatia", timeZone: "Europe/Zagreb", currency: "EUR" },
    { slug: "si-academy-hungary", country: "HU", en: "Hungary", timeZone: "Europe/Budapest", currency: "HUF" },
    { slug: "si-academy-italy", country: "IT", en: "Italy", timeZone: "Europe/Rome", currency: "EUR" },
    { slug: "si-academy-poland", country: "PL", en: "Poland", timeZone: "Europe/Warsaw", currency: "PLN" },
  ].map((partner) => ({
    slug: partner.slug,
    name: { en: `Social Innovation Academy – ${partner.en}` },
    defaultLocale: "en",
    timeZone: partner.timeZone,
    currency: partner.currency,
    country: partner.country,
  })),
];

/** Demo logins: one owner of every organization, and people in each role of the fellowship. */
const demoLogins: { email: string; name: string; memberships: Record<string, Role> }[] = [
  {
    email: "admin@civic-hub.example",
    name: "Dana Admin",
    memberships: Object.fromEntries(demoOrganizations.map((organization) => [organization.slug, "owner" as Role])),
  },
  {
    email: "manager@kivunim.example",
    name: "מירב שלום",
    memberships: { "kivunim-ashdod": "program_manager", iidr: "program_manager" },
  },
  { email: "mentor@kivunim.example", name: "רחל אלמוג", memberships: { "kivunim-ashdod": "mentor" } },
  { email: "fellow@kivunim.example", name: "עידו מרציאנו", memberships: { "kivunim-ashdod": "participant" } },
  {
    email: "partner@kivunim.example",
    name: "Lottery Fund Liaison",
    memberships: { "kivunim-ashdod": "partner_viewer" },
  },
  {
    email: "coordinator@civic-georgia.example",
    name: "ნინო ბერიძე",
    memberships: { "civic-georgia": "program_manager" },
  },
  { email: "manager@athens-hub.example", name: "Ελένη Γεωργίου", memberships: { "athens-cso-hub": "program_manager" } },
  {
    email: "coordinator@si-academy.example",
    name: "Špela Vidmar",
    memberships: { "si-academy-slovenia": "program_manager" },
  },
];

export async function buildOrganizationsDemo(workspace: DemoWorkspace) {
  const { database, auth, config, clock } = workspace.services;
  const db = database.db;
  const logins = new Map<string, string>();
  for (const login of demoLogins) {
    const user = await createLogin(auth, { name: login.name, email: login.email, password: demoPassword });
    // The demo owns these addresses, so they count as verified: the fellow's login finds their person record.
    await db.update(users).set({ emailVerified: true }).where(eq(users.id, user.id));
    logins.set(login.email, user.id);
    const roles = [...new Set(Object.values(login.memberships))].join(", ");
    workspace.signIns.push({
      email: login.email,
      password: demoPassword,
      role: roles,
      organizations:
        Object.keys(login.memberships).length > 3
          ? "all demo organizations"
          : Object.keys(login.memberships).join(", "),
    });
  }
  const ownerId = logins.get("admin@civic-hub.example") as string;
  for (const seed of demoOrganizations) {
    const [organization] = await db.insert(organizations).values(seed).returning();
    workspace.organizations.set(seed.slug, {
      slug: seed.slug,
      ctx: {
        db,
        organizationId: organization.id,
        organization: {
          id: organization.id,
          defaultLocale: seed.defaultLocale,
          timeZone: seed.timeZone,
          currency: seed.currency,
        },
        actor: { userId: ownerId, role: "owner" },
        clock,
        config,
      },
    });
  }
  for (const login of demoLogins) {
    for (const [slug, role] of Object.entries(login.memberships)) {
      const organizationId = workspace.organizations.get(slug)?.ctx.organizationId as string;
      await db.insert(memberships).values({ organizationId, userId: logins.get(login.email) as string, role });
    }
  }
  await foundNetwork(db, workspace, "iidr", { he: "רשת המיני-קמפוסים", en: "Mini-campus network" }, [
    "iidr",
    "kivunim-ashdod",
  ]);
  await foundNetwork(
    db,
    workspace,
    "si-academy-slovenia",
    { sl: "Konzorcij Akademije družbenih inovacij", en: "Social Innovation Academy consortium" },
    demoOrganizations.filter((seed) => seed.slug.startsWith("si-academy-")).map((seed) => seed.slug),
  );
}

async function foundNetwork(db: Db, workspace: DemoWorkspace, founder: string, name: LocalizedText, members: string[]) {
  const idOf = (slug: string) => workspace.organizations.get(slug)?.ctx.organizationId as string;
  const [network] = await db
    .insert(networks)
    .values({ foundingOrganizationId: idOf(founder), name })
    .returning();
  await db
    .insert(networkMemberships)
    .values(members.map((slug) => ({ networkId: network.id, organizationId: idOf(slug) })));
}
