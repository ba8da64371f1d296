import { expect } from "@playwright/test";
import { startWebhookReceiver } from "../tests/support/webhook-receiver";
import { test } from "./csp-guard";
import { people, personPage, uniqueTitle } from "./fixtures";

test("an admin creates an API token and a webhook; a ticket made through the API is delivered, signed, and logged with the receiver's status", async ({
  browser,
  request,
}) => {
  const receiver = await startWebhookReceiver();
  receiver.plan.push({ status: 202 });
  try {
    const admin = await personPage(browser, people.admin);
    await admin.goto("/settings/api");
    await admin.getByRole("button", { name: "New token" }).click();
    const tokenDialog = admin.getByRole("dialog", { name: "New API token" });
    await tokenDialog.getByRole("textbox", { name: "Name" }).fill("ERP");
    await tokenDialog.getByLabel("Read and write").check();
    await tokenDialog.getByRole("button", { name: "Create token" }).click();
    const tokenBox = tokenDialog.getByRole("textbox", { name: "Token" });
    await expect(tokenBox).toHaveValue(/^hd_[\w-]{43}$/);
    const token = await tokenBox.inputValue();
    await tokenDialog.getByRole("button", { name: "Done" }).click();
    await expect(admin.getByRole("table", { name: "Your API tokens" })).toContainText("ERP");
    await expect(admin.getByRole("table", { name: "Your API tokens" })).toContainText("Not used yet");

    await admin.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
    await admin.getByRole("button", { name: "New webhook" }).click();
    const hookDialog = admin.getByRole("dialog", { name: "New webhook" });
    await hookDialog.getByRole("textbox", { name: "URL" }).fill(receiver.url);
    await hookDialog.getByRole("button", { name: "Save" }).click();
    const secretBox = hookDialog.getByRole("textbox", { name: "Signing secret" });
    await expect(secretBox).toHaveValue(/^whsec_/);
    const secret = await secretBox.inputValue();
    await hookDialog.getByRole("button", { name: "Done" }).click();

    const title = uniqueTitle("Made by the ERP");
    const created = await request.post("/api/v1/tickets", {
      headers: { Authorization: `Bearer ${token}` },
      data: { title },
    });
    expect(created.status()).toBe(201);
    const ticket = await created.json();

    await expect
      .poll(() => receiver.received.filter((r) => r.body.includes(title)).length, { timeout: 20_000 })
      .toBe(1);
    const message = receiver.received.find((r) => r.body.includes(title))!;
    expect(receiver.verifies(secret, message)).toBe(true);
    expect(JSON.parse(message.body)).toMatchObject({
      type: "ticket.created",
      data: { number: ticket.number },
    });

    const log = admin.getByRole("table", { name: `Deliveries to ${receiver.url}` });
    await expect(async () => {
      await admin.reload();
      await expect(log.getByRole("row").filter({ hasText: message.id })).toContainText("HTTP 202", {
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(log.getByRole("row").filter({ hasText: message.id })).toContainText("Delivered");

    await admin.goto("/settings/api");
    await expect(admin.getByRole("table", { name: "Your API tokens" })).not.toContainText("Not used yet");
    await admin.getByRole("button", { name: "Revoke ERP" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
    await expect(admin.getByText("You have no API tokens yet.")).toBeVisible();
    const refused = await request.get("/api/v1/tickets", { headers: { Authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  } finally {
    await receiver.close();
  }
});

test("a member's Settings hold only their API tokens; a customer's token from the profile reads only what the portal shows", async ({
  browser,
  request,
}) => {
  const member = await personPage(browser, people.member);
  await member.goto("/settings");
  await expect(member).toHaveURL(/\/settings\/api$/);
  const sections = member.getByRole("navigation", { name: "Settings" }).getByRole("link");
  await expect(sections).toHaveText(["API"]);
  await member.goto("/settings/webhooks");
  await expect(member).toHaveURL(/\/tickets$/);

  const customer = await personPage(browser, people.customer);
  await customer.goto("/portal/profile");
  await customer.getByRole("button", { name: "New token" }).click();
  const dialog = customer.getByRole("dialog", { name: "New API token" });
  await dialog.getByRole("textbox", { name: "Name" }).fill("My scripts");
  await dialog.getByRole("button", { name: "Create token" }).click();
  const token = await dialog.getByRole("textbox", { name: "Token" }).inputValue();
  const list = await request.get("/api/v1/tickets", { headers: { Authorization: `Bearer ${token}` } });
  expect(list.status()).toBe(200);
  const { items } = await list.json();
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item).not.toHaveProperty("status");
  const write = await request.post("/api/v1/tickets", {
    headers: { Authorization: `Bearer ${token}` },
    data: { title: "Read-only tokens cannot write" },
  });
  expect(write.status()).toBe(403);
});

test("the API reference loads from this server and describes the tickets endpoints", async ({
  page,
  request,
}) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/tickets/{number}/status");
  await page.goto("/api/v1/docs");
  await expect(page.getByText("Helpdesk API").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Move a ticket to another status").first()).toBeVisible();
});
