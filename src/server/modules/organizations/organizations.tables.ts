/** Organizations (tenants), their members and roles, invitations, and networks of organizations. */
import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "../../auth/auth.tables.ts";
import { createdAt, id, localizedText, updatedAt } from "../../db/columns.ts";

export const roles = ["owner", "admin", "program_manager", "mentor", "participant", "partner_viewer"] as const;
export type Role = (typeof roles)[number];

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: localizedText("name").notNull(),
    defaultLocale: text("default_locale").notNull().default("en"),
    timeZone: text("time_zone").notNull().default("UTC"),
    currency: text("currency").notNull().default("EUR"),
    country: text("country"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("organizations_slug_unique").on(table.slug),
    check("organizations_currency_iso", sql`${table.currency} ~ '^[A-Z]{3}$'`),
    check("organizations_country_iso", sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
  ],
);

/** The owning organization, on every domain table; deleting an organization deletes its data. */
export const organizationRef = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

export const memberships = pgTable(
  "memberships",
  {
    organizationId: organizationRef(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ name: "memberships_pk", columns: [table.organizationId, table.userId] }),
    index("memberships_user_idx").on(table.userId),
    check(
      "memberships_role_known",
      sql`${table.role} in ('owner','admin','program_manager','mentor','participant','partner_viewer')`,
    ),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organizationId: organizationRef(),
    email: text("email").notNull(),
    role: text("role").$type<Role>().notNull(),
    token: text("token").notNull(),
    status: text("status").$type<"pending" | "accepted" | "revoked">().notNull().default("pending"),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    unique("invitations_token_unique").on(table.token),
    index("invitations_organization_idx").on(table.organizationId, table.createdAt),
    check(
      "invitations_role_known",
      sql`${table.role} in ('owner','admin','program_manager','mentor','participant','partner_viewer')`,
    ),
  ],
);

/** A network spans organizations, so it belongs to the organization that founded it. */
export const networks = pgTable("networks", {
  id: id(),
  foundingOrganizationId: uuid("founding_organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  name: localizedText("name").notNull(),
  description: localizedText("description"),
  createdAt: createdAt(),
});

export const networkMemberships = pgTable(
  "network_memberships",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organizationId: organizationRef(),
    joinedAt: createdAt(),
  },
  (table) => [
    primaryKey({ name: "network_memberships_pk", columns: [table.networkId, table.organizationId] }),
    index("network_memberships_organization_idx").on(table.organizationId),
  ],
);
