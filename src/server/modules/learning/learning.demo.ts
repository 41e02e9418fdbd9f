/**
 * The Social Innovation Academy's free online course as its 2018 results summary describes it: seven
 * modules, opened on 10 September 2018, 2,743 enrollments (the summary's "more than 2,700") by the end of
 * the year from all five partner countries; fewer learners finish each later module.
 */

import { and, eq } from "drizzle-orm";
import type { LocalizedText } from "../../../shared/localized-text.ts";
import type { DemoWorkspace } from "../../demo/demo-context.ts";
import { demoOrganization } from "../../demo/demo-context.ts";
import { generatePeople, insertInChunks, insertPeople, seededRandom } from "../../demo/demo-records.ts";
import { programs } from "../programs/programs.tables.ts";
import { courseEnrollments, courseModules, courses, moduleCompletions } from "./learning.tables.ts";

const academyModules: { title: LocalizedText; body: LocalizedText }[] = [
  {
    title: { sl: "Aktivni državljan", en: "The active citizen" },
    body: {
      sl: "## Od opazovalca do pobudnika\n\nKako prepoznamo družbeni izziv v svoji skupnosti in kdo vse lahko sodeluje pri rešitvi.",
      en: "## From bystander to initiator\n\nHow to recognise a social challenge in your community and who can take part in solving it.",
    },
  },
  {
    title: { sl: "Razumevanje družbenih izzivov", en: "Understanding social challenges" },
    body: {
      sl: "## Vzroki in posledice\n\nKartiranje deležnikov, pogovori z ljudmi, ki jih izziv zadeva, in iskanje vzrokov.",
      en: "## Causes and effects\n\nMapping stakeholders, talking to the people a challenge affects and finding its causes.",
    },
  },
  {
    title: { sl: "Oblikovanje rešitev", en: "Designing solutions" },
    body: {
      sl: "## Design thinking\n\nOd ideje do prototipa: hitro preizkušanje z uporabniki.",
      en: "## Design thinking\n\nFrom idea to prototype: testing early with the people it serves.",
    },
  },
  {
    title: { sl: "Poslovni modeli družbenih inovacij", en: "Business models for social innovation" },
    body: {
      sl: "## Vrednost za skupnost\n\nKanvas družbenega poslovnega modela in viri prihodkov.",
      en: "## Value for the community\n\nThe social business model canvas and sources of income.",
    },
  },
  {
    title: { sl: "Financiranje", en: "Funding" },
    body: {
      sl: "## Od donacij do vlagateljev\n\nJavni razpisi, množično financiranje, družbene naložbe.",
      en: "## From donations to investors\n\nPublic calls, crowdfunding and social investment.",
    },
  },
  {
    title: { sl: "Izvajanje in širjenje", en: "Implementation and scaling" },
    body: {
      sl: "## Od pilota do programa\n\nPartnerstva z občinami, podjetji in nevladnimi organizacijami.",
      en: "## From pilot to programme\n\nPartnerships with municipalities, businesses and NGOs.",
    },
  },
  {
    title: { sl: "Merjenje učinka", en: "Measuring impact" },
    body: {
      sl: "## Kaj se je spremenilo?\n\nKazalniki, zgodbe in poročanje financerjem.",
      en: "## What has changed?\n\nIndicators, stories and reporting to funders.",
    },
  },
];

/** Learners per country by the end of 2018: 2,743 in all. */
const learnersByCountry: Record<string, number> = { SI: 842, HR: 498, HU: 471, IT: 503, PL: 429 };
/** Share of learners who completed each module, first to seventh. */
const completionShare = [0.71, 0.55, 0.46, 0.39, 0.33, 0.27, 0.23];

const courseOpens = Date.UTC(2018, 8, 10, 8);
const yearEnds = Date.UTC(2018, 11, 31, 12);
const day = 86_400_000;

export async function buildLearningDemo(workspace: DemoWorkspace) {
  const ctx = demoOrganization(workspace, "si-academy-slovenia");
  const { db, organizationId } = ctx;
  const [program] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.organizationId, organizationId), eq(programs.type, "academy")));
  const [course] = await db
    .insert(courses)
    .values({
      organizationId,
      programId: program?.id,
      title: { sl: "Akademija družbenih inovacij", en: "Social Innovation Academy" },
      summary: {
        sl: "Brezplačen spletni tečaj v sedmih modulih skozi celoten cikel družbenih inovacij – od aktivnega državljana do lastnih rešitev.",
        en: "A free online course in seven modules through the whole cycle of social innovation – from active citizen to one's own solutions.",
      },
      isPublished: true,
      selfEnrollment: true,
      opensAt: new Date(courseOpens),
    })
    .returning();
  const modules = await db
    .insert(courseModules)
    .values(
      academyModules.map((module, index) => ({ organizationId, courseId: course.id, position: index + 1, ...module })),
    )
    .returning({ id: courseModules.id });

  const learners = Object.entries(learnersByCountry).flatMap(([country, count]) =>
    generatePeople(country, count, "learner"),
  );
  const personIds = await insertPeople(db, organizationId, learners);
  const random = seededRandom(2018);
  // Most enroll in the first weeks after the launch, the rest until the end of the year.
  const enrolledAt = personIds.map(() => new Date(courseOpens + (yearEnds - courseOpens) * random() ** 2));
  const enrollmentIds: string[] = [];
  await insertInChunks(
    personIds.map((personId, index) => ({ personId, index })),
    async (chunk) => {
      const rows = await db
        .insert(courseEnrollments)
        .values(
          chunk.map(({ personId, index }) => ({
            organizationId,
            courseId: course.id,
            personId,
            source: "self" as const,
            enrolledAt: enrolledAt[index],
            completedAt:
              completedModules(index, personIds.length) === modules.length
                ? finishedAt(enrolledAt[index], modules.length)
                : null,
          })),
        )
        .returning({ id: courseEnrollments.id });
      enrollmentIds.push(...rows.map((row) => row.id));
    },
  );
  const completions = enrollmentIds.flatMap((enrollmentId, index) =>
    modules.slice(0, completedModules(index, enrollmentIds.length)).map((module, position) => ({
      organizationId,
      enrollmentId,
      moduleId: module.id,
      completedAt: finishedAt(enrolledAt[index], position + 1),
    })),
  );
  await insertInChunks(completions, (chunk) => db.insert(moduleCompletions).values(chunk));
}

/** Learner `index` completes the first n modules, n falling with the shares above (interleaved over countries). */
function completedModules(index: number, total: number) {
  const rank = (index * 7919) % total;
  return completionShare.filter((share) => rank < share * total).length;
}

/** A module a week after enrolling. */
function finishedAt(enrolledAt: Date, modulesDone: number) {
  return new Date(enrolledAt.getTime() + modulesDone * 7 * day);
}
