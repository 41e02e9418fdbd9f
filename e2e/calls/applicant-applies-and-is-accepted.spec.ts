import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { organizationApi } from "../support/api.ts";
import { catalog, isolated, uniqueSuffix } from "../support/catalog.ts";
import { fillDateTime } from "../support/date-fields.ts";
import { baseUrl, demoAdmin, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const fellowship = "kivunim-ashdod";
const fellowshipTimeZone = "Asia/Jerusalem";

/** Staff work in Hebrew, the applicant reads and writes in Georgian. */
const staffT = catalog("he");
const applicantT = catalog("ka");
const shot = (page: Page, step: string, locale: "he" | "ka") =>
  screenshot(page, `applicant-applies-and-is-accepted-${step}-${locale}`);

/** A calendar day `days` from today where the fellowship works, split as the date field's segments take it. */
function dayFromToday(days: number) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: fellowshipTimeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const wordLimit = 12;
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const motivation = {
  fits: "მინდა ჩემს უბანში ახალგაზრდებისთვის საზოგადოებრივი ბაღი გავაშენო",
  tooLong:
    "მინდა ჩემს უბანში ახალგაზრდებისთვის საზოგადოებრივი ბაღი გავაშენო, სადაც მეზობლები ერთად დარგავენ ხეებს, ისწავლიან და ზაფხულში კინოს უყურებენ",
};

describe("a public applicant", () => {
  test("applies in Georgian to a call staff built in Hebrew, is reviewed with a rubric, and is accepted into the cohort", async () => {
    const run = uniqueSuffix();
    const cohortName = { he: `מחזור גיוס ${run}`, en: `Recruitment cohort ${run}` };
    const callTitle = { he: `קול קורא לעמיתים ${run}`, ka: `სტიპენდიის კონკურსი ${run}` };
    const callDescription = {
      he: "שנת עמיתות לסטודנטים מקומיים: מרכז הערכה, ראיון אישי והצגת מיזם.",
      ka: "სტიპენდიის წელი ადგილობრივი სტუდენტებისთვის: შეფასების ცენტრი, გასაუბრება და პროექტის წარდგენა.",
    };
    const questions = {
      motivation: { he: "למה את/ה רוצה להצטרף?", ka: "რატომ გსურთ შემოგვიერთდეთ?" },
      year: { he: "שנת לימודים", ka: "სასწავლო წელი" },
      years: [
        { value: "first", he: "שנה ראשונה", ka: "პირველი კურსი" },
        { value: "later", he: "שנה שנייה ומעלה", ka: "მეორე კურსი ან უფრო მაღალი" },
      ],
      consent: {
        he: "אני מסכים/ה לעיבוד הנתונים שלי לצורך המיון",
        ka: "ვეთანხმები ჩემი მონაცემების დამუშავებას შერჩევისთვის",
      },
    };
    const applicant = { name: "ნინო ბერიძე", email: `nino.${run}@example.ge`, password: "მზე ამოდის 2026 წელს!" };

    // Staff, in Hebrew, open a cohort of the fellowship for the call to fill.
    const staff = await newPage({ locale: "he" });
    await signIn(staff);
    const orgId = await organizationId(staff, fellowship);
    const api = organizationApi(staff, orgId);
    const programs: { id: string; type: string }[] = await api("GET", "/programs");
    const program = programs.find((candidate) => candidate.type === "fellowship") ?? programs[0];
    const cohort = await api("POST", "/cohorts", {
      programId: program.id,
      name: cohortName,
      startsOn: dayFromToday(40),
      endsOn: dayFromToday(300),
      capacity: 20,
    });

    // The call: its cohort, a title and description in Hebrew and Georgian, open since yesterday for a month.
    await staff.goto(`${baseUrl}/orgs/${orgId}`);
    await staff
      .getByRole("navigation", { name: staffT("nav.label") })
      .getByRole("link", { name: staffT("nav.calls") })
      .click();
    await staff.getByRole("heading", { level: 1, name: staffT("calls.title") }).waitFor();
    await staff.getByRole("button", { name: staffT("calls.new") }).click();
    await staff.getByRole("button", { name: staffT("calls.form.cohort") }).click();
    await staff.getByRole("option", { name: cohortName.he }).click();
    const title = staff.getByRole("group", { name: staffT("calls.form.title"), exact: true });
    await title.getByLabel("עברית").fill(callTitle.he);
    await title.getByLabel("ქართული").fill(callTitle.ka);
    const description = staff.getByRole("group", { name: staffT("calls.form.description"), exact: true });
    await description.getByLabel("עברית").fill(callDescription.he);
    await description.getByLabel("ქართული").fill(callDescription.ka);
    await fillDateTime(staff, staffT("calls.form.opensAt"), dayFromToday(-1), "09:00");
    await fillDateTime(staff, staffT("calls.form.closesAt"), dayFromToday(30), "18:00");

    // Its form, written in Hebrew first: a long answer of at most 12 words, a single choice and a consent.
    const question = (number: number) =>
      staff.getByRole("listitem").filter({ hasText: staffT("calls.builder.question", { number }) });
    for (const [index, type] of (["long_text", "single_choice", "consent"] as const).entries()) {
      await staff.getByRole("button", { name: staffT("calls.builder.add") }).click();
      await question(index + 1)
        .getByRole("button", { name: staffT("calls.builder.type") })
        .click();
      await staff.getByRole("option", { name: staffT(`calls.fieldType.${type}`), exact: true }).click();
      await question(index + 1)
        .getByRole("checkbox", { name: staffT("calls.builder.required") })
        .check({ force: true });
    }
    await fillNumber(question(1), staffT("calls.builder.maxWords"), wordLimit);
    const keys = ["motivation", "study_year", "data_consent"];
    for (const [index, key] of keys.entries()) {
      await question(index + 1)
        .getByLabel(staffT("calls.builder.key"), { exact: true })
        .fill(key);
    }
    await staff.getByRole("button", { name: staffT("calls.builder.addOption") }).click();
    for (const [index, option] of questions.years.entries()) {
      await question(2)
        .getByLabel(staffT("calls.builder.optionValue", { number: index + 1 }))
        .fill(option.value);
    }
    // Then the same labels in Georgian: the builder writes one language at a time.
    for (const locale of ["he", "ka"] as const) {
      if (locale === "ka") {
        await staff.getByRole("button", { name: staffT("calls.builder.language") }).click();
        await staff.getByRole("option", { name: "ქართული" }).click();
      }
      const language = locale === "he" ? "עברית" : "ქართული";
      const labelOf = staffT("calls.builder.label", { language });
      await question(1).getByLabel(labelOf).fill(questions.motivation[locale]);
      await question(2).getByLabel(labelOf).fill(questions.year[locale]);
      await question(3).getByLabel(labelOf).fill(questions.consent[locale]);
      for (const [index, option] of questions.years.entries()) {
        await question(2)
          .getByLabel(staffT("calls.builder.optionLabel", { number: index + 1, language }))
          .fill(option[locale]);
      }
    }
    await shot(staff, "01-new-call", "he");
    await staff.getByRole("button", { name: staffT("calls.form.create") }).click();

    // Drafted, then published: the call page says it is open.
    await staff.getByRole("heading", { level: 1, name: callTitle.he }).waitFor();
    const callId = new URL(staff.url()).pathname.split("/").at(-1) as string;
    await staff.getByRole("button", { name: staffT("calls.publish") }).click();
    await staff.getByText(staffT("calls.status.open"), { exact: true }).waitFor();
    await staff.getByText(staffT("calls.questionCount", { count: 3 }), { exact: true }).waitFor();
    const saved = await api("GET", `/calls/${callId}`);
    expect(saved.fields.map((field: { key: string; type: string }) => [field.key, field.type])).toEqual([
      ["motivation", "long_text"],
      ["study_year", "single_choice"],
      ["data_consent", "consent"],
    ]);
    expect(saved.fields[0].maxWords).toBe(wordLimit);
    await shot(staff, "02-call-published", "he");

    // A visitor reading Georgian finds the call among the open calls, without signing in.
    const visitor = await newPage({ locale: "ka" });
    await visitor.goto(`${baseUrl}/calls`);
    await visitor.getByRole("heading", { level: 1, name: applicantT("calls.public.title") }).waitFor();
    await visitor.getByRole("link", { name: callTitle.ka }).click();
    await visitor.getByRole("heading", { level: 1, name: callTitle.ka }).waitFor();
    await visitor.getByText(callDescription.ka).waitFor();
    await visitor.getByText(applicantT("calls.public.signUpToApply")).waitFor();

    // Signing up: an address that has an account is refused, so is a short password; then the account is made.
    const nameInput = visitor.getByLabel(applicantT("auth.name"), { exact: true });
    const emailInput = visitor.getByLabel(applicantT("auth.email"), { exact: true });
    const passwordInput = visitor.getByLabel(applicantT("auth.password"), { exact: true });
    const signUp = visitor.getByRole("button", { name: applicantT("auth.signUp"), exact: true });
    await nameInput.fill(applicant.name);
    await emailInput.fill(demoAdmin);
    await passwordInput.fill(applicant.password);
    await visitor.getByText(applicantT("auth.passwordStrength.strong")).waitFor();
    await signUp.click();
    await visitor.getByText(applicantT("errors.accountExists")).waitFor();
    await emailInput.fill(applicant.email);
    const shortPassword = "მზე2026";
    await passwordInput.fill(shortPassword);
    await visitor.getByText(applicantT("auth.passwordNeedsMore", { count: 10 - shortPassword.length })).waitFor();
    await signUp.click();
    await visitor.getByText(applicantT("errors.passwordTooShort")).waitFor();
    await shot(visitor, "03-sign-up-refused", "ka");
    await passwordInput.fill(applicant.password);
    await signUp.click();

    // Signed up is signed in: the form is there, in Georgian, and a first answer is kept as a draft.
    const saveDraft = visitor.getByRole("button", { name: applicantT("applications.form.saveDraft") });
    await saveDraft.waitFor();
    await visitor.getByLabel(questions.motivation.ka).fill(motivation.fits);
    await visitor
      .getByText(applicantT("applications.form.wordsOf", { count: words(motivation.fits), max: wordLimit }), {
        exact: true,
      })
      .waitFor();
    await visitor.getByRole("radio", { name: questions.years[0].ka }).check({ force: true });
    await saveDraft.click();
    const savedNotice = applicantT("applications.form.saved", { time: "\u0000" }).split("\u0000")[0];
    await visitor.getByRole("status").filter({ hasText: savedNotice }).waitFor();
    await shot(visitor, "04-draft-saved", "ka");
    await visitor.context().close();

    // Another day, another browser: signing in from the call's page returns to it, with the draft.
    const applicantPage = await newPage({ locale: "ka" });
    await applicantPage.goto(`${baseUrl}/calls/${callId}`);
    await applicantPage.getByRole("link", { name: applicantT("calls.public.signIn") }).click();
    await applicantPage.getByRole("link", { name: applicantT("auth.createAccount") }).waitFor();
    await applicantPage.getByLabel(applicantT("auth.email"), { exact: true }).fill(applicant.email);
    await applicantPage.getByLabel(applicantT("auth.password"), { exact: true }).fill(applicant.password);
    await applicantPage.getByRole("button", { name: applicantT("auth.signIn"), exact: true }).click();
    await applicantPage.waitForURL(`${baseUrl}/calls/${callId}`);
    const answer = applicantPage.getByLabel(questions.motivation.ka);
    await expect.poll(() => answer.inputValue()).toBe(motivation.fits);
    expect(await applicantPage.getByRole("radio", { name: questions.years[0].ka }).isChecked()).toBe(true);

    // Too many words are refused at the answer itself; a shorter answer goes through.
    await applicantPage.getByRole("checkbox", { name: questions.consent.ka }).check({ force: true });
    await answer.fill(motivation.tooLong);
    await applicantPage
      .getByText(applicantT("applications.form.wordsOf", { count: words(motivation.tooLong), max: wordLimit }), {
        exact: true,
      })
      .waitFor();
    const submit = applicantPage.getByRole("button", { name: applicantT("applications.form.submit") });
    await submit.click();
    await applicantPage.getByText(applicantT("errors.tooManyWords"), { exact: true }).waitFor();
    await shot(applicantPage, "05-too-many-words", "ka");
    await answer.fill(motivation.fits);
    await submit.click();
    await applicantPage.getByText(applicantT("applications.form.submitted"), { exact: true }).waitFor();
    await shot(applicantPage, "06-submitted", "ka");

    // Staff set a review stage with a one-criterion rubric and move the submitted application into it.
    const stageName = `סינון ${run}`;
    const criterionName = "התאמה לתוכנית";
    await staff.getByRole("link", { name: staffT("reviews.setup.title") }).click();
    await staff.getByLabel(staffT("reviews.setup.stageName", { language: "עברית" })).fill(stageName);
    await staff.getByLabel(staffT("reviews.setup.criterionName", { language: "עברית" })).fill(criterionName);
    await staff.getByRole("button", { name: staffT("reviews.setup.save") }).click();
    await staff
      .getByRole("button", { name: staffT("reviews.start.button", { count: 1, stage: isolated(stageName) }) })
      .click();
    await staff.getByText(staffT("reviews.moved.advance", { count: 1 })).waitFor();
    await staff.getByRole("link").filter({ hasText: stageName }).click();

    // In the stage view they assign a reviewer, themselves, to the application.
    await staff
      .getByRole("heading", { level: 1, name: staffT("reviews.stage.title", { number: 1, name: isolated(stageName) }) })
      .waitFor();
    await staff.getByRole("checkbox", { name: staffT("reviews.stage.select", { name: applicant.name }) }).check({
      force: true,
    });
    const reviewers: { name: string; email: string; role: "owner" | "admin" }[] = await api("GET", "/reviewers");
    const reviewer = reviewers.find((candidate) => candidate.email === demoAdmin);
    if (!reviewer) throw new Error("The demo administrator reviews in the fellowship");
    await staff.getByRole("button", { name: staffT("reviews.assign.button") }).click();
    const dialog = staff.getByRole("dialog");
    await dialog
      .getByRole("checkbox", { name: `${reviewer.name} · ${staffT(`reviews.role.${reviewer.role}`)}` })
      .check({ force: true });
    await dialog.getByRole("button", { name: staffT("reviews.assign.submit", { count: 1 }) }).click();
    await dialog.getByText(staffT("reviews.assign.done")).waitFor();
    await dialog.getByRole("button", { name: staffT("reviews.close") }).click();
    const stagePath = new URL(staff.url()).pathname;

    // As the reviewer, they score the application with the rubric.
    await staff.goto(`${baseUrl}/orgs/${orgId}/reviews`);
    await staff.getByRole("link", { name: applicant.name, exact: true }).click();
    await staff.getByText(criterionName).waitFor();
    await staff.getByRole("radio", { name: "4", exact: true }).check({ force: true });
    await staff.getByRole("button", { name: staffT("reviews.score.save") }).click();
    await staff.getByText(staffT("reviews.score.saved")).waitFor();
    await shot(staff, "07-scoring", "he");

    // The stage ranking shows the score.
    await staff.goto(`${baseUrl}${stagePath}`);
    const ranked = staff.getByRole("row").filter({ hasText: applicant.name });
    await ranked.getByText(new Intl.NumberFormat("he", { minimumFractionDigits: 2 }).format(4)).waitFor();
    await ranked.getByText(reviewer.name).waitFor();
    await shot(staff, "08-stage-ranking", "he");

    // Staff see the application on the call page and accept it.
    await staff.goto(`${baseUrl}/orgs/${orgId}/calls/${callId}`);
    const applicantButton = staff.getByRole("button", { name: applicant.name, exact: true });
    await applicantButton.click();
    await staff.getByText(motivation.fits).waitFor();
    await staff.getByRole("button", { name: staffT("applications.accept"), exact: true }).click();
    await staff.getByText(staffT("applications.decided.accepted"), { exact: true }).waitFor();
    await shot(staff, "09-accepted", "he");

    // The applicant reads "accepted" among their applications.
    await applicantPage.goto(`${baseUrl}/my/applications`);
    const row = applicantPage.getByRole("row").filter({ hasText: callTitle.ka });
    await row.getByText(applicantT("applications.status.accepted"), { exact: true }).waitFor();
    await shot(applicantPage, "10-my-applications", "ka");

    // The cohort's roster has the new participant.
    await staff.goto(`${baseUrl}/orgs/${orgId}/cohorts/${cohort.id}`);
    await staff.getByRole("heading", { level: 1, name: cohortName.he }).waitFor();
    await staff.getByRole("heading", { name: staffT("enrollments.group.participants", { count: 1 }) }).waitFor();
    await staff.getByRole("row").filter({ hasText: applicant.name }).waitFor();
    const enrolled = await api("GET", `/cohorts/${cohort.id}/enrollments`);
    expect(enrolled.map((enrollment: { name: string }) => enrollment.name)).toEqual([applicant.name]);
    await shot(staff, "11-cohort-roster", "he");
  });
});

/** React Aria number fields take the typed number when they lose focus. */
async function fillNumber(scope: Locator, label: string, value: number) {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.blur();
}
