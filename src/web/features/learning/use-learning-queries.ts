/** Courses for staff (build, order, enroll) and for learners (catalog, enroll, read, complete, certificate). */
import type { z } from "@hono/zod-openapi";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CourseInput, ModuleInput } from "../../../server/modules/learning/learning.schemas.ts";
import { api, unwrap } from "../../api-client.ts";

const keys = {
  courses: (orgId: string) => ["courses", orgId] as const,
  course: (orgId: string, courseId: string) => ["courses", orgId, courseId] as const,
  enrollments: (orgId: string, courseId: string) => ["courses", orgId, courseId, "enrollments"] as const,
  catalog: (page: number) => ["catalog", page] as const,
  mine: ["my-learning"] as const,
  myCourse: (courseId: string) => ["my-learning", "course", courseId] as const,
  myModule: (moduleId: string) => ["my-learning", "module", moduleId] as const,
  certificate: (enrollmentId: string) => ["my-learning", "certificate", enrollmentId] as const,
};

export type CourseBody = z.input<typeof CourseInput>;
export type ModuleBody = z.input<typeof ModuleInput>;

// ——— Staff ———

export function useCourses(orgId: string) {
  return useQuery({
    queryKey: keys.courses(orgId),
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].courses.$get({ param: { orgId } })),
  });
}

export function useCourse(orgId: string, courseId: string) {
  return useQuery({
    queryKey: keys.course(orgId, courseId),
    queryFn: async () => unwrap(await api.api.orgs[":orgId"].courses[":courseId"].$get({ param: { orgId, courseId } })),
  });
}

export type CourseDetail = NonNullable<ReturnType<typeof useCourse>["data"]>;
export type StaffModule = CourseDetail["modules"][number];

function useCourseChanged(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.courses(orgId) });
}

export function useSaveCourse(orgId: string, courseId?: string) {
  const changed = useCourseChanged(orgId);
  return useMutation({
    mutationFn: async (json: CourseBody) =>
      courseId
        ? unwrap(await api.api.orgs[":orgId"].courses[":courseId"].$put({ param: { orgId, courseId }, json }))
        : unwrap(await api.api.orgs[":orgId"].courses.$post({ param: { orgId }, json })),
    onSuccess: changed,
  });
}

export function useRemoveCourse(orgId: string, courseId: string) {
  const changed = useCourseChanged(orgId);
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.api.orgs[":orgId"].courses[":courseId"].$delete({ param: { orgId, courseId } })),
    onSuccess: changed,
  });
}

/** Adds a module (no `moduleId`) or replaces one. */
export function useSaveModule(orgId: string, courseId: string) {
  const changed = useCourseChanged(orgId);
  return useMutation({
    mutationFn: async ({ moduleId, json }: { moduleId?: string; json: ModuleBody }) => {
      const modules = api.api.orgs[":orgId"].courses[":courseId"].modules;
      return moduleId
        ? unwrap(await modules[":moduleId"].$put({ param: { orgId, courseId, moduleId }, json }))
        : unwrap(await modules.$post({ param: { orgId, courseId }, json }));
    },
    onSuccess: changed,
  });
}

export function useRemoveModule(orgId: string, courseId: string) {
  const changed = useCourseChanged(orgId);
  return useMutation({
    mutationFn: async (moduleId: string) =>
      unwrap(
        await api.api.orgs[":orgId"].courses[":courseId"].modules[":moduleId"].$delete({
          param: { orgId, courseId, moduleId },
        }),
      ),
    onSuccess: changed,
  });
}

export function useReorderModules(orgId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (moduleIds: string[]) =>
      unwrap(
        await api.api.orgs[":orgId"].courses[":courseId"]["module-order"].$put({
          param: { orgId, courseId },
          json: { moduleIds },
        }),
      ),
    onSuccess: (course) => queryClient.setQueryData(keys.course(orgId, courseId), course),
  });
}

export function useCourseEnrollments(orgId: string, courseId: string) {
  return useQuery({
    queryKey: keys.enrollments(orgId, courseId),
    queryFn: async () =>
      unwrap(await api.api.orgs[":orgId"].courses[":courseId"].enrollments.$get({ param: { orgId, courseId } })),
  });
}

export function useEnrollPerson(orgId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (personId: string) =>
      unwrap(
        await api.api.orgs[":orgId"].courses[":courseId"].enrollments.$post({
          param: { orgId, courseId },
          json: { personId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.enrollments(orgId, courseId) }),
  });
}

// ——— The public and learners ———

export function useCatalog(page: number) {
  return useQuery({
    queryKey: keys.catalog(page),
    queryFn: async () => unwrap(await api.api.public.courses.$get({ query: { page: String(page), pageSize: "20" } })),
    placeholderData: keepPreviousData,
  });
}

export type CatalogCourse = NonNullable<ReturnType<typeof useCatalog>["data"]>["items"][number];

export function useOrganizationCatalog(slug: string) {
  return useQuery({
    queryKey: ["catalog", "organization", slug],
    queryFn: async () => unwrap(await api.api.public.orgs[":slug"].courses.$get({ param: { slug } })),
  });
}

/** Signed in: the course with the learner's enrollment and progress; signed out: the public course page. */
export function useLearnerCourse(courseId: string, signedIn: boolean) {
  return useQuery({
    queryKey: [...keys.myCourse(courseId), signedIn],
    queryFn: async () => {
      if (signedIn) return unwrap(await api.api.my.courses[":courseId"].$get({ param: { courseId } }));
      const course = await unwrap(await api.api.public.courses[":courseId"].$get({ param: { courseId } }));
      return { ...course, enrollment: null, completedModuleIds: [] as string[] };
    },
  });
}

export type LearnerCourse = NonNullable<ReturnType<typeof useLearnerCourse>["data"]>;

export function useEnrollMyself(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: string) =>
      unwrap(
        await api.api.my.courses[":courseId"].enrollment.$post({
          param: { courseId },
          json: { locale: locale as "en" },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine }),
  });
}

export function useMyLearning() {
  return useQuery({
    queryKey: keys.mine,
    queryFn: async () => unwrap(await api.api.my.courses.$get()),
  });
}

export function useLearnerModule(moduleId: string) {
  return useQuery({
    queryKey: keys.myModule(moduleId),
    queryFn: async () => unwrap(await api.api.my["course-modules"][":moduleId"].$get({ param: { moduleId } })),
  });
}

export type LearnerModule = NonNullable<ReturnType<typeof useLearnerModule>["data"]>;

export function useCompleteModule(moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answers?: number[][]) =>
      unwrap(
        await api.api.my["course-modules"][":moduleId"].completion.$post({ param: { moduleId }, json: { answers } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine }),
  });
}

export function useCertificate(enrollmentId: string) {
  return useQuery({
    queryKey: keys.certificate(enrollmentId),
    queryFn: async () =>
      unwrap(
        await api.api.my["course-enrollments"][":courseEnrollmentId"].certificate.$get({
          param: { courseEnrollmentId: enrollmentId },
        }),
      ),
    retry: false,
  });
}
