/** Request and response shapes of organizations, members, invitations and networks. */
import { z } from "@hono/zod-openapi";
import {
  CountryCode,
  CurrencyCode,
  LocaleCode,
  LocalizedTextInput,
  LocalizedTextOutput,
  OrgParams,
  Uuid,
} from "../../http/common.schemas.ts";
import { roles } from "./organizations.tables.ts";

export const RoleSchema = z.enum(roles);

/** Any IANA zone the runtime can format in, old names ("Europe/Kiev") and new ("Europe/Kyiv") alike. */
function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: "Unknown time zone", params: { code: "errors.unknownTimeZone" } });

export const OrganizationSettingsInput = z.object({
  name: LocalizedTextInput,
  defaultLocale: LocaleCode,
  timeZone,
  currency: CurrencyCode,
  country: CountryCode.nullable(),
});

export const CreateOrganizationInput = OrganizationSettingsInput.extend({
  slug: z
    .string()
    .regex(/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/, "Lowercase letters, digits and dashes, 3–40 characters"),
});

export const Organization = z
  .object({
    id: Uuid,
    slug: z.string(),
    name: LocalizedTextOutput,
    defaultLocale: z.string(),
    timeZone: z.string(),
    currency: z.string(),
    country: z.string().nullable(),
  })
  .openapi("Organization");

export const MyOrganization = Organization.extend({ role: RoleSchema }).openapi("MyOrganization");

export const Me = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
    organizations: z.array(MyOrganization),
  })
  .openapi("Me");

export const SetupState = z.object({ needed: z.boolean() });

export const SetupInput = z.object({
  organization: CreateOrganizationInput,
  owner: z.object({
    name: z.string().trim().min(1).max(200),
    email: z.email(),
    password: z.string().min(1).max(128).openapi({ description: "At least 10 characters" }),
  }),
});

export const Member = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), role: RoleSchema, joinedAt: z.string() })
  .openapi("Member");

export const MemberParams = OrgParams.extend({ userId: z.string().min(1).max(64) });
export const ChangeRoleInput = z.object({ role: RoleSchema });

export const InviteInput = z.object({ email: z.email().max(320), role: RoleSchema });

export const Invitation = z
  .object({
    id: Uuid,
    email: z.string(),
    role: RoleSchema,
    status: z.enum(["pending", "accepted", "revoked", "expired"]),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .openapi("Invitation");

export const InvitationParams = OrgParams.extend({ invitationId: Uuid });
export const TokenParams = z.object({ token: z.string().min(20).max(100) });

export const PublicInvitation = z.object({
  organizationName: LocalizedTextOutput,
  email: z.string(),
  role: RoleSchema,
  hasAccount: z.boolean(),
});

export const AcceptInvitationInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(1).max(128).optional().openapi({ description: "At least 10 characters" }),
});

export const Network = z
  .object({
    id: Uuid,
    name: LocalizedTextOutput,
    description: LocalizedTextOutput.nullable(),
    foundingOrganizationId: Uuid,
    members: z.array(
      z.object({ id: Uuid, slug: z.string(), name: LocalizedTextOutput, country: z.string().nullable() }),
    ),
  })
  .openapi("Network");

export const CreateNetworkInput = z.object({ name: LocalizedTextInput, description: LocalizedTextInput.optional() });
export const OutboxMessageParams = OrgParams.extend({ messageId: Uuid });
export const NetworkParams = OrgParams.extend({ networkId: Uuid });
export const AddNetworkMemberInput = z.object({ organizationSlug: z.string().min(1).max(60) });
export const NetworkMemberParams = NetworkParams.extend({ memberId: Uuid });

export const OutboxMessage = z
  .object({
    id: Uuid,
    recipient: z.string(),
    locale: z.string(),
    kind: z.string(),
    subject: z.string(),
    body: z.string(),
    status: z.enum(["pending", "sent", "failed"]),
    /** Delivery attempts since it was queued or last resent. */
    attempts: z.int(),
    /** The last delivery error, kept after a resend or a later success. */
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi("OutboxMessage");
