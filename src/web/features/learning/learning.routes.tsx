/** Pages of the learning academy: staff's courses inside an organization; the public catalog and the learner's own pages. */
import { type AnyRoute, createRoute } from "@tanstack/react-router";
import { CatalogPage } from "./catalog-page.tsx";
import { CertificatePage } from "./certificate-page.tsx";
import { CourseEditorPage } from "./course-editor-page.tsx";
import { CoursePage } from "./course-page.tsx";
import { CoursesPage } from "./courses-page.tsx";
import { ModulePage } from "./module-page.tsx";
import { MyLearningPage } from "./my-learning-page.tsx";

// Generic in the parent so the paths join the typed route tree.
export function learningRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({ getParentRoute: () => parent, path: "/courses", component: CoursesPage }),
    createRoute({ getParentRoute: () => parent, path: "/courses/$courseId", component: CourseEditorPage }),
  ];
}

/** The catalog and course pages read without signing in; enrolling and learning ask for a sign-in. */
export function publicLearningRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: "/courses",
      component: CatalogPage,
      validateSearch: (search: Record<string, unknown>): { org?: string } =>
        typeof search.org === "string" ? { org: search.org } : {},
    }),
    createRoute({ getParentRoute: () => parent, path: "/courses/$courseId", component: CoursePage }),
    createRoute({ getParentRoute: () => parent, path: "/learn/$moduleId", component: ModulePage }),
    createRoute({ getParentRoute: () => parent, path: "/my/learning", component: MyLearningPage }),
    createRoute({
      getParentRoute: () => parent,
      path: "/my/learning/$enrollmentId/certificate",
      component: CertificatePage,
    }),
  ];
}
