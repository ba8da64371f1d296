import { expect, type Page } from "@playwright/test";
import { test } from "./csp-guard";
import { chooseStatus, currentStep, people, personPage, ticketInProgress, uniqueTitle } from "./fixtures";

const messages = (page: Page) => page.getByRole("list", { name: "Messages" });

async function send(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue("");
}

test("customer and employee chat live: bold, italic and links render, script does not, Seen follows reading", async ({
  browser,
}) => {
  const { customer, number } = await ticketInProgress(browser, uniqueTitle("Messenger"));
  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);
  await expect(member.getByRole("heading", { name: "Messages" })).toBeVisible();

  await send(
    customer,
    "It **still** leaks, *badly*: see https://example.com/photo <img src=x onerror=alert(1)>",
  );
  const received = messages(member).getByRole("listitem").last();
  await expect(received).toContainText("It still leaks, badly");
  await expect(received.locator("strong")).toHaveText("still");
  await expect(received.locator("em")).toHaveText("badly");
  const link = received.getByRole("link", { name: "https://example.com/photo" });
  await expect(link).toHaveAttribute("href", "https://example.com/photo");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(received.locator("img")).toHaveCount(0);
  await expect(received).toContainText("<img src=x onerror=alert(1)>");

  // The member has it on screen, so the customer's message shows as seen.
  await expect(messages(customer).getByText("Seen")).toBeVisible();

  await send(member, "I will come by **tomorrow**.");
  await expect(messages(customer).getByRole("listitem").last()).toContainText("I will come by tomorrow.");
  await expect(messages(customer).getByRole("listitem").last().locator("strong")).toHaveText("tomorrow");
});

test("a customer's answer takes a waiting ticket back to In Progress", async ({ browser }) => {
  const { customer, admin, number } = await ticketInProgress(browser, uniqueTitle("Waiting"));
  await chooseStatus(admin, "Awaiting customer");
  await expect(currentStep(admin)).toHaveText(/Awaiting customer/);
  await customer.goto(`/portal/tickets/${number}`);
  await expect(customer.getByText("We need your answer").first()).toBeVisible();
  await send(customer, "Here is the serial number: 12345");
  await expect(currentStep(admin)).toHaveText(/^In Progress/);
});

test("no message box where one may not write: a closed ticket for its customer, an unassigned member", async ({
  browser,
}) => {
  const { customer, admin, number } = await ticketInProgress(browser, uniqueTitle("Read only"));
  const member2 = await personPage(browser, people.member2);
  await member2.goto(`/tickets/${number}`);
  await expect(member2.getByRole("heading", { name: "Messages" })).toBeVisible();
  await expect(member2.getByRole("textbox", { name: "Message" })).toHaveCount(0);
  await expect(member2.getByRole("button", { name: "Send" })).toHaveCount(0);

  await send(customer, "Thanks for the quick help");
  await chooseStatus(admin, "Closed");
  await expect(currentStep(admin)).toHaveText(/^Closed/);
  await customer.goto(`/portal/tickets/${number}`);
  await expect(messages(customer)).toContainText("Thanks for the quick help");
  await expect(customer.getByRole("textbox", { name: "Message" })).toHaveCount(0);
  await expect(customer.getByRole("button", { name: "Send" })).toHaveCount(0);
});
