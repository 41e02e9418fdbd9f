import { expect, test } from "vitest";
import { baseUrl, openBrowserPerFile, screenshot, signIn } from "../support/fixtures.ts";

const newPage = openBrowserPerFile();

test("the demo admin signs in and sees their organizations", async () => {
  const page = await newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await screenshot(page, "01-sign-in-en");
  await signIn(page);
  await page.getByRole("navigation", { name: "Main navigation" }).waitFor();
  await screenshot(page, "02-overview-en");
  expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
});

test("switching to Hebrew turns the whole document right-to-left", async () => {
  const page = await newPage();
  await signIn(page);
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByRole("option", { name: "עברית" }).click();
  await page.getByRole("navigation", { name: "ניווט ראשי" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.locator("html").getAttribute("lang")).toBe("he");
  await screenshot(page, "03-overview-he");
});

test("a wrong password gets a clear message", async () => {
  const page = await newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill("admin@civic-hub.example");
  await page.locator('input[type="password"]').fill("not-the-password");
  await page.locator('button[type="submit"]').click();
  await page.getByRole("alert").getByText("The email or password is not right.").waitFor();
});
