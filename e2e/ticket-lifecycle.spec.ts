import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import {
  chooseStatus,
  currentStep,
  customerCreatesTicket,
  people,
  personPage,
  signIn,
  statusBar,
  uniqueTitle,
} from "./fixtures";

test("a ticket goes from the customer through its whole lifecycle, live on both screens", async ({
  browser,
}) => {
  const customer = await personPage(browser, people.customer);
  const title = uniqueTitle("Boiler leaks water");
  const number = await customerCreatesTicket(customer, title);
  await expect(currentStep(customer)).toHaveText(/^Open/);
  await expect(customer.getByText(`T-${number}`, { exact: true })).toBeVisible();

  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);
  await expect(member.getByRole("heading", { level: 1 })).toContainText(title);
  await member.getByRole("button", { name: "Accept offer" }).click();
  await expect(currentStep(member)).toHaveText(/^Assigned/);

  // The customer's page was open all along: it follows without a reload.
  await expect(currentStep(customer)).toHaveText(/^Assigned/, { timeout: 5_000 });

  await chooseStatus(member, "In Progress");
  await expect(currentStep(member)).toHaveText(/^In Progress/);
  await expect(currentStep(customer)).toHaveText(/^In Progress/, { timeout: 5_000 });

  await chooseStatus(member, "Awaiting customer");
  await expect(currentStep(member)).toHaveText("In Progress: Awaiting customer (paused)");
  await expect(member.getByRole("list", { name: "History" })).toContainText(
    "Status changed to Awaiting customer",
  );
  // The customer sees only the category's step, never the status name.
  await customer.waitForTimeout(1_500);
  await expect(currentStep(customer)).toHaveText("In Progress");
  await expect(customer.getByText("Awaiting customer")).toHaveCount(0);

  await chooseStatus(member, "Done");
  await expect(currentStep(member)).toHaveText(/^Done/);
  await expect(currentStep(customer)).toHaveText(/^Done/, { timeout: 5_000 });

  await customer.getByRole("radiogroup", { name: "Rating" }).getByRole("radio", { name: "4" }).click();
  await customer.getByRole("textbox", { name: "Comment" }).fill("Fixed quickly, thanks.");
  await customer.getByRole("button", { name: "Submit rating" }).click();
  await expect(currentStep(customer)).toHaveText(/^Closed/);
  for (const control of ["Reopen", "Submit rating", "Issue resolved", "Cancel ticket"]) {
    await expect(customer.getByRole("button", { name: control })).toHaveCount(0);
  }
  await expect(currentStep(member)).toHaveText(/^Closed/, { timeout: 5_000 });

  const admin = await personPage(browser, people.admin);
  await admin.goto(`/tickets/${number}`);
  await chooseStatus(admin, "Reopened");
  await expect(currentStep(admin)).toHaveText("Assigned: Reopened");
  await expect(admin.getByRole("list", { name: "History" })).toContainText(
    "Status changed to Reopened by Ada Admin",
  );
  await expect(currentStep(customer)).toHaveText("Assigned", { timeout: 5_000 });
  await expect(statusBar(customer).getByRole("listitem")).toHaveText([
    "Draft (completed)",
    "Open (completed)",
    "Assigned",
    "In Progress",
    "Done",
    "Closed",
  ]);
});

test("a customer cancels an open ticket, and is asked first", async ({ page }) => {
  await signIn(page, people.customer);
  const title = uniqueTitle("Wrong machine");
  const number = await customerCreatesTicket(page, title);
  await page.getByRole("button", { name: "Cancel ticket" }).click();
  const ask = page.getByRole("alertdialog", { name: `Cancel T-${number}?` });
  await expect(ask).toContainText("cannot be reopened");
  // Keeping it changes nothing.
  await ask.getByRole("button", { name: "Keep ticket" }).click();
  await expect(ask).toHaveCount(0);
  await expect(currentStep(page)).toHaveText(/^Open/);
  await page.getByRole("button", { name: "Cancel ticket" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel ticket" }).click();
  await expect(currentStep(page)).toHaveText(/^Cancelled/);
  await expect(statusBar(page).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Cancel ticket" })).toHaveCount(0);
  await page.goto("/portal/tickets");
  const row = page.getByRole("listitem").filter({ hasText: title });
  await expect(row).toContainText("Cancelled");
  await expect(row).toContainText(`T-${number}`);
});
