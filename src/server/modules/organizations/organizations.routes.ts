/** Organizations: first-run setup, who I am, settings, members, invitations, outbox and networks. */
import { createRoute, z } from "@hono/zod-openapi";
import { Ok, OrgParams } from "../../http/common.schemas.ts";
import { allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { listOutbox, resendMail } from "../../mail/mail.service.ts";
import * as schemas from "./organizations.schemas.ts";
import * as service from "./organizations.service.ts";

const tags = ["organizations"];

const setupState = createRoute({
  method: "get",
  path: "/setup",
  tags,
  summary: "Whether the first-run setup is still to be done",
  responses: { 200: jsonResponse(schemas.SetupState, "Setup state") },
});

const runSetup = createRoute({
  method: "post",
  path: "/setup",
  tags,
  summary: "Create the first organization and its owner (only while there are no users)",
  request: { body: jsonBody(schemas.SetupInput) },
  responses: { 201: jsonResponse(schemas.MyOrganization, "Created"), 400: problems[400], 409: problems[409] },
});

const me = createRoute({
  method: "get",
  path: "/me",
  tags,
  summary: "The signed-in user and the organizations they belong to",
  middleware: [signedIn] as const,
  responses: { 200: jsonResponse(schemas.Me, "Me"), 401: problems[401] },
});

const createOrganization = createRoute({
  method: "post",
  path: "/orgs",
  tags,
  summary: "Create an organization; the creator becomes its owner",
  middleware: [signedIn] as const,
  request: { body: jsonBody(schemas.CreateOrganizationInput) },
  responses: {
    201: jsonResponse(schemas.MyOrganization, "Created"),
    400: problems[400],
    401: problems[401],
    409: problems[409],
  },
});

const getOrganization = createRoute({
  method: "get",
  path: "/orgs/{orgId}",
  tags,
  summary: "Organization settings",
  request: { params: OrgParams },
  responses: { 200: jsonResponse(schemas.Organization, "Settings"), ...scopedProblems },
});

const updateOrganization = createRoute({
  method: "put",
  path: "/orgs/{orgId}",
  tags,
  summary: "Change organization settings",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.OrganizationSettingsInput) },
  responses: { 200: jsonResponse(schemas.Organization, "Updated"), ...scopedProblems },
});

const listMembers = createRoute({
  method: "get",
  path: "/orgs/{orgId}/members",
  tags,
  summary: "Members and their roles",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.Member), "Members"), ...scopedProblems },
});

const changeRole = createRoute({
  method: "put",
  path: "/orgs/{orgId}/members/{userId}",
  tags,
  summary: "Change a member's role",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.MemberParams, body: jsonBody(schemas.ChangeRoleInput) },
  responses: { 200: jsonResponse(Ok, "Changed"), ...scopedProblems, 409: problems[409] },
});

const removeMember = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/members/{userId}",
  tags,
  summary: "Remove a member",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.MemberParams },
  responses: { 200: jsonResponse(Ok, "Removed"), ...scopedProblems, 409: problems[409] },
});

const invite = createRoute({
  method: "post",
  path: "/orgs/{orgId}/invitations",
  tags,
  summary: "Invite someone by email; the message waits in the outbox",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.InviteInput) },
  responses: { 201: jsonResponse(schemas.Invitation, "Invited"), ...scopedProblems },
});

const listInvitations = createRoute({
  method: "get",
  path: "/orgs/{orgId}/invitations",
  tags,
  summary: "Invitations sent",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.Invitation), "Invitations"), ...scopedProblems },
});

const revokeInvitation = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/invitations/{invitationId}",
  tags,
  summary: "Revoke a pending invitation",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.InvitationParams },
  responses: { 200: jsonResponse(schemas.Invitation, "Revoked"), ...scopedProblems },
});

const publicInvitation = createRoute({
  method: "get",
  path: "/invitations/{token}",
  tags,
  summary: "What an invitation link offers (no sign-in needed)",
  request: { params: schemas.TokenParams },
  responses: {
    200: jsonResponse(schemas.PublicInvitation, "Invitation"),
    400: problems[400],
    404: problems[404],
    409: problems[409],
  },
});

const acceptInvitation = createRoute({
  method: "post",
  path: "/invitations/{token}/accept",
  tags,
  summary: "Accept an invitation, creating a login when the invitee has none",
  request: { params: schemas.TokenParams, body: jsonBody(schemas.AcceptInvitationInput) },
  responses: {
    200: jsonResponse(z.object({ organizationId: z.uuid() }), "Joined"),
    400: problems[400],
    401: problems[401],
    403: problems[403],
    404: problems[404],
    409: problems[409],
  },
});

const outbox = createRoute({
  method: "get",
  path: "/orgs/{orgId}/outbox",
  tags,
  summary: "Emails queued or sent by this organization",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.OutboxMessage), "Outbox"), ...scopedProblems },
});

const resendOutboxMessage = createRoute({
  method: "post",
  path: "/orgs/{orgId}/outbox/{messageId}/resend",
  tags,
  summary: "Send a sent or failed message again (back to pending; the last error is kept)",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.OutboxMessageParams },
  responses: { 200: jsonResponse(schemas.OutboxMessage, "Queued again"), ...scopedProblems, 409: problems[409] },
});

const listNetworks = createRoute({
  method: "get",
  path: "/orgs/{orgId}/networks",
  tags,
  summary: "Networks this organization belongs to",
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.Network), "Networks"), ...scopedProblems },
});

const createNetwork = createRoute({
  method: "post",
  path: "/orgs/{orgId}/networks",
  tags,
  summary: "Found a network of organizations",
  middleware: [allow("organization.manage")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.CreateNetworkInput) },
  responses: { 201: jsonResponse(schemas.Network, "Created"), ...scopedProblems },
});

const addNetworkMember = createRoute({
  method: "post",
  path: "/orgs/{orgId}/networks/{networkId}/members",
  tags,
  summary: "Add an organization to a network this organization founded",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.NetworkParams, body: jsonBody(schemas.AddNetworkMemberInput) },
  responses: { 200: jsonResponse(schemas.Network, "Added"), ...scopedProblems, 409: problems[409] },
});

const removeNetworkMember = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/networks/{networkId}/members/{memberId}",
  tags,
  summary: "Remove an organization from a network, or leave it",
  middleware: [allow("organization.manage")] as const,
  request: { params: schemas.NetworkMemberParams },
  responses: { 200: jsonResponse(Ok, "Removed"), ...scopedProblems, 409: problems[409] },
});

export const organizationsRouter = createRouter()
  .openapi(setupState, async (c) => c.json({ needed: await service.isSetupNeeded(c.get("services").database.db) }, 200))
  .openapi(runSetup, async (c) => c.json(await service.runFirstSetup(c.get("services"), c.req.valid("json")), 201))
  .openapi(me, async (c) => c.json(await service.getMe(c.get("services").database.db, requireUser(c.get("user"))), 200))
  .openapi(createOrganization, async (c) =>
    c.json(
      await service.createOrganization(c.get("services").database.db, requireUser(c.get("user")), c.req.valid("json")),
      201,
    ),
  )
  .openapi(getOrganization, async (c) => c.json(await service.getOrganization(c.get("ctx")), 200))
  .openapi(updateOrganization, async (c) =>
    c.json(await service.updateOrganizationSettings(c.get("ctx"), c.req.valid("json")), 200),
  )
  .openapi(listMembers, async (c) => c.json(await service.listMembers(c.get("ctx")), 200))
  .openapi(changeRole, async (c) =>
    c.json(await service.changeMemberRole(c.get("ctx"), c.req.valid("param").userId, c.req.valid("json").role), 200),
  )
  .openapi(removeMember, async (c) =>
    c.json(await service.removeMember(c.get("ctx"), c.req.valid("param").userId), 200),
  )
  .openapi(invite, async (c) => c.json(await service.inviteMember(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(listInvitations, async (c) => c.json(await service.listInvitations(c.get("ctx")), 200))
  .openapi(revokeInvitation, async (c) =>
    c.json(await service.revokeInvitation(c.get("ctx"), c.req.valid("param").invitationId), 200),
  )
  .openapi(publicInvitation, async (c) => {
    const { database, clock } = c.get("services");
    return c.json(await service.getPublicInvitation(database.db, c.req.valid("param").token, clock()), 200);
  })
  .openapi(acceptInvitation, async (c) =>
    c.json(
      await service.acceptInvitation(c.get("services"), c.req.valid("param").token, c.get("user"), c.req.valid("json")),
      200,
    ),
  )
  .openapi(outbox, async (c) => c.json(await listOutbox(c.get("ctx")), 200))
  .openapi(resendOutboxMessage, async (c) =>
    c.json(await resendMail(c.get("ctx"), c.req.valid("param").messageId), 200),
  )
  .openapi(listNetworks, async (c) => c.json(await service.listNetworks(c.get("ctx")), 200))
  .openapi(createNetwork, async (c) => c.json(await service.createNetwork(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(addNetworkMember, async (c) => {
    const { networkId } = c.req.valid("param");
    return c.json(await service.addNetworkMember(c.get("ctx"), networkId, c.req.valid("json").organizationSlug), 200);
  })
  .openapi(removeNetworkMember, async (c) => {
    const { networkId, memberId } = c.req.valid("param");
    return c.json(await service.removeNetworkMember(c.get("ctx"), networkId, memberId), 200);
  });
