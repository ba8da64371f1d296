import { expect, test } from "@playwright/test";
import { currentStep, customerCreatesTicket, people, personPage, signIn, uniqueTitle } from "./fixtures";

test("a member who is not assigned has no Change status control", async ({ browser }) => {
  const customer = await personPage(browser, people.customer);
  const number = await customerCreatesTicket(customer, uniqueTitle("Gate motor hums"));
  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);
  await member.getByRole("button", { name: "Accept offer" }).click();
  await expect(currentStep(member)).toHaveText(/^Assigned/);
  await expect(member.getByRole("button", { name: "Change status" })).toBeVisible();

  const other = await personPage(browser, people.member2);
  await other.goto(`/tickets/${number}`);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByRole("button", { name: "Decline offer" })).toBeVisible();
  await expect(other.getByRole("button", { name: "Change status" })).toHaveCount(0);
});

test("an internal ticket is invisible to customers, by list and by URL", async ({ browser }) => {
  const admin = await personPage(browser, people.admin);
  const title = uniqueTitle("Internal audit of van");
  await admin.goto("/tickets/new");
  await admin.getByRole("textbox", { name: "Title" }).fill(title);
  await admin.getByRole("combobox", { name: "Asset" }).selectOption({ label: "Demo Asset" });
  await admin
    .getByRole("radiogroup", { name: "Visibility" })
    .getByRole("radio", { name: "Internal" })
    .click();
  await admin.getByRole("button", { name: "Create ticket" }).click();
  await admin.waitForURL(/\/tickets\/\d+$/);
  const number = Number(admin.url().split("/").pop());
  await expect(admin.getByText("Internal", { exact: true }).first()).toBeVisible();

  const customer = await personPage(browser, people.customer);
  await customer.goto("/portal/tickets");
  await expect(customer.getByRole("list", { name: "Tickets" })).toBeVisible();
  await expect(customer.getByText(title)).toHaveCount(0);
  const response = await customer.goto(`/portal/tickets/${number}`);
  expect(response?.status()).toBe(404);
  await expect(customer.getByText(title)).toHaveCount(0);
  const api = await customer.request.get(`/api/tickets/${number}`);
  expect(api.status()).toBe(404);
  // The staff URL sends a customer back to their own overview.
  await customer.goto(`/tickets/${number}`);
  await expect(customer).toHaveURL(/\/portal\/tickets$/);
  await expect(customer.getByText(title)).toHaveCount(0);
});

test("a stale change is refused with an alert and overwrites nothing", async ({ browser }) => {
  const customer = await personPage(browser, people.customer);
  const number = await customerCreatesTicket(customer, uniqueTitle("Alarm beeps at night"));
  const admin = await personPage(browser, people.admin);
  const moderator = await personPage(browser, people.moderator);
  // This screen hears no live updates, so it keeps showing the old version.
  await moderator.route("**/api/live", (route) => route.abort());
  await moderator.goto(`/tickets/${number}`);
  await expect(currentStep(moderator)).toHaveText(/^Open/);

  await admin.goto(`/tickets/${number}`);
  await admin.getByRole("button", { name: "Assign" }).click();
  await admin.getByRole("dialog").getByRole("checkbox", { name: "Mia Member" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(currentStep(admin)).toHaveText(/^Assigned/);

  await moderator.getByRole("button", { name: "Change status" }).click();
  await moderator.getByRole("menuitem", { name: "Cancelled", exact: true }).click();
  await expect(moderator.getByRole("alert").filter({ hasText: "changed" })).toBeVisible();
  await admin.reload();
  await expect(currentStep(admin)).toHaveText(/^Assigned/);
  await moderator.getByRole("button", { name: "Reload" }).click();
  await expect(currentStep(moderator)).toHaveText(/^Assigned/);
});

test("sign-in refuses a wrong password, and unknown tickets give a 404 page", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(people.member);
  await page.getByRole("textbox", { name: "Password" }).fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email or password" })).toBeVisible();

  await signIn(page, people.member);
  const response = await page.goto("/tickets/999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("invalid input on a new ticket shows field errors and creates nothing", async ({ page }) => {
  await signIn(page, people.member);
  await page.goto("/tickets/new");
  await page.getByRole("textbox", { name: "Title" }).fill("ab");
  await page.getByRole("button", { name: "Create ticket" }).click();
  await expect(page.getByText("Enter a title of at least 3 characters.")).toBeVisible();
  await expect(page).toHaveURL(/\/tickets\/new$/);
});
