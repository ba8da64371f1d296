import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { people, personPage, uniqueTitle } from "./fixtures";

test("an admin's change appears in Settings → Audit with who, what and the change, and the filters narrow it", async ({
  browser,
}) => {
  const admin = await personPage(browser, people.admin);
  const name = uniqueTitle("Audited Employee");
  await admin.goto("/settings/users");
  await admin.getByRole("button", { name: "New employee" }).click();
  const dialog = admin.getByRole("dialog", { name: "New employee" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Email").fill(`${Date.now().toString(36)}@audit.test`);
  await dialog.getByLabel("Password").fill("an-audited-passphrase");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(admin.getByText(`${name} can now sign in`)).toBeVisible();

  await admin.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit" }).click();
  await expect(admin.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const entries = admin.getByRole("table", { name: "Audit entries" });
  const row = entries.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Account created");
  await expect(row).toContainText("Ada Admin");
  await expect(row).toContainText("Member");

  const filters = admin.getByRole("form", { name: "Filter the audit log" });
  await filters.getByLabel("What").selectOption({ label: "Assets" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/target=asset/);
  await expect(admin.getByText(name)).toHaveCount(0);

  await filters.getByLabel("What").selectOption({ label: "Users" });
  await filters.getByLabel("Who").selectOption({ label: "Ada Admin" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(entries.getByRole("row").filter({ hasText: name })).toBeVisible();
  await filters.getByLabel("Who").selectOption({ label: "Command line" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(admin.getByText("No entries match these filters.")).toBeVisible();
  await admin.getByRole("link", { name: "Clear filters" }).click();
  await expect(entries.getByRole("row").filter({ hasText: name })).toBeVisible();
});

test("staff pages warn while demo accounts keep the public password; customers never see it", async ({
  browser,
}) => {
  const member = await personPage(browser, people.member);
  const warning = member.getByRole("region", { name: "Demo password warning" });
  await expect(warning).toContainText(
    /^Your account (and (one|\d+) other demo accounts? )?still ha(s|ve) the public demo password/,
  );
  await warning.getByRole("link", { name: "Change your password" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();

  const customer = await personPage(browser, people.customer);
  await expect(customer.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expect(customer.getByRole("region", { name: "Demo password warning" })).toHaveCount(0);
});
