import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import {
  chooseStatus,
  currentStep,
  customerCreatesTicket,
  people,
  personPage,
  uniqueTitle,
} from "./fixtures";

test("an admin's custom status: employees see its name, customers only the category, and deleting it archives it", async ({
  browser,
}) => {
  const statusName = uniqueTitle("Compensation review");
  const admin = await personPage(browser, people.admin);
  await admin.goto("/settings/statuses");
  await expect(admin.getByRole("heading", { name: "Statuses" })).toBeVisible();
  await admin.getByRole("button", { name: "New status" }).click();
  const form = admin.getByRole("dialog");
  await form.getByRole("textbox", { name: "Name" }).fill(statusName);
  await form.getByRole("combobox", { name: "Category" }).selectOption({ label: "In Progress" });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toBeHidden();
  const section = admin.getByRole("region", { name: "In Progress" });
  await expect(section.getByText(statusName)).toBeVisible();

  const customer = await personPage(browser, people.customer);
  const title = uniqueTitle("Warranty claim for drill");
  const number = await customerCreatesTicket(customer, title);
  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);
  await member.getByRole("button", { name: "Accept offer" }).click();
  await expect(currentStep(member)).toHaveText(/^Assigned/);
  await chooseStatus(member, "In Progress");
  await expect(currentStep(member)).toHaveText(/^In Progress/);
  await chooseStatus(member, statusName);
  await expect(currentStep(member)).toHaveText(`In Progress: ${statusName}`);

  await customer.reload();
  await expect(currentStep(customer)).toHaveText("In Progress");
  await expect(customer.getByText("Compensation review")).toHaveCount(0);
  expect(await customer.content()).not.toContain("Compensation review");

  await admin.goto("/settings/statuses");
  const row = admin.getByRole("listitem").filter({ hasText: statusName });
  await row.getByRole("button", { name: "Delete" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Delete status" }).click();
  await expect(admin.getByRole("dialog")).toBeHidden();

  await member.reload();
  await expect(currentStep(member)).toHaveText(`In Progress: ${statusName}`);
  await expect(member.getByText("(archived)").first()).toBeVisible();
  await member.getByRole("button", { name: "Change status" }).click();
  await expect(member.getByRole("menuitem", { name: "Awaiting customer" })).toBeVisible();
  await expect(member.getByRole("menuitem", { name: statusName })).toHaveCount(0);
  await member.keyboard.press("Escape");

  await member.goto("/tickets");
  const statusFilter = member.getByRole("combobox", { name: "Status" });
  // The archived status is still offered, named by its name alone, in its category's archived group.
  await expect(statusFilter.getByRole("option", { name: statusName, exact: true })).toHaveCount(1);
  await expect(statusFilter.locator('optgroup[label="In Progress — archived"] > option')).toContainText([
    statusName,
  ]);
  await statusFilter.selectOption({ label: statusName });
  await expect(member).toHaveURL(/[?&]status=/);
  await expect(member.getByRole("link", { name: title })).toBeVisible();
  // Its count is shown with the other statuses of its category.
  const perStatus = member.getByRole("list", { name: "Tickets per status" });
  const current = perStatus.getByRole("link", { name: statusName });
  await expect(current).toHaveAttribute("aria-current", "true");
  await expect(current).toHaveText(`${statusName} (archived) 1`);
  await expect(perStatus.getByRole("link", { name: /^In Progress \d+$/ })).toBeVisible();
});

test("a payment is recorded through the payment window and its receipt prints the amount", async ({
  browser,
}) => {
  const customer = await personPage(browser, people.customer);
  const number = await customerCreatesTicket(customer, uniqueTitle("Replace pump seal"));
  const admin = await personPage(browser, people.admin);
  await admin.goto(`/tickets/${number}`);
  await admin.getByRole("button", { name: "Assign" }).click();
  await admin.getByRole("dialog").getByRole("checkbox", { name: "Mia Member" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(currentStep(admin)).toHaveText(/^Assigned/);

  await admin.getByRole("button", { name: "Edit amount" }).click();
  await admin.getByRole("dialog").getByRole("textbox", { name: "Amount" }).fill("120.50");
  await admin.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Amount set to €120.50 by Ada Admin")).toBeVisible();

  await chooseStatus(admin, "In Progress");
  await expect(currentStep(admin)).toHaveText(/^In Progress/);
  await admin.getByRole("button", { name: "Change status" }).click();
  const paid = admin.getByRole("menuitem", { name: "Paid", exact: true });
  await expect(paid).toContainText("opens payment");
  await paid.click();
  const dialog = admin.getByRole("dialog", { name: "Record payment" });
  await expect(dialog.getByRole("textbox", { name: "Amount" })).toHaveValue("120.50");
  await dialog.getByRole("combobox", { name: "Method" }).selectOption({ label: "Card" });
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await expect(currentStep(admin)).toHaveText("Closed: Paid");
  const payments = admin.getByRole("list", { name: "Payments" });
  await expect(payments).toContainText("€120.50");

  await payments.getByRole("link", { name: /^R-\d+$/ }).click();
  await expect(admin.getByRole("heading", { name: /^Receipt R-\d+$/ })).toBeVisible();
  await admin.emulateMedia({ media: "print" });
  const receipt = admin.getByRole("main");
  await expect(receipt).toContainText("€120.50");
  await expect(receipt).toContainText(`T-${number}`);
  await expect(receipt).toContainText("Carla Customer");
  await expect(receipt).toContainText("Card");
  await expect(admin.getByRole("button", { name: "Sign out" })).toBeHidden();
});
