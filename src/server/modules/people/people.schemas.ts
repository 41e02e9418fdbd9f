/** Request and response shapes of people, groups, and the CSV import. */
import { z } from "@hono/zod-openapi";
import { CountryCode, LocaleCode, OrgParams, PageQuery, pageOf, Uuid } from "../../http/common.schemas.ts";
import { groupKinds } from "./people.tables.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

export const PersonInput = z.object({
  fullName: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(320)
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((value) => value?.toLowerCase() ?? null),
  phone: z
    .string()
    .trim()
    .regex(/^[+()\d\s.-]{3,40}$/, "Digits, spaces, + ( ) . - only")
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((value) => value ?? null),
  city: optionalText(120),
  country: CountryCode.nullish().transform((value) => value ?? null),
  locale: LocaleCode.nullish().transform((value) => value ?? null),
  notes: optionalText(5000),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const Person = z
  .object({
    id: Uuid,
    fullName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    locale: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .openapi("Person");

export const GroupKind = z.enum(groupKinds);

export const GroupRef = z.object({ id: Uuid, name: z.string(), kind: GroupKind });

export const PersonDetail = Person.extend({ groups: z.array(GroupRef) }).openapi("PersonDetail");

export const PeopleQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  country: CountryCode.optional(),
  groupId: Uuid.optional(),
});

export const PeoplePage = pageOf(Person).openapi("PeoplePage");
export const PersonParams = OrgParams.extend({ personId: Uuid });

export const GroupInput = z.object({
  name: z.string().trim().min(1).max(200),
  kind: GroupKind,
  city: optionalText(120),
  country: CountryCode.nullish().transform((value) => value ?? null),
  description: optionalText(5000),
});

export const Group = z
  .object({
    id: Uuid,
    name: z.string(),
    kind: GroupKind,
    city: z.string().nullable(),
    country: z.string().nullable(),
    description: z.string().nullable(),
    memberCount: z.number().int(),
  })
  .openapi("Group");

export const GroupDetail = Group.extend({ members: z.array(Person) }).openapi("GroupDetail");
export const GroupsQuery = PageQuery.extend({ q: z.string().trim().max(200).optional(), kind: GroupKind.optional() });
export const GroupsPage = pageOf(Group).openapi("GroupsPage");
export const GroupParams = OrgParams.extend({ groupId: Uuid });
export const GroupMemberInput = z.object({ personId: Uuid });
export const GroupMemberParams = GroupParams.extend({ personId: Uuid });

/** Five megabytes of CSV is about 50,000 people, far more than one import needs. */
export const maxCsvBytes = 5_000_000;

export const ImportPreviewInput = z.object({ csv: z.string().min(1).max(maxCsvBytes) });

const RowIssue = z.object({ path: z.string(), code: z.string(), message: z.string() });

export const ImportPreview = z
  .object({
    columns: z.array(z.string()),
    unknownColumns: z.array(z.string()),
    rows: z.array(
      z.object({
        line: z.number().int(),
        person: z.record(z.string(), z.string()).openapi({ description: "The row's cells by field, as written" }),
        errors: z.array(RowIssue),
      }),
    ),
    validCount: z.number().int(),
    errorCount: z.number().int(),
  })
  .openapi("ImportPreview");

export const ImportRowsInput = z.object({
  rows: z
    .array(z.object({ line: z.number().int().min(1), person: z.unknown() }))
    .min(1)
    .max(500),
});

export const ImportResult = z
  .object({
    created: z.number().int(),
    failed: z.array(z.object({ line: z.number().int(), errors: z.array(RowIssue) })),
  })
  .openapi("ImportResult");
