/** People (with or without a login) and groups (CSOs, informal groups, teams) of an organization. */
import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";

export const groupKinds = ["cso", "informal_group", "team"] as const;
export type GroupKind = (typeof groupKinds)[number];

export const people = pgTable(
  "people",
  {
    id: id(),
    organizationId: organizationRef(),
    fullName: text("full_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    city: text("city"),
    country: text("country"),
    locale: text("locale"),
    notes: text("notes"),
    /** Case- and accent-folded name and email, computed in the service the same way on both drivers. */
    searchKey: text("search_key").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("people_one_per_email").on(table.organizationId, table.email),
    index("people_organization_name_idx").on(table.organizationId, table.fullName, table.id),
    index("people_search_key_trgm_idx").using("gin", sql`${table.searchKey} gin_trgm_ops`),
    check("people_country_iso", sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
    check("people_full_name_present", sql`length(trim(${table.fullName})) > 0`),
  ],
);

export const groups = pgTable(
  "groups",
  {
    id: id(),
    organizationId: organizationRef(),
    name: text("name").notNull(),
    kind: text("kind").$type<GroupKind>().notNull(),
    city: text("city"),
    country: text("country"),
    description: text("description"),
    searchKey: text("search_key").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("groups_one_per_name").on(table.organizationId, table.name),
    check("groups_kind_known", sql`${table.kind} in ('cso','informal_group','team')`),
    check("groups_country_iso", sql`${table.country} is null or ${table.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const groupMembers = pgTable(
  "group_members",
  {
    organizationId: organizationRef(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ name: "group_members_pk", columns: [table.organizationId, table.groupId, table.personId] }),
    index("group_members_person_idx").on(table.organizationId, table.personId),
  ],
);
