/** Request and response shapes of courses, modules with quizzes, enrollments, progress and certificates. */
import { z } from "@hono/zod-openapi";
import {
  LocaleCode,
  LocalizedTextInput,
  LocalizedTextOutput,
  LongLocalizedTextInput,
  OrgParams,
  PageQuery,
  pageOf,
  Uuid,
} from "../../http/common.schemas.ts";
import { courseEnrollmentSources } from "./learning.tables.ts";

const WebLink = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ description: "An http(s) address", example: "https://video.example.org/module-1" });

export const CourseInput = z.object({
  title: LocalizedTextInput,
  summary: LongLocalizedTextInput.optional(),
  programId: Uuid.nullish(),
  isPublished: z.boolean().default(false),
  selfEnrollment: z.boolean().default(true),
  opensAt: z.iso.datetime({ offset: true }).nullish(),
});

const MaterialInput = z.object({ name: LocalizedTextInput, url: WebLink });

const QuestionInput = z.object({
  prompt: LocalizedTextInput,
  options: z.array(LocalizedTextInput).max(12),
  correct: z.array(z.number().int()).max(12),
});

/** A question needs two options to choose from and at least one right answer among them. */
export const QuizInput = z
  .object({ passPercent: z.number().int().min(0).max(100), questions: z.array(QuestionInput).min(1).max(50) })
  .superRefine((quiz, issues) => {
    quiz.questions.forEach((question, index) => {
      const path = ["questions", index];
      if (question.options.length < 2) {
        issues.addIssue({
          code: "custom",
          path: [...path, "options"],
          message: "A question needs at least two options",
          params: { code: "errors.quizTwoOptions" },
        });
      }
      if (question.correct.length === 0) {
        issues.addIssue({
          code: "custom",
          path: [...path, "correct"],
          message: "Mark at least one option correct",
          params: { code: "errors.quizCorrectRequired" },
        });
      }
      question.correct.forEach((option, at) => {
        const outOfRange = option < 0 || option >= question.options.length;
        if (outOfRange || question.correct.indexOf(option) !== at) {
          issues.addIssue({
            code: "custom",
            path: [...path, "correct", at],
            message: "Not one of the question's options, or named twice",
            params: { code: "errors.quizCorrectOutOfRange" },
          });
        }
      });
    });
  });

export const ModuleInput = z.object({
  title: LocalizedTextInput,
  body: LongLocalizedTextInput.optional().openapi({ description: "Markdown per locale; raw HTML is not rendered" }),
  videoUrl: WebLink.nullish(),
  materials: z.array(MaterialInput).max(30).default([]),
  quiz: QuizInput.nullish(),
});

export const ModuleOrderInput = z.object({
  moduleIds: z.array(Uuid).min(1).max(200).openapi({ description: "Every module of the course, in the new order" }),
});

export const StaffEnrollInput = z.object({ personId: Uuid });

export const SelfEnrollInput = z.object({
  locale: LocaleCode.optional().openapi({ description: "The learner's language, when they become a new person" }),
});

const Material = z.object({ name: LocalizedTextOutput, url: z.string() });
const Quiz = z.object({
  passPercent: z.number().int(),
  questions: z.array(
    z.object({
      prompt: LocalizedTextOutput,
      options: z.array(LocalizedTextOutput),
      correct: z.array(z.number().int()),
    }),
  ),
});

export const CourseModule = z
  .object({
    id: Uuid,
    position: z.number().int(),
    title: LocalizedTextOutput,
    body: LocalizedTextOutput.nullable(),
    videoUrl: z.string().nullable(),
    materials: z.array(Material),
    quiz: Quiz.nullable(),
  })
  .openapi("CourseModule");

const courseFields = {
  id: Uuid,
  title: LocalizedTextOutput,
  summary: LocalizedTextOutput.nullable(),
  programId: Uuid.nullable(),
  isPublished: z.boolean(),
  selfEnrollment: z.boolean(),
  opensAt: z.string().nullable(),
};

export const Course = z
  .object({ ...courseFields, moduleCount: z.number().int(), enrollmentCount: z.number().int() })
  .openapi("Course");

export const CourseDetail = z.object({ ...courseFields, modules: z.array(CourseModule) }).openapi("CourseDetail");

export const CourseParams = OrgParams.extend({ courseId: Uuid });
export const ModuleParams = CourseParams.extend({ moduleId: Uuid });

const PersonRef = z.object({ id: Uuid, fullName: z.string(), email: z.string().nullable() });

export const Learner = z
  .object({
    enrollmentId: Uuid,
    person: PersonRef,
    source: z.enum(courseEnrollmentSources),
    enrolledAt: z.string(),
    completedAt: z.string().nullable(),
    completedModules: z.number().int(),
  })
  .openapi("Learner");

export const CourseEnrollments = z
  .object({
    moduleCount: z.number().int(),
    learners: z.array(Learner),
    modules: z.array(
      z.object({ id: Uuid, position: z.number().int(), title: LocalizedTextOutput, completions: z.number().int() }),
    ),
  })
  .openapi("CourseEnrollments");

// ——— Public catalog ———

const Organization = z.object({ slug: z.string(), name: LocalizedTextOutput, defaultLocale: z.string() });

export const PublicCourse = z
  .object({
    id: Uuid,
    title: LocalizedTextOutput,
    summary: LocalizedTextOutput.nullable(),
    selfEnrollment: z.boolean(),
    opensAt: z.string().nullable(),
    organization: Organization,
    moduleCount: z.number().int(),
  })
  .openapi("PublicCourse");

export const PublicCourseDetail = PublicCourse.extend({
  modules: z.array(z.object({ id: Uuid, position: z.number().int(), title: LocalizedTextOutput })),
}).openapi("PublicCourseDetail");

export const PublicCoursesPage = pageOf(PublicCourse).openapi("PublicCoursesPage");
export const CatalogQuery = PageQuery;
export const OrgSlugParams = z.object({ slug: z.string().min(1).max(60) });
export const PublicCourseParams = z.object({ courseId: Uuid });

// ——— The learner's own ———

export const MyModuleParams = z.object({ moduleId: Uuid });
export const MyEnrollmentParams = z.object({ courseEnrollmentId: Uuid });

const Progress = z.object({
  completedModules: z.number().int(),
  moduleCount: z.number().int(),
  completedAt: z.string().nullable(),
});

export const MyEnrollment = z
  .object({ enrollmentId: Uuid, courseId: Uuid, enrolledAt: z.string(), ...Progress.shape })
  .openapi("MyEnrollment");

export const MyCourse = PublicCourseDetail.extend({
  enrollment: MyEnrollment.nullable(),
  completedModuleIds: z.array(Uuid),
}).openapi("MyCourse");

export const MyLearning = z
  .array(MyEnrollment.extend({ title: LocalizedTextOutput, organization: Organization }))
  .openapi("MyLearning");

/** A module as the learner reads it: the quiz without its answers. */
export const LearnerModule = z
  .object({
    id: Uuid,
    courseId: Uuid,
    courseTitle: LocalizedTextOutput,
    position: z.number().int(),
    title: LocalizedTextOutput,
    body: LocalizedTextOutput.nullable(),
    videoUrl: z.string().nullable(),
    materials: z.array(Material),
    quiz: z
      .object({
        passPercent: z.number().int(),
        questions: z.array(
          z.object({
            prompt: LocalizedTextOutput,
            options: z.array(LocalizedTextOutput),
            multiple: z.boolean().openapi({ description: "More than one option is right" }),
          }),
        ),
      })
      .nullable(),
    completion: z.object({ completedAt: z.string(), quizScore: z.number().int().nullable() }).nullable(),
    nextModuleId: Uuid.nullable(),
  })
  .openapi("LearnerModule");

export const CompleteModuleInput = z.object({
  answers: z
    .array(z.array(z.number().int().min(0).max(11)).max(12))
    .max(50)
    .optional()
    .openapi({ description: "Per quiz question, the indexes of the chosen options" }),
});

export const ModuleResult = z
  .object({
    completed: z.boolean(),
    quizScore: z.number().int().nullable(),
    passPercent: z.number().int().nullable(),
    progress: Progress,
  })
  .openapi("ModuleResult");

export const Certificate = z
  .object({
    verificationCode: Uuid,
    learnerName: z.string(),
    learnerLocale: z.string(),
    courseTitle: LocalizedTextOutput,
    organizationName: LocalizedTextOutput,
    organizationLocale: z.string(),
    completedAt: z.string(),
  })
  .openapi("Certificate");

export type CourseInput = z.infer<typeof CourseInput>;
export type ModuleInput = z.infer<typeof ModuleInput>;
