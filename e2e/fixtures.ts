import { type Browser, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo1234";

export const people = {
  admin: "admin@example.com",
  moderator: "moderator@example.com",
  member: "member@example.com",
  member2: "member2@example.com",
  customer: "customer@example.com",
  customer2: "customer2@example.com",
} as const;

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** A separate browser context per person, as two people on two machines. */
export async function personPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

export const statusBar = (page: Page) => page.getByRole("navigation", { name: "Ticket status" });
export const currentStep = (page: Page) => statusBar(page).locator('li[aria-current="step"]');

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** The flow every installation ships with (Title, Description, Asset), seeded by the migration. */
export const DEFAULT_FLOW = "00000000-0000-4000-8000-00000000f100";

/** Creates a ticket through the portal's default creation flow and returns its number. */
export async function customerCreatesTicket(
  page: Page,
  title: string,
  asset = "Demo Asset",
): Promise<number> {
  await page.goto(`/portal/tickets/new?flow=${DEFAULT_FLOW}`);
  await page.getByRole("textbox", { name: "Title" }).fill(title);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("textbox", { name: "Description" }).fill("Created by an end-to-end test.");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("combobox", { name: "Asset" }).selectOption({ label: asset });
  await page.getByRole("button", { name: "Create ticket" }).click();
  await page.waitForURL(/\/portal\/tickets\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return Number(page.url().split("/").pop());
}

export async function chooseStatus(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Change status" }).click();
  await page.getByRole("menuitem", { name, exact: true }).click();
}

export const PHONE = { width: 390, height: 844 } as const;

/** The page at `path` fits the viewport's width: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.locator("main")).toBeVisible();
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${path} is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
}

/** A customer's ticket, assigned to Mia Member by the admin and moved to In Progress. */
export async function ticketInProgress(browser: Browser, title: string) {
  const customer = await personPage(browser, people.customer);
  const number = await customerCreatesTicket(customer, title);
  const admin = await personPage(browser, people.admin);
  await admin.goto(`/tickets/${number}`);
  await admin.getByRole("button", { name: "Assign" }).click();
  await admin.getByRole("dialog").getByRole("checkbox", { name: "Mia Member" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await expect(currentStep(admin)).toHaveText(/^Assigned/);
  await chooseStatus(admin, "In Progress");
  await expect(currentStep(admin)).toHaveText(/^In Progress/);
  return { customer, admin, number };
}

/** On the staff detail: sets the amount, then moves the ticket to Paid through the payment window. */
export async function payInFull(admin: Page, amount: string): Promise<void> {
  await admin.getByRole("button", { name: "Edit amount" }).click();
  await admin.getByRole("dialog").getByRole("textbox", { name: "Amount" }).fill(amount);
  await admin.getByRole("dialog").getByRole("button", { name: "Save" }).click();
  await chooseStatus(admin, "Paid");
  await admin
    .getByRole("dialog", { name: "Record payment" })
    .getByRole("button", { name: "Confirm" })
    .click();
  await expect(currentStep(admin)).toHaveText("Closed: Paid");
}

const DEMO_ASSET_CODE = "DEMO-2026";

/** A new customer who registers with the Demo Asset's code, signed in on a page of their own. */
export async function registerCustomer(
  browser: Browser,
  { name, email, password }: { name: string; email: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Access code").fill(DEMO_ASSET_CODE);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}
