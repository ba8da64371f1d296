import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { people, personPage, signIn } from "./fixtures";

const LENA_PASSWORD = "lena-strong-passphrase";

async function tryPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  // One attempt at a time: each waits for the server's answer to the form.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("30 wrong passwords lock the account, the right one too, never another account; an admin lifts the lock", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await personPage(browser, people.admin);
  const name = `Locked Lena ${Date.now()}`;
  const email = `lena-${Date.now()}@example.com`;
  await admin.goto("/settings/users");
  await admin.getByRole("button", { name: "New employee" }).click();
  const dialog = admin.getByRole("dialog", { name: "New employee" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Password").fill(LENA_PASSWORD);
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByText(`${name} can now sign in`)).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  for (let i = 1; i <= 30; i++) {
    await tryPassword(page, email, `wrong-password-${i}`);
    const alert = page
      .getByRole("alert")
      .filter({ hasText: i < 10 ? "Invalid email or password" : "Too many" });
    await expect(alert).toBeVisible();
  }
  const refusal = page.getByRole("alert").filter({ hasText: "Too many" });
  await expect(refusal).toContainText("try again in 15 minutes");
  await tryPassword(page, email, LENA_PASSWORD);
  await expect(refusal).toContainText("try again in");
  // Not signed in: the staff pages still send this browser to sign in.
  await page.goto("/tickets");
  await expect(page).toHaveURL(/\/login/);

  // Another account, from the same browser and address, signs in meanwhile.
  const other = await context.newPage();
  await signIn(other, people.member2);
  await other.close();

  await admin.reload();
  const row = admin.getByRole("row").filter({ hasText: email });
  await expect(row.getByText(/Locked until/)).toBeVisible();
  await row.getByRole("button", { name: `Unlock ${name}` }).click();
  await expect(admin.getByText(`${name} can sign in again`)).toBeVisible();
  await expect(row.getByText(/Locked until/)).toHaveCount(0);

  const again = await browser.newContext();
  const fresh = await again.newPage();
  await fresh.goto("/login");
  await tryPassword(fresh, email, LENA_PASSWORD);
  await expect(fresh.getByRole("button", { name: "Sign out" })).toBeVisible();
  await Promise.all([context.close(), again.close(), admin.context().close()]);
});
