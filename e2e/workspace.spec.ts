import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";
import { test } from "./csp-guard";
import {
  chooseStatus,
  currentStep,
  customerCreatesTicket,
  DEFAULT_FLOW,
  payInFull,
  people,
  personPage,
  signIn,
  ticketInProgress,
  uniqueTitle,
} from "./fixtures";

test("a ticket waiting for the customer says so on the detail, in the list and in the bell, in one grouped entry", async ({
  browser,
}) => {
  const title = uniqueTitle("Which model?");
  const { customer, admin, number } = await ticketInProgress(browser, title);
  await customer.goto(`/portal/tickets/${number}`);
  await chooseStatus(admin, "Awaiting customer");
  // Live, without a reload, and without the employees' status name.
  const ask = customer.getByRole("status").filter({ hasText: "We need your answer" });
  await expect(ask).toBeVisible();
  await expect(customer.getByText("Awaiting customer")).toHaveCount(0);

  await customer.goto("/portal/tickets");
  const row = customer.getByRole("listitem").filter({ hasText: title });
  await expect(row).toContainText("We need your answer");

  // Created, Assigned, In Progress and the request: one entry, with the title, in its latest state.
  await customer.getByRole("button", { name: /^Notifications/ }).click();
  const entries = customer.getByRole("list", { name: "Notifications" }).getByRole("listitem");
  const entry = entries.filter({ hasText: `T-${number}` });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(`We need your answer on T-${number} “${title}”`);
  await expect(entry).toContainText("3 more changes");
  await entry.getByRole("button", { name: "Mark as read" }).click();
  await expect(entry.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
});

test("the overview sorts by a column and changes the status of several tickets, reporting a refused one", async ({
  browser,
}) => {
  const prefix = uniqueTitle("Bulk");
  const first = await ticketInProgress(browser, `${prefix} one`);
  await ticketInProgress(browser, `${prefix} two`);
  await customerCreatesTicket(first.customer, `${prefix} open`);
  const admin = first.admin;

  await admin.goto(`/tickets?q=${encodeURIComponent(prefix)}`);
  const table = admin.getByRole("table", { name: "Tickets" });
  await expect(table.getByRole("row")).toHaveCount(4);
  const numberHeader = table.getByRole("columnheader", { name: /Number/ });
  await expect(numberHeader).toHaveAttribute("aria-sort", "descending");
  await numberHeader.getByRole("link").click();
  await expect(numberHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(admin).toHaveURL(/sort=number&dir=asc/);
  const titles = table.getByRole("link", { name: new RegExp(prefix) });
  await expect(titles).toHaveText([`${prefix} one`, `${prefix} two`, `${prefix} open`]);

  await table.getByRole("checkbox", { name: "Select all tickets on this page" }).click();
  const bulk = admin.getByRole("region", { name: "Selected tickets" });
  await expect(bulk).toContainText("3 tickets selected");
  await bulk.getByRole("button", { name: "Change status" }).click();
  await admin.getByRole("menuitem", { name: "Done", exact: true }).click();
  const report = admin.getByRole("status").filter({ hasText: "2 of 3 changed" });
  await expect(report).toBeVisible();
  const results = report.getByRole("list", { name: "Results" }).getByRole("listitem");
  await expect(results.filter({ hasText: `${prefix} one` })).toContainText("done");
  await expect(results.filter({ hasText: `${prefix} open` })).toContainText(
    "refused — A ticket cannot move from Open to Done by this action.",
  );
  // The refused ticket stays selected; the others moved on.
  await expect(bulk).toContainText("1 ticket selected");
  await expect(table.getByRole("row").filter({ hasText: `${prefix} one` })).toContainText("Done");
  await expect(table.getByRole("row").filter({ hasText: `${prefix} open` })).toContainText("Open");
});

test("keyboard shortcuts: / searches, j and k move, Enter opens, c changes status, ? lists them", async ({
  browser,
}) => {
  const { admin, number } = await ticketInProgress(browser, uniqueTitle("Keys"));
  await admin.goto("/tickets");
  await admin.keyboard.press("?");
  const help = admin.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toContainText("Change status");
  await admin.keyboard.press("Escape");
  await admin.keyboard.press("/");
  await expect(admin.getByRole("searchbox", { name: "Search" })).toBeFocused();
  await admin.getByRole("searchbox", { name: "Search" }).blur();
  await admin.keyboard.press("j");
  await admin.keyboard.press("j");
  await admin.keyboard.press("k");
  const firstRow = admin.getByRole("table", { name: "Tickets" }).getByRole("row").nth(1);
  await expect(firstRow.getByRole("link")).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin).toHaveURL(new RegExp(`/tickets/${number}$`));
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await admin.keyboard.press("c");
  await expect(admin.getByRole("menuitem", { name: "On hold", exact: true })).toBeVisible();
});

test("a quiet status change can be undone from its toast", async ({ browser }) => {
  const { admin } = await ticketInProgress(browser, uniqueTitle("Undo me"));
  await chooseStatus(admin, "On hold");
  await expect(currentStep(admin)).toHaveText("In Progress: On hold (paused)");
  const toast = admin.locator("[data-sonner-toast]").filter({ hasText: "Status changed to On hold" });
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(currentStep(admin)).toHaveText("In Progress");
  await expect(admin.getByRole("list", { name: "History" })).toContainText(
    "Status changed to In Progress by Ada Admin",
  );
});

test("the customer sees the payment of their paid ticket and opens its receipt", async ({ browser }) => {
  const { customer, admin, number } = await ticketInProgress(browser, uniqueTitle("Pay me"));
  await payInFull(admin, "49.90");
  // Closed and paid: the amount is final.
  await expect(admin.getByRole("button", { name: "Edit amount" })).toHaveCount(0);

  await customer.goto(`/portal/tickets/${number}`);
  const payments = customer.getByRole("list", { name: "Payments" });
  await expect(payments).toContainText("€49.90");
  await payments.getByRole("link", { name: /^R-\d+$/ }).click();
  await expect(customer.getByRole("heading", { name: /^Receipt R-\d+$/ })).toBeVisible();
  await expect(customer.getByRole("main")).toContainText("Carla Customer");
});

async function germanPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE" });
  return context.newPage();
}

test("German: a German browser gets German pages; a person's own choice wins and is kept", async ({
  browser,
}) => {
  const page = await germanPage(browser);
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await page.getByRole("textbox", { name: "E-Mail" }).fill(people.moderator);
  await page.getByRole("textbox", { name: "Passwort" }).fill("demo1234");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Neues Ticket" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Kategorie" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Ansichten" })).toContainText("Meine offenen Tickets");
  await page.goto("/tickets/1003");
  await expect(page.getByRole("navigation", { name: "Ticketstatus" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Status ändern" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Verlauf" })).toContainText(
    "Status auf In Bearbeitung geändert",
  );

  // An English browser, a customer who picks Deutsch: the portal follows the pick.
  const customer = await personPage(browser, people.customer2);
  await customer.goto("/portal/profile");
  await customer.getByRole("combobox", { name: "Language" }).selectOption({ label: "Deutsch" });
  // exact: "Profil" is a substring of "Profile", and leaving before the save lands loses it.
  await expect(customer.getByRole("heading", { level: 1, name: "Profil", exact: true })).toBeVisible();
  await expect(customer.getByRole("combobox", { name: "Sprache" })).toHaveValue("de");
  await customer.goto("/portal/tickets");
  await expect(customer.getByRole("link", { name: "Neues Ticket" })).toBeVisible();
  await expect(customer.getByRole("link", { name: "Meine Objekte" })).toBeVisible();
  await customer.goto("/portal/tickets/1003");
  await expect(customer.getByRole("navigation", { name: "Ticketstatus" })).toContainText("In Bearbeitung");
  await customer.goto("/portal/profile");
  await customer.getByRole("combobox", { name: "Sprache" }).selectOption({ label: "Wie mein Browser" });
  await expect(customer.getByRole("heading", { level: 1, name: "Profile", exact: true })).toBeVisible();
  await expect(customer.getByRole("combobox", { name: "Language" })).toHaveValue("");
});

const AXE_PAGES = {
  customer: [
    "/portal/assistant",
    "/portal/tickets",
    "/portal/tickets/1004",
    "/portal/tickets/new",
    `/portal/tickets/new?flow=${DEFAULT_FLOW}`,
    "/portal/profile",
  ],
  admin: [
    "/tickets",
    "/tickets/1005",
    "/tickets/new",
    "/settings/flows",
    "/settings/assistant",
    "/settings/statuses",
    "/settings/users",
    "/settings/audit",
  ],
};

for (const theme of ["light", "dark"] as const) {
  test(`${theme} theme: the main pages have no serious accessibility violations (axe, contrast included)`, async ({
    browser,
  }) => {
    const check = async (page: Page, path: string) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
        .analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(serious, `${theme} ${path}`).toEqual([]);
    };
    const anonymous = await (await browser.newContext({ colorScheme: theme })).newPage();
    await check(anonymous, "/login");
    for (const [who, paths] of Object.entries(AXE_PAGES)) {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await signIn(page, who === "admin" ? people.admin : people.customer);
      for (const path of paths) await check(page, path);
    }
  });
}

test("a customer who holds one asset reports for it without picking it", async ({ browser }) => {
  const customer = await personPage(browser, people.customer);
  const toAssetStep = async (page: typeof customer) => {
    await page.goto(`/portal/tickets/new?flow=${DEFAULT_FLOW}`);
    await page.getByRole("textbox", { name: "Title" }).fill("Which asset?");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    return page.getByRole("combobox", { name: "Asset" });
  };
  await expect((await toAssetStep(customer)).locator("option:checked")).toHaveText("Demo Asset");
  // Conrad holds two: he chooses.
  const other = await personPage(browser, people.customer2);
  await expect((await toAssetStep(other)).locator("option:checked")).toHaveText("No asset");
});
