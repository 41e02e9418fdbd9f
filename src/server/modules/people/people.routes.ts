/** People and groups of an organization: search, records, groups, CSV import and export. */
import { createRoute, z } from "@hono/zod-openapi";
import { OrgParams } from "../../http/common.schemas.ts";
import { allow } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import { exportPeopleCsv, importPeople, previewPeopleImport } from "./people.csv.ts";
import * as schemas from "./people.schemas.ts";
import * as service from "./people.service.ts";

const tags = ["people"];

const listPeople = createRoute({
  method: "get",
  path: "/orgs/{orgId}/people",
  tags,
  summary: "Find people by name or email in any script, by country or group",
  middleware: [allow("people.read")] as const,
  request: { params: OrgParams, query: schemas.PeopleQuery },
  responses: { 200: jsonResponse(schemas.PeoplePage, "A page of people"), ...scopedProblems },
});

const createPerson = createRoute({
  method: "post",
  path: "/orgs/{orgId}/people",
  tags,
  summary: "Record a person",
  middleware: [allow("people.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.PersonInput) },
  responses: { 201: jsonResponse(schemas.Person, "Recorded"), ...scopedProblems, 409: problems[409] },
});

const getPerson = createRoute({
  method: "get",
  path: "/orgs/{orgId}/people/{personId}",
  tags,
  summary: "A person with their groups",
  middleware: [allow("people.read")] as const,
  request: { params: schemas.PersonParams },
  responses: { 200: jsonResponse(schemas.PersonDetail, "The person"), ...scopedProblems },
});

const updatePerson = createRoute({
  method: "put",
  path: "/orgs/{orgId}/people/{personId}",
  tags,
  summary: "Edit a person",
  middleware: [allow("people.write")] as const,
  request: { params: schemas.PersonParams, body: jsonBody(schemas.PersonInput) },
  responses: { 200: jsonResponse(schemas.Person, "Saved"), ...scopedProblems, 409: problems[409] },
});

const deletePerson = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/people/{personId}",
  tags,
  summary: "Delete a person and their enrollments and group memberships",
  middleware: [allow("people.write")] as const,
  request: { params: schemas.PersonParams },
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), "Deleted"), ...scopedProblems },
});

const previewImport = createRoute({
  method: "post",
  path: "/orgs/{orgId}/people/import/preview",
  tags,
  summary: "Check a CSV of people and show each row with its errors; writes nothing",
  middleware: [allow("people.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.ImportPreviewInput) },
  responses: { 200: jsonResponse(schemas.ImportPreview, "Preview"), ...scopedProblems },
});

const runImport = createRoute({
  method: "post",
  path: "/orgs/{orgId}/people/import",
  tags,
  summary: "Import up to 500 previewed rows at once; failed rows are listed by line",
  middleware: [allow("people.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.ImportRowsInput) },
  responses: { 200: jsonResponse(schemas.ImportResult, "Imported"), ...scopedProblems },
});

const exportPeople = createRoute({
  method: "get",
  path: "/orgs/{orgId}/people/export.csv",
  tags,
  summary: "All people as CSV (UTF-8 with byte-order mark)",
  middleware: [allow("people.read")] as const,
  request: { params: OrgParams },
  responses: {
    200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } },
    ...scopedProblems,
  },
});

const listGroups = createRoute({
  method: "get",
  path: "/orgs/{orgId}/groups",
  tags,
  summary: "CSOs, informal groups and teams",
  middleware: [allow("people.read")] as const,
  request: { params: OrgParams, query: schemas.GroupsQuery },
  responses: { 200: jsonResponse(schemas.GroupsPage, "A page of groups"), ...scopedProblems },
});

const createGroup = createRoute({
  method: "post",
  path: "/orgs/{orgId}/groups",
  tags,
  summary: "Form a group",
  middleware: [allow("people.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.GroupInput) },
  responses: { 201: jsonResponse(schemas.GroupDetail, "Formed"), ...scopedProblems, 409: problems[409] },
});

const getGroup = createRoute({
  method: "get",
  path: "/orgs/{orgId}/groups/{groupId}",
  tags,
  summary: "A group with its members",
  middleware: [allow("people.read")] as const,
  request: { params: schemas.GroupParams },
  responses: { 200: jsonResponse(schemas.GroupDetail, "The group"), ...scopedProblems },
});

const updateGroup = createRoute({
  method: "put",
  path: "/orgs/{orgId}/groups/{groupId}",
  tags,
  summary: "Edit a group",
  middleware: [allow("people.write")] as const,
  request: { params: schemas.GroupParams, body: jsonBody(schemas.GroupInput) },
  responses: { 200: jsonResponse(schemas.GroupDetail, "Saved"), ...scopedProblems, 409: problems[409] },
});

const addMember = createRoute({
  method: "post",
  path: "/orgs/{orgId}/groups/{groupId}/members",
  tags,
  summary: "Add a person to a group",
  middleware: [allow("people.write")] as const,
  request: { params: schemas.GroupParams, body: jsonBody(schemas.GroupMemberInput) },
  responses: { 200: jsonResponse(schemas.GroupDetail, "Added"), ...scopedProblems, 409: problems[409] },
});

const removeMember = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/groups/{groupId}/members/{personId}",
  tags,
  summary: "Remove a person from a group",
  middleware: [allow("people.write")] as const,
  request: { params: schemas.GroupMemberParams },
  responses: { 200: jsonResponse(schemas.GroupDetail, "Removed"), ...scopedProblems },
});

export const peopleRouter = createRouter()
  .openapi(listPeople, async (c) => c.json(await service.findPeople(c.get("ctx"), c.req.valid("query")), 200))
  .openapi(createPerson, async (c) => c.json(await service.recordPerson(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(previewImport, async (c) => c.json(await previewPeopleImport(c.get("ctx"), c.req.valid("json").csv), 200))
  .openapi(runImport, async (c) => c.json(await importPeople(c.get("ctx"), c.req.valid("json").rows), 200))
  .openapi(exportPeople, async (c) => {
    const csv = await exportPeopleCsv(c.get("ctx"));
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="people.csv"',
    });
  })
  .openapi(getPerson, async (c) => c.json(await service.getPerson(c.get("ctx"), c.req.valid("param").personId), 200))
  .openapi(updatePerson, async (c) =>
    c.json(await service.editPerson(c.get("ctx"), c.req.valid("param").personId, c.req.valid("json")), 200),
  )
  .openapi(deletePerson, async (c) =>
    c.json(await service.removePerson(c.get("ctx"), c.req.valid("param").personId), 200),
  )
  .openapi(listGroups, async (c) => c.json(await service.findGroups(c.get("ctx"), c.req.valid("query")), 200))
  .openapi(createGroup, async (c) => c.json(await service.formGroup(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getGroup, async (c) => c.json(await service.getGroup(c.get("ctx"), c.req.valid("param").groupId), 200))
  .openapi(updateGroup, async (c) =>
    c.json(await service.editGroup(c.get("ctx"), c.req.valid("param").groupId, c.req.valid("json")), 200),
  )
  .openapi(addMember, async (c) =>
    c.json(await service.addGroupMember(c.get("ctx"), c.req.valid("param").groupId, c.req.valid("json").personId), 200),
  )
  .openapi(removeMember, async (c) => {
    const { groupId, personId } = c.req.valid("param");
    return c.json(await service.removeGroupMember(c.get("ctx"), groupId, personId), 200);
  });
