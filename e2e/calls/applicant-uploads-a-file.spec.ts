import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { apiRequest, organizationApi } from "../support/api.ts";
import { catalog, uniqueSuffix } from "../support/catalog.ts";
import { baseUrl, openBrowserPerFile, organizationId, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

const staffT = catalog("en");
const applicantT = catalog("he");
const shot = (page: Page, step: string, locale: "en" | "he") =>
  screenshot(page, `applicant-uploads-a-file-${step}-${locale}`);

const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A Windows program named like a PDF: the server reads its first bytes, not its name. */
const program = { name: "קורות חיים.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\x90\x00 not a PDF") };
const resume = {
  name: "קורות חיים של נועה.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.7\n${"% Noa's CV\n".repeat(300)}%%EOF\n`),
};

async function chooseFile(page: Page, button: string, file: typeof resume) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles(file);
}

describe("an applicant with a file question", () => {
  test("is refused a program named .pdf at the question, uploads a real PDF, and staff download it", async () => {
    const run = uniqueSuffix();
    const staff = await newPage();
    await signIn(staff);
    const orgId = await organizationId(staff, "kivunim-ashdod");
    const api = organizationApi(staff, orgId);
    const [someProgram] = await api("GET", "/programs");
    const cohort = await api("POST", "/cohorts", {
      programId: someProgram.id,
      name: { en: `Files cohort ${run}` },
      startsOn: day(40).slice(0, 10),
      endsOn: day(300).slice(0, 10),
      capacity: 20,
    });
    const title = { en: `Residency with a CV ${run}`, he: `רזידנסי עם קורות חיים ${run}` };
    const call = await api("POST", "/calls", {
      cohortId: cohort.id,
      title,
      opensAt: day(-1),
      closesAt: day(30),
      fields: [],
    });

    // Staff add a file question in the builder: a CV, required, PDF only, at most 2 MB.
    await staff.goto(`${baseUrl}/orgs/${orgId}/calls/${call.id}`);
    await staff.getByRole("button", { name: staffT("calls.edit") }).click();
    await staff.getByRole("button", { name: staffT("calls.builder.add") }).click();
    const question = staff.getByRole("listitem").filter({ hasText: staffT("calls.builder.question", { number: 1 }) });
    await question.getByRole("button", { name: staffT("calls.builder.type") }).click();
    await staff.getByRole("option", { name: staffT("calls.fieldType.file"), exact: true }).click();
    await question.getByLabel(staffT("calls.builder.key"), { exact: true }).fill("cv");
    await question.getByRole("checkbox", { name: staffT("calls.builder.required") }).check({ force: true });
    await question.getByLabel(staffT("calls.builder.label", { language: "English" })).fill("Your CV");
    const size = question.getByLabel(staffT("calls.builder.maxFileMb"), { exact: true });
    await size.fill("2");
    await size.blur();
    const kinds = question.getByRole("group", { name: staffT("calls.builder.fileKinds") });
    for (const kind of ["doc", "docx", "odt", "xlsx", "jpg", "png"] as const) {
      await kinds.getByRole("checkbox", { name: staffT(`calls.fileKind.${kind}`) }).uncheck({ force: true });
    }
    await shot(staff, "01-file-question", "en");
    await staff.getByRole("button", { name: staffT("calls.form.save") }).click();
    await expect
      .poll(async () => (await api("GET", `/calls/${call.id}`)).fields)
      .toEqual([
        expect.objectContaining({ key: "cv", type: "file", required: true, maxFileMb: 2, fileKinds: ["pdf"] }),
      ]);
    await api("POST", `/calls/${call.id}/publish`);

    // An applicant reading Hebrew signs up and opens the call's form.
    const applicant = await newPage({ locale: "he" });
    await applicant.goto(`${baseUrl}/calls/${call.id}`);
    await apiRequest(applicant, "POST", "/api/auth/sign-up/email", {
      name: "נועה כהן",
      email: `noa.${run}@example.org`,
      password: "a-long-enough-password",
    });
    await applicant.reload();
    await applicant.getByRole("group", { name: "Your CV" }).waitFor();

    // A program renamed .pdf is refused at the question, in Hebrew.
    await chooseFile(applicant, applicantT("applications.form.chooseFile"), program);
    await applicant.getByText(applicantT("errors.fileTypeNotAccepted")).waitFor();
    await shot(applicant, "02-wrong-type", "he");

    // A real PDF uploads; its name and size are shown, and the application is submitted with it.
    await chooseFile(applicant, applicantT("applications.form.chooseFile"), resume);
    await applicant.getByRole("link", { name: resume.name }).waitFor();
    await applicant.getByRole("button", { name: applicantT("applications.form.replaceFile") }).waitFor();
    expect(await applicant.getByText(applicantT("errors.fileTypeNotAccepted")).count()).toBe(0);
    await shot(applicant, "03-uploaded", "he");
    // Taken off and given again: the question asks for a file once more in between.
    await applicant.getByRole("button", { name: applicantT("applications.form.removeFile") }).click();
    await chooseFile(applicant, applicantT("applications.form.chooseFile"), resume);
    await applicant.getByRole("link", { name: resume.name }).waitFor();
    await applicant.getByRole("button", { name: applicantT("applications.form.submit") }).click();
    await applicant.getByText(applicantT("applications.form.submitted")).waitFor();

    // Staff see the file among the answers and download it under its own name.
    const [application] = (await api("GET", `/calls/${call.id}/applications`)).items;
    await staff.goto(`${baseUrl}/orgs/${orgId}/applications/${application.id}/print`);
    const link = staff.getByRole("link", { name: resume.name });
    await link.waitFor();
    await shot(staff, "04-staff-sees-the-file", "en");
    const download = await staff.evaluate(
      async (href) => {
        const response = await fetch(href);
        return {
          status: response.status,
          disposition: response.headers.get("content-disposition"),
          size: (await response.arrayBuffer()).byteLength,
        };
      },
      (await link.getAttribute("href")) as string,
    );
    expect(download.status).toBe(200);
    expect(download.size).toBe(resume.buffer.byteLength);
    expect(decodeURIComponent(download.disposition?.split("UTF-8''")[1] ?? "")).toBe(resume.name);
  });
});
