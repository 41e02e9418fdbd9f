import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { catalog, type Locale, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const academy = "si-academy-slovenia";

/** The learner's name is in another script than the interface, so the certificate must isolate it. */
const learners: Record<"en" | "he", string> = { en: "נועה כהן", he: "ნინო ბერიძე" };

describe.each<{ locale: "en" | "he" }>([{ locale: "en" }, { locale: "he" }])("in $locale", ({ locale }) => {
  const t = catalog(locale as Locale);
  const shot = (page: Page, step: string) => screenshot(page, `learner-completes-a-course-${step}-${locale}`);

  test("staff build a course with a quiz; a learner enrolls, passes it on a second try and prints the certificate", async () => {
    const run = uniqueSuffix();
    const courseTitle = { en: `Working across borders ${run}`, he: `עבודה מעבר לגבולות ${run}` };
    const moduleTitles = { en: ["Why cooperate", "Check yourself"], he: ["למה לשתף פעולה", "בדקו את עצמכם"] };
    const quiz = { prompt: { en: "Which river forms the border?", he: "איזה נהר יוצר את הגבול?" } };
    const options = { en: ["The Mura", "The Thames"], he: ["המורה", "התמזה"] };

    // Staff of the academy create the course, published and open to self-enrollment.
    const staff = await newPage({ locale });
    await signIn(staff);
    const orgId = await organizationId(staff, academy);
    await staff.goto(`${baseUrl}/orgs/${orgId}`);
    await staff
      .getByRole("navigation", { name: t("nav.label") })
      .getByRole("link", { name: t("nav.courses") })
      .click();
    await staff.getByRole("heading", { level: 1, name: t("learning.courses.title") }).waitFor();
    await staff.getByRole("button", { name: t("learning.courses.new") }).click();
    const titleGroup = staff.getByRole("group", { name: t("learning.course.titleField"), exact: true });
    await titleGroup.getByLabel("English").fill(courseTitle.en);
    await titleGroup.getByLabel("עברית").fill(courseTitle.he);
    await staff.getByRole("checkbox", { name: t("learning.course.published") }).check({ force: true });
    await staff.getByRole("button", { name: t("learning.course.create") }).click();
    await staff.getByRole("heading", { level: 1, name: courseTitle[locale] }).waitFor();
    const courseId = /\/courses\/([0-9a-f-]{36})/.exec(staff.url())?.[1] as string;

    // Two modules: Markdown text (with a script that must stay text), then a one-question quiz.
    await addModule(staff, moduleTitles[locale][0], async () => {
      await staff
        .getByRole("group", { name: t("learning.module.body") })
        .getByLabel(locale === "he" ? "עברית" : "English")
        .fill("# Cooperation\n\n**Neighbours** share rivers.\n\n<script>window.hacked = true</script>");
      await staff.getByLabel(t("learning.module.videoUrl")).fill("https://video.example.org/cooperation");
    });
    await addModule(staff, moduleTitles[locale][1], async () => {
      await staff.getByRole("button", { name: t("learning.quizEditor.add") }).click();
      await staff.getByLabel(t("learning.quizEditor.prompt", { number: 1 }), { exact: true }).fill(quiz.prompt[locale]);
      await staff
        .getByLabel(t("learning.quizEditor.option", { question: 1, number: 1 }), { exact: true })
        .fill(options[locale][0]);
      await staff
        .getByLabel(t("learning.quizEditor.option", { question: 1, number: 2 }), { exact: true })
        .fill(options[locale][1]);
    });
    await shot(staff, "01-course-editor");

    // A visitor finds the course without signing in, signs up on its page and enrolls.
    const learner = await newPage({ locale });
    await learner.goto(`${baseUrl}/courses?org=${academy}`);
    await learner.getByRole("heading", { level: 1, name: t("learning.catalog.title") }).waitFor();
    await learner.getByRole("link", { name: courseTitle[locale] }).click();
    await learner.waitForURL(`${baseUrl}/courses/${courseId}`);
    await learner.getByRole("heading", { level: 1, name: courseTitle[locale] }).waitFor();
    await learner.getByText(t("learning.course.signUpToEnroll")).waitFor();
    await learner.getByLabel(t("auth.name"), { exact: true }).fill(learners[locale]);
    await learner.getByLabel(t("auth.email"), { exact: true }).fill(`learner-${run}-${locale}@example.org`);
    await learner.getByLabel(t("auth.password"), { exact: true }).fill("river-border-2026");
    await learner.getByRole("button", { name: t("auth.signUp"), exact: true }).click();
    await learner.getByRole("button", { name: t("learning.course.enroll") }).click();
    await learner.getByText(t("learning.progress.value", { done: 0, total: 2 })).waitFor();
    await shot(learner, "02-enrolled");

    // The first module renders its Markdown and keeps the script as nothing that runs.
    await learner.getByRole("link", { name: moduleTitles[locale][0] }).click();
    await learner.getByRole("heading", { level: 2, name: "Cooperation" }).waitFor();
    expect(await learner.locator("main script").count()).toBe(0);
    expect(await learner.evaluate(() => (window as { hacked?: boolean }).hacked)).toBeUndefined();
    await learner.getByRole("link", { name: t("learning.module.watchVideo") }).waitFor();
    await shot(learner, "03-module-text");
    await learner.getByRole("button", { name: t("learning.module.markComplete") }).click();
    await learner.getByText(t("learning.progress.value", { done: 1, total: 2 })).waitFor();
    await learner.getByRole("link", { name: t("learning.module.next") }).click();

    // A wrong answer scores 0% and leaves the module open; the right one completes it and the course.
    const question = t("learning.quiz.question", { number: 1, prompt: quiz.prompt[locale] });
    const answers = learner.getByRole("radiogroup", { name: question });
    await answers.getByRole("radio", { name: options[locale][1] }).check({ force: true });
    await learner.getByRole("button", { name: t("learning.quiz.submit") }).click();
    await learner.getByText(t("learning.quiz.failed", { score: 0, pass: 70 })).waitFor();
    await shot(learner, "04-quiz-failed");
    await answers.getByRole("radio", { name: options[locale][0] }).check({ force: true });
    await learner.getByRole("button", { name: t("learning.quiz.submit") }).click();
    await learner.getByText(t("learning.quiz.passed", { score: 100, pass: 70 })).waitFor();
    await learner.getByRole("link", { name: t("learning.module.courseDone") }).click();

    // The certificate: the learner's name in its own script, the course, the date in the viewer's language.
    await learner.getByRole("link", { name: t("learning.certificate.open") }).click();
    const certificate = learner.getByRole("article", { name: t("learning.certificate.title") });
    await certificate.waitFor();
    expect(await certificate.getAttribute("dir")).toBe(locale === "he" ? "rtl" : "ltr");
    await certificate.locator("bdi", { hasText: learners[locale] }).waitFor();
    await certificate.getByText(courseTitle[locale]).waitFor();
    const today = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date());
    await certificate.getByText(t("learning.certificate.completedOn", { date: today })).waitFor();
    await shot(learner, "05-certificate");

    // Staff see the learner's progress and one completion per module.
    await staff.getByRole("tab", { name: t("learning.learners.title") }).click();
    await staff.getByRole("cell", { name: learners[locale] }).waitFor();
    await staff.getByRole("cell", { name: t("learning.progress.value", { done: 2, total: 2 }) }).waitFor();
    await shot(staff, "06-learners");
  });

  async function addModule(staff: Page, title: string, fillRest: () => Promise<void>) {
    await staff.getByRole("button", { name: t("learning.module.add") }).click();
    await staff
      .getByRole("group", { name: t("learning.module.titleField"), exact: true })
      .getByLabel(locale === "he" ? "עברית" : "English")
      .fill(title);
    await fillRest();
    await staff.getByRole("button", { name: t("learning.module.add") }).click();
    await staff.getByRole("button", { name: t("learning.module.moveUp", { title }) }).waitFor();
  }
});
