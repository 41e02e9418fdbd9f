/** The learning academy: staff build courses of ordered modules; the public browses; learners enroll, complete and get a certificate. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { Ok, OrgParams } from "../../http/common.schemas.ts";
import { type AppEnv, allow, requireUser, signedIn } from "../../http/context.ts";
import { jsonBody, jsonResponse, scopedProblems } from "../../http/openapi-helpers.ts";
import { problems } from "../../http/problem.ts";
import { createRouter } from "../../http/router.ts";
import * as learners from "./learning.learners.ts";
import * as schemas from "./learning.schemas.ts";
import * as service from "./learning.service.ts";

const tags = ["learning"];

const listCourses = createRoute({
  method: "get",
  path: "/orgs/{orgId}/courses",
  tags,
  summary: "The organization's courses, published or not",
  middleware: [allow("learning.write")] as const,
  request: { params: OrgParams },
  responses: { 200: jsonResponse(z.array(schemas.Course), "Courses"), ...scopedProblems },
});

const createCourse = createRoute({
  method: "post",
  path: "/orgs/{orgId}/courses",
  tags,
  summary: "Create a course",
  middleware: [allow("learning.write")] as const,
  request: { params: OrgParams, body: jsonBody(schemas.CourseInput) },
  responses: { 201: jsonResponse(schemas.CourseDetail, "Created"), ...scopedProblems },
});

const getCourse = createRoute({
  method: "get",
  path: "/orgs/{orgId}/courses/{courseId}",
  tags,
  summary: "A course with its modules, quizzes included",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams },
  responses: { 200: jsonResponse(schemas.CourseDetail, "The course"), ...scopedProblems },
});

const editCourse = createRoute({
  method: "put",
  path: "/orgs/{orgId}/courses/{courseId}",
  tags,
  summary: "Edit a course's title, summary, program, publication and enrollment",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams, body: jsonBody(schemas.CourseInput) },
  responses: { 200: jsonResponse(schemas.CourseDetail, "Saved"), ...scopedProblems },
});

const removeCourse = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/courses/{courseId}",
  tags,
  summary: "Delete a course with its modules, enrollments and completions",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams },
  responses: { 200: jsonResponse(Ok, "Deleted"), ...scopedProblems },
});

const addModule = createRoute({
  method: "post",
  path: "/orgs/{orgId}/courses/{courseId}/modules",
  tags,
  summary: "Add a module at the end of the course",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams, body: jsonBody(schemas.ModuleInput) },
  responses: { 201: jsonResponse(schemas.CourseModule, "Added"), ...scopedProblems },
});

const reorderModules = createRoute({
  method: "put",
  path: "/orgs/{orgId}/courses/{courseId}/module-order",
  tags,
  summary: "Put the course's modules in a new order",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams, body: jsonBody(schemas.ModuleOrderInput) },
  responses: { 200: jsonResponse(schemas.CourseDetail, "Reordered"), ...scopedProblems },
});

const editModule = createRoute({
  method: "put",
  path: "/orgs/{orgId}/courses/{courseId}/modules/{moduleId}",
  tags,
  summary: "Edit a module: text, video, materials and quiz",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.ModuleParams, body: jsonBody(schemas.ModuleInput) },
  responses: { 200: jsonResponse(schemas.CourseModule, "Saved"), ...scopedProblems },
});

const removeModule = createRoute({
  method: "delete",
  path: "/orgs/{orgId}/courses/{courseId}/modules/{moduleId}",
  tags,
  summary: "Remove a module; the ones after it move up",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.ModuleParams },
  responses: { 200: jsonResponse(Ok, "Removed"), ...scopedProblems },
});

const courseEnrollments = createRoute({
  method: "get",
  path: "/orgs/{orgId}/courses/{courseId}/enrollments",
  tags,
  summary: "Learners with their progress, and completions per module",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams },
  responses: { 200: jsonResponse(schemas.CourseEnrollments, "Enrollments"), ...scopedProblems },
});

const enrollPerson = createRoute({
  method: "post",
  path: "/orgs/{orgId}/courses/{courseId}/enrollments",
  tags,
  summary: "Enroll a person of the organization; a second enrollment is refused with 409",
  middleware: [allow("learning.write")] as const,
  request: { params: schemas.CourseParams, body: jsonBody(schemas.StaffEnrollInput) },
  responses: { 201: jsonResponse(schemas.Learner, "Enrolled"), ...scopedProblems, 409: problems[409] },
});

const catalog = createRoute({
  method: "get",
  path: "/public/courses",
  tags,
  summary: "Published courses of every organization (no sign-in needed)",
  request: { query: schemas.CatalogQuery },
  responses: { 200: jsonResponse(schemas.PublicCoursesPage, "Courses"), 400: problems[400] },
});

const organizationCatalog = createRoute({
  method: "get",
  path: "/public/orgs/{slug}/courses",
  tags,
  summary: "Published courses of one organization (no sign-in needed)",
  request: { params: schemas.OrgSlugParams },
  responses: {
    200: jsonResponse(z.array(schemas.PublicCourse), "Courses"),
    400: problems[400],
    404: problems[404],
  },
});

const publicCourse = createRoute({
  method: "get",
  path: "/public/courses/{courseId}",
  tags,
  summary: "A published course and the titles of its modules (no sign-in needed)",
  request: { params: schemas.PublicCourseParams },
  responses: { 200: jsonResponse(schemas.PublicCourseDetail, "The course"), 400: problems[400], 404: problems[404] },
});

const learnerProblems = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };

const myLearning = createRoute({
  method: "get",
  path: "/my/courses",
  tags,
  summary: "The signed-in user's courses and progress",
  middleware: [signedIn] as const,
  responses: { 200: jsonResponse(schemas.MyLearning, "My learning"), 401: problems[401] },
});

const myCourse = createRoute({
  method: "get",
  path: "/my/courses/{courseId}",
  tags,
  summary: "A course as the signed-in user sees it: modules, enrollment and progress",
  middleware: [signedIn] as const,
  request: { params: schemas.PublicCourseParams },
  responses: { 200: jsonResponse(schemas.MyCourse, "The course"), ...learnerProblems },
});

const enrollMyself = createRoute({
  method: "post",
  path: "/my/courses/{courseId}/enrollment",
  tags,
  summary: "Enroll in a published self-enrollment course; a second enrollment is refused with 409",
  middleware: [signedIn] as const,
  request: { params: schemas.PublicCourseParams, body: jsonBody(schemas.SelfEnrollInput) },
  responses: { 201: jsonResponse(schemas.MyEnrollment, "Enrolled"), ...learnerProblems, 409: problems[409] },
});

const readModule = createRoute({
  method: "get",
  path: "/my/course-modules/{moduleId}",
  tags,
  summary: "A module's content for an enrolled learner or the course's staff; others get 403 (or 404 when unpublished)",
  middleware: [signedIn] as const,
  request: { params: schemas.MyModuleParams },
  responses: { 200: jsonResponse(schemas.LearnerModule, "The module"), ...learnerProblems },
});

const completeModule = createRoute({
  method: "post",
  path: "/my/course-modules/{moduleId}/completion",
  tags,
  summary: "Complete a module; with a quiz, answers below the pass percent return the score without completing",
  middleware: [signedIn] as const,
  request: { params: schemas.MyModuleParams, body: jsonBody(schemas.CompleteModuleInput) },
  responses: { 200: jsonResponse(schemas.ModuleResult, "The result"), ...learnerProblems },
});

const certificate = createRoute({
  method: "get",
  path: "/my/course-enrollments/{courseEnrollmentId}/certificate",
  tags,
  summary: "The certificate of a completed course (403 before completion)",
  middleware: [signedIn] as const,
  request: { params: schemas.MyEnrollmentParams },
  responses: { 200: jsonResponse(schemas.Certificate, "The certificate"), ...learnerProblems },
});

function catalogContext(c: Context<AppEnv>): learners.CatalogContext {
  const { database, clock } = c.get("services");
  return { db: database.db, clock };
}

function learnerContext(c: Context<AppEnv>): learners.LearnerContext {
  return { ...catalogContext(c), user: requireUser(c.get("user")) };
}

export const learningRouter = createRouter()
  .openapi(listCourses, async (c) => c.json(await service.listCourses(c.get("ctx")), 200))
  .openapi(createCourse, async (c) => c.json(await service.createCourse(c.get("ctx"), c.req.valid("json")), 201))
  .openapi(getCourse, async (c) => c.json(await service.getCourse(c.get("ctx"), c.req.valid("param").courseId), 200))
  .openapi(editCourse, async (c) =>
    c.json(await service.editCourse(c.get("ctx"), c.req.valid("param").courseId, c.req.valid("json")), 200),
  )
  .openapi(removeCourse, async (c) =>
    c.json(await service.removeCourse(c.get("ctx"), c.req.valid("param").courseId), 200),
  )
  // The full-order request comes first in the contract, before the sweep in openapi-robustness adds modules.
  .openapi(reorderModules, async (c) =>
    c.json(
      await service.reorderModules(c.get("ctx"), c.req.valid("param").courseId, c.req.valid("json").moduleIds),
      200,
    ),
  )
  .openapi(addModule, async (c) =>
    c.json(await service.addModule(c.get("ctx"), c.req.valid("param").courseId, c.req.valid("json")), 201),
  )
  .openapi(editModule, async (c) =>
    c.json(await service.editModule(c.get("ctx"), c.req.valid("param"), c.req.valid("json")), 200),
  )
  .openapi(removeModule, async (c) => c.json(await service.removeModule(c.get("ctx"), c.req.valid("param")), 200))
  .openapi(courseEnrollments, async (c) =>
    c.json(await service.listCourseEnrollments(c.get("ctx"), c.req.valid("param").courseId), 200),
  )
  .openapi(enrollPerson, async (c) =>
    c.json(await service.enrollPerson(c.get("ctx"), c.req.valid("param").courseId, c.req.valid("json").personId), 201),
  )
  .openapi(catalog, async (c) => c.json(await learners.browseCatalog(catalogContext(c), c.req.valid("query")), 200))
  .openapi(organizationCatalog, async (c) =>
    c.json(await learners.organizationCatalog(catalogContext(c), c.req.valid("param").slug), 200),
  )
  .openapi(publicCourse, async (c) =>
    c.json(await learners.getPublicCourse(catalogContext(c), c.req.valid("param").courseId), 200),
  )
  .openapi(myLearning, async (c) => c.json(await learners.listMyLearning(learnerContext(c)), 200))
  .openapi(myCourse, async (c) =>
    c.json(await learners.getMyCourse(learnerContext(c), c.req.valid("param").courseId), 200),
  )
  .openapi(enrollMyself, async (c) =>
    c.json(await learners.enrollMyself(learnerContext(c), c.req.valid("param").courseId, c.req.valid("json")), 201),
  )
  .openapi(readModule, async (c) =>
    c.json(await learners.readModule(learnerContext(c), c.req.valid("param").moduleId), 200),
  )
  .openapi(completeModule, async (c) =>
    c.json(await learners.completeModule(learnerContext(c), c.req.valid("param").moduleId, c.req.valid("json")), 200),
  )
  .openapi(certificate, async (c) =>
    c.json(await learners.getCertificate(learnerContext(c), c.req.valid("param").courseEnrollmentId), 200),
  );
