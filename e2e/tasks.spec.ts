import { expect, type Page } from "@playwright/test";
import { test } from "./csp-guard";
import { chooseStatus, people, personPage, uniqueTitle } from "./fixtures";

const taskStep = (page: Page) =>
  page.getByRole("navigation", { name: "Task status" }).locator('li[aria-current="step"]');

test("a task made on a ticket goes Open → In Progress → Closed → Open, live on a second screen", async ({
  browser,
}) => {
  const title = uniqueTitle("Fetch the spare hose");
  const admin = await personPage(browser, people.admin);
  await admin.goto("/tickets");
  await admin.getByRole("link", { name: "Compressor needs spare valve" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Compressor needs spare valve");
  const ticketUrl = admin.url();
  await admin.getByRole("button", { name: "New task" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Title" }).fill(title);
  await dialog.getByRole("textbox", { name: "Description" }).fill("From the store room, blue box.");
  await dialog.getByRole("combobox", { name: "Assignee" }).selectOption({ label: "Mia Member" });
  await dialog.getByLabel("Due date").fill("2027-01-15");
  await dialog.getByRole("button", { name: "Create task" }).click();
  await expect(dialog).toBeHidden();

  // The ticket page lists its task, named by its title.
  await admin.getByRole("link", { name: title }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(taskStep(admin)).toHaveText("Open");
  const taskUrl = admin.url();

  const member = await personPage(browser, people.member);
  await member.goto(taskUrl);
  await expect(taskStep(member)).toHaveText("Open");

  for (const step of ["In Progress", "Closed", "Open"]) {
    await chooseStatus(admin, step);
    await expect(taskStep(admin)).toHaveText(step);
    // The member's screen follows without a reload.
    await expect(taskStep(member)).toHaveText(step);
  }
  await expect(member.getByRole("list", { name: "History" }).getByRole("listitem")).toHaveCount(4);

  // The assignee may move it too; a member it does not belong to sees no menu.
  await chooseStatus(member, "In Progress");
  await expect(taskStep(admin)).toHaveText("In Progress");
  const other = await personPage(browser, people.member2);
  await other.goto(taskUrl);
  await expect(taskStep(other)).toHaveText("In Progress");
  await expect(other.getByRole("button", { name: "Change status" })).toHaveCount(0);

  await admin.goto(ticketUrl);
  await expect(admin.getByRole("link", { name: title })).toBeVisible();

  // Customers never learn a task exists: its URL is not found, and the portal has no Tasks link.
  const customer = await personPage(browser, people.customer);
  const response = await customer.goto(taskUrl);
  expect(response?.status()).toBe(404);
  expect((await customer.goto("/tasks"))?.status()).toBe(404);
  await customer.goto("/portal/tickets");
  await expect(customer.getByRole("link", { name: "Tasks" })).toHaveCount(0);
});

test("the task overview shows my tasks by default and filters overdue ones", async ({ browser }) => {
  const member2 = await personPage(browser, people.member2);
  await member2.goto("/tasks");
  await expect(member2.getByRole("heading", { level: 1, name: "Tasks" })).toBeVisible();
  await expect(member2.getByRole("link", { name: "My tasks" })).toHaveAttribute("aria-current", "page");
  await expect(member2.getByRole("link", { name: "Check the service van's tyre pressure" })).toBeVisible();
  await member2.getByRole("link", { name: "All tasks" }).click();
  await member2.getByLabel("Overdue only").check();
  await member2.getByRole("button", { name: "Apply filters" }).click();
  await expect(member2).toHaveURL(/overdue=1/);
  await expect(member2.getByRole("link", { name: "Check the service van's tyre pressure" })).toBeVisible();
  await expect(member2.getByRole("link", { name: "Order the spare valve from the supplier" })).toHaveCount(0);
});
