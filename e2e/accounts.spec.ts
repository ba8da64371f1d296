import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { people, personPage, registerCustomer } from "./fixtures";

test("forgot password: the e-mail reaches the local mailbox and its link sets a new password once", async ({
  browser,
}) => {
  const email = `rita-${Date.now()}@example.com`;
  const page = await registerCustomer(browser, {
    name: "Rita Reset",
    email,
    password: "rita-first-passphrase",
  });
  await page.getByRole("button", { name: "Sign out" }).click();

  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account exists for ${email}`);

  const admin = await personPage(browser, people.admin);
  let link = "";
  await expect(async () => {
    await admin.goto("/settings/mail");
    const text = (await admin.locator("main").textContent()) ?? "";
    const found = text.match(new RegExp(`${email}[\\s\\S]*?(https?://\\S+/reset-password/[A-Za-z0-9_-]+)`));
    expect(found).not.toBeNull();
    link = found![1]!;
  }).toPass({ timeout: 20_000 });

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill("rita-second-passphrase");
  await page.getByLabel("Repeat new password").fill("rita-second-passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill("rita-second-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The link is spent.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
});

test("changing one's password keeps this browser signed in and signs out the others", async ({ browser }) => {
  const email = `paul-${Date.now()}@example.com`;
  const first = await registerCustomer(browser, {
    name: "Paul Password",
    email,
    password: "paul-first-passphrase",
  });

  const second = await (await browser.newContext()).newPage();
  await second.goto("/login");
  await second.getByRole("textbox", { name: "Email" }).fill(email);
  await second.getByRole("textbox", { name: "Password" }).fill("paul-first-passphrase");
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second.getByRole("button", { name: "Sign out" })).toBeVisible();

  await first.goto("/portal/profile");
  await first.getByLabel("Current password").fill("wrong-current-password");
  await first.getByLabel("New password", { exact: true }).fill("paul-second-passphrase");
  await first.getByLabel("Repeat new password").fill("paul-second-passphrase");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByText("Your current password is not right.").first()).toBeVisible();

  await first.getByLabel("Current password").fill("paul-first-passphrase");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first).toHaveURL(/\/portal\/profile\?password=changed$/);
  await expect(first.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

  await second.reload();
  await expect(second.getByRole("button", { name: "Sign in" })).toBeVisible();
  // This browser got a fresh session with the new password.
  await first.goto("/portal/profile");
  await expect(first.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();

  await first.getByRole("button", { name: "Sign out everywhere" }).click();
  await first.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(first.getByRole("status")).toContainText("signed out on all your devices");
});
