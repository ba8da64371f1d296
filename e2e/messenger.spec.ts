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
  const title = uniqueTitle("Messenger");
  const { customer, number } = await ticketInProgress(browser, title);
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

  // Every employee reads for themselves: the moderator, who never opened it, sees the customer's
  // message as new in the ticket list; the customer, who has it open, has nothing unread.
  const moderator = await personPage(browser, people.moderator);
  await moderator.goto(`/tickets?q=${number}`);
  await expect(moderator.locator("tr", { hasText: title })).toContainText("1 new message");
  await customer.goto("/portal/tickets");
  const row = customer.getByRole("list", { name: "Tickets" }).locator("li", { hasText: title });
  await expect(row).toBeVisible();
  await expect(row).not.toContainText("new message");
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

test("updates: a public one reaches the customer's history, an internal one never leaves the staff side", async ({
  browser,
}) => {
  const { customer, number } = await ticketInProgress(browser, uniqueTitle("Updates"));
  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);
  const history = member.getByRole("list", { name: "History" });

  await member.getByRole("textbox", { name: "Update" }).fill("Replaced the **seal** of the pump");
  await member.getByRole("button", { name: "Add update" }).click();
  await expect(history).toContainText("Replaced the seal of the pump");
  await expect(history.locator("strong")).toHaveText("seal");

  const canary = `CANARY-${Date.now().toString(36)}`;
  await member.getByRole("textbox", { name: "Update" }).fill(`${canary}: the part costs us 400 €`);
  await member.getByRole("checkbox", { name: "Internal" }).check();
  await member.getByRole("button", { name: "Add update" }).click();
  await expect(history.getByRole("listitem").filter({ hasText: canary })).toContainText("Internal");

  await customer.goto(`/portal/tickets/${number}`);
  await expect(customer.getByRole("list", { name: "History" })).toContainText(
    "Replaced the seal of the pump",
  );
  // Not in the page, its RSC payload included, nor in what the portal's API answers.
  expect(await customer.content()).not.toContain(canary);
  const api = await customer.request.get(`/api/tickets/${number}`);
  expect(api.ok()).toBe(true);
  expect(await api.text()).not.toContain(canary);
  // Customers add public updates only: no "Internal" box for them.
  await expect(customer.getByRole("checkbox", { name: "Internal" })).toHaveCount(0);
  await customer.getByRole("textbox", { name: "Update" }).fill("Works again, thank you");
  await customer.getByRole("button", { name: "Add update" }).click();
  await expect(customer.getByRole("list", { name: "History" })).toContainText("Works again, thank you");
  await expect(history).toContainText("Works again, thank you");
});

test("a picture and a voice message travel with messages: shown inline, played back", async ({ browser }) => {
  const { customer, number } = await ticketInProgress(browser, uniqueTitle("Files"));
  const member = await personPage(browser, people.member);
  await member.goto(`/tickets/${number}`);

  const messenger = customer.getByRole("region", { name: "Messages" });
  await messenger.getByLabel("Attach file").setInputFiles("e2e/files/leak.png");
  await expect(messenger.getByText("leak.png")).toBeVisible();
  await customer.getByRole("textbox", { name: "Message" }).fill("Here is a photo");
  await customer.getByRole("button", { name: "Send" }).click();
  const picture = messages(member).getByRole("img", { name: "leak.png" });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const response = await member.request.get((await picture.getAttribute("src"))!);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // Every download is authorized: signed out, nothing.
  const anonymous = await browser.newContext({ baseURL: customer.url() });
  expect((await anonymous.request.get((await picture.getAttribute("src"))!)).status()).toBe(401);
  await anonymous.close();

  await member.getByRole("button", { name: "Record voice message" }).click();
  await expect(member.getByRole("button", { name: /Stop recording/ })).toBeVisible();
  await member.waitForTimeout(1500);
  await member.getByRole("button", { name: /Stop recording/ }).click();
  await expect(member.getByText("voice-message.webm")).toBeVisible();
  await expect(member.getByText("Uploading…")).toHaveCount(0);
  await member.getByRole("button", { name: "Send" }).click();
  const voice = messages(customer).getByRole("listitem").last();
  await expect(voice).toContainText(/Voice message · 0:0[12]/);
  const audio = voice.locator("audio");
  await expect(audio).toHaveCount(1);
  await expect
    .poll(() => audio.evaluate((a: HTMLAudioElement) => a.readyState), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(1);
  const played = await audio.evaluate(async (a: HTMLAudioElement) => {
    a.muted = true;
    await a.play();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return a.currentTime > 0;
  });
  expect(played).toBe(true);
});
