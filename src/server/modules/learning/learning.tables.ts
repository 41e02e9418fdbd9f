/** The learning academy: courses of ordered modules (with an optional quiz), enrollments, module completions. */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import { user } from "../../auth/auth.tables.ts";
import { createdAt, id, localizedText, updatedAt } from "../../db/columns.ts";
import { organizationRef } from "../organizations/organizations.tables.ts";
import { people } from "../people/people.tables.ts";
import { programs } from "../programs/programs.tables.ts";

export const courseEnrollmentSources = ["self", "staff", "import"] as const;
export type CourseEnrollmentSource = (typeof courseEnrollmentSources)[number];

export type CourseMaterial = { name: LocalizedText; url: string };
export type QuizQuestion = { prompt: LocalizedText; options: LocalizedText[]; correct: number[] };
export type Quiz = { passPercent: number; questions: QuizQuestion[] };

export const courses = pgTable(
  "courses",
  {
    id: id(),
    organizationId: organizationRef(),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
    title: localizedText("title").notNull(),
    summary: localizedText("summary"),
    /** In the public catalog; events of any organization may deliver its modules. */
    isPublished: boolean("is_published").notNull().default(false),
    /** Free courses take self-enrollment; others are enrolled by staff. */
    selfEnrollment: boolean("self_enrollment").notNull().default(true),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("courses_organization_idx").on(table.organizationId, table.createdAt)],
);

export const courseModules = pgTable(
  "course_modules",
  {
    id: id(),
    organizationId: organizationRef(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: localizedText("title").notNull(),
    /** Rich text per locale (Markdown, rendered sanitized). */
    body: localizedText("body"),
    videoUrl: text("video_url"),
    materials: jsonb("materials").$type<CourseMaterial[]>().notNull().default([]),
    quiz: jsonb("quiz").$type<Quiz>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    unique("course_modules_one_per_position").on(table.courseId, table.position),
    check("course_modules_position_positive", sql`${table.position} > 0`),
  ],
);

export const courseEnrollments = pgTable(
  "course_enrollments",
  {
    id: id(),
    organizationId: organizationRef(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    source: text("source").$type<CourseEnrollmentSource>().notNull(),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the course's completion rule is met (every module completed). */
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [
    unique("course_enrollments_one_per_person").on(table.courseId, table.personId),
    index("course_enrollments_course_idx").on(table.organizationId, table.courseId, table.enrolledAt),
    check("course_enrollments_source_known", sql`${table.source} in ('self','staff','import')`),
  ],
);

export const moduleCompletions = pgTable(
  "module_completions",
  {
    id: id(),
    organizationId: organizationRef(),
    enrollmentId: uuid("enrollment_id")
      .notNull()
      .references(() => courseEnrollments.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => courseModules.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Percent of quiz answers right, when the module has a quiz. */
    quizScore: integer("quiz_score"),
  },
  (table) => [
    unique("module_completions_one_per_module").on(table.enrollmentId, table.moduleId),
    index("module_completions_module_idx").on(table.organizationId, table.moduleId, table.completedAt),
    check("module_completions_score_percent", sql`${table.quizScore} is null or ${table.quizScore} between 0 and 100`),
  ],
);
