import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import {
  currentStep,
  customerCreatesTicket,
  DEFAULT_FLOW,
  people,
  personPage,
  signIn,
  uniqueTitle,
} from "./fixtures";

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
  await admin.goto(`/tickets/new?flow=${DEFAULT_FLOW}`);
  await admin.getByRole("textbox", { name: "Title" }).fill(title);
  await admin.getByRole("button", { name: "Next" }).click();
  await admin.getByRole("button", { name: "Next" }).click();
  await admin.getByRole("combobox", { name: "Asset" }).selectOption({ label: "Demo Asset" });
  await admin.getByRole("button", { name: "Next" }).click();
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
  // Cancelling asks first; the stale version is refused only once it is confirmed.
  await moderator.getByRole("alertdialog").getByRole("button", { name: "Move to Cancelled" }).click();
  await expect(moderator.getByRole("alert").filter({ hasText: "changed" })).toBeVisible();
  await admin.reload();
  await expect(currentStep(admin)).toHaveText(/^Assigned/);
  await moderator.getByRole("button", { name: "Reload" }).click();
  await expect(currentStep(moderator)).toHaveText(/^Assigned/);
});

test("a refused save in a dialog shows why inside the dialog, where Reload and the fields can be reached", async ({
  browser,
}) => {
  const customer = await personPage(browser, people.customer);
  const number = await customerCreatesTicket(customer, uniqueTitle("Boiler loses pressure"));
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

  // The modal dialog makes the page behind it inert: the problem has to be shown in the dialog.
  await moderator.getByRole("button", { name: "Assign" }).click();
  const dialog = moderator.getByRole("dialog", { name: "Assign employees" });
  await dialog.getByRole("checkbox", { name: "Milo Member" }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText("changed");
  await expect(dialog).toBeVisible();
  await alert.getByRole("button", { name: "Reload" }).click();
  await expect(alert).toHaveCount(0);
  // Reloaded in place: the dialog shows the assignee saved meanwhile, and nothing was overwritten.
  await expect(dialog.getByRole("checkbox", { name: "Mia Member" })).toBeChecked();
  await dialog.getByRole("checkbox", { name: "Milo Member" }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(currentStep(moderator)).toHaveText(/^Assigned/);
  await expect(moderator.getByRole("alert").filter({ hasText: "changed" })).toHaveCount(0);
  await admin.reload();
  const details = admin.getByRole("region", { name: "Details" });
  await expect(details).toContainText("Mia Member");
  await expect(details).toContainText("Milo Member");

  // A value the server refuses: the message is in the dialog and next to its field.
  await admin.getByRole("button", { name: "Edit amount" }).click();
  const amount = admin.getByRole("dialog", { name: "Ticket amount" });
  await amount.getByRole("textbox", { name: "Amount" }).fill("2000000");
  await amount.getByRole("button", { name: "Save" }).click();
  await expect(amount.getByRole("alert")).toContainText("Please correct the highlighted fields.");
  const field = amount.getByRole("textbox", { name: "Amount" });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/at most 1,000,000\.00/);
  // Closing the dialog drops its problem; the page shows nothing stale.
  await amount.getByRole("button", { name: "Close" }).click();
  await expect(amount).toBeHidden();
  await expect(admin.getByRole("alert").filter({ hasText: "highlighted" })).toHaveCount(0);
  await expect(details).toContainText("Not set");
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

test("a required step left empty says so and creates nothing", async ({ page }) => {
  await signIn(page, people.member);
  await page.goto(`/tickets/new?flow=${DEFAULT_FLOW}`);
  await page.getByRole("textbox", { name: "Title" }).fill("   ");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Answer this question to go on.")).toBeVisible();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expect(page.getByText(/Saved as draft/)).toHaveCount(0);
});
