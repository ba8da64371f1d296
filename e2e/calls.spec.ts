import { type Browser, expect, type Page } from "@playwright/test";
import { test } from "./csp-guard";
import { people, signIn, uniqueTitle } from "./fixtures";

const sessionStep = (page: Page) =>
  page.getByRole("navigation", { name: "Video session status" }).locator('li[aria-current="step"]');

async function caller(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ permissions: ["camera", "microphone"] });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The other side's picture arrives and plays: frames decoded, a size, not paused. */
async function expectRemoteVideoPlays(page: Page) {
  const remote = page.getByLabel("Remote video");
  await expect(remote).toBeVisible();
  await expect
    .poll(
      () =>
        remote.evaluate((video: HTMLVideoElement) => ({
          playing: !video.paused && video.readyState >= 2,
          width: video.videoWidth,
        })),
      { timeout: 20_000 },
    )
    .toEqual({ playing: true, width: expect.any(Number) });
  expect(await remote.evaluate((video: HTMLVideoElement) => video.videoWidth)).toBeGreaterThan(0);
}

/** How many times a page joined the call: once per page, whatever refetches happen meanwhile. */
function countJoins(page: Page): () => number {
  let joins = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/calls") && request.postDataJSON()?.type === "join") joins++;
  });
  return () => joins;
}

test("a customer requests, a member confirms, both join; the call drives the status on both screens", async ({
  browser,
}) => {
  const reason = uniqueTitle("The pump rattles at start");
  const customer = await caller(browser, people.customer);
  await customer.goto("/portal/sessions");
  await customer.getByRole("link", { name: "Request video session" }).click();
  await customer.getByRole("combobox", { name: "Asset" }).selectOption({ label: "Demo Asset" });
  await customer.getByRole("textbox", { name: "Reason" }).fill(reason);
  await customer.getByRole("button", { name: "Send request" }).click();
  await expect(customer.getByRole("heading", { level: 1 })).toHaveText(reason);
  await expect(customer.getByText(/^V-\d+$/)).toBeVisible();
  await expect(sessionStep(customer)).toHaveText("Requested");
  const number = Number(customer.url().split("/").at(-1));

  // Mia is responsible for the Demo Asset: she received the request and confirms it.
  const member = await caller(browser, people.member);
  await member.goto("/sessions");
  await member.getByRole("link", { name: reason }).click();
  await expect(sessionStep(member)).toHaveText("Requested");
  await member.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(sessionStep(member)).toHaveText("Confirmed");
  await expect(sessionStep(customer)).toHaveText("Confirmed");

  const customerJoins = countJoins(customer);
  const memberJoins = countJoins(member);
  await customer.getByRole("button", { name: /^(Start|Join) call/ }).click();
  await expect(customer.getByText("Waiting for the other side to join…")).toBeVisible();
  await member.getByRole("button", { name: /^(Start|Join) call/ }).click();

  // Both media connections up: the server moves the session to In Progress, on both screens.
  await expect(sessionStep(member)).toHaveText("In Progress", { timeout: 20_000 });
  await expect(sessionStep(customer)).toHaveText("In Progress");
  await expectRemoteVideoPlays(customer);
  await expectRemoteVideoPlays(member);
  expect([customerJoins(), memberJoins()]).toEqual([1, 1]);
  await customer.screenshot({ path: "test-results/call-customer.png", fullPage: true });
  await member.screenshot({ path: "test-results/call-member.png", fullPage: true });

  await member.getByRole("button", { name: "Mute" }).click();
  await expect(member.getByRole("button", { name: "Unmute" })).toBeVisible();
  await member.getByRole("button", { name: "Camera off" }).click();
  await expect(member.getByRole("button", { name: "Camera on" })).toBeVisible();

  await member.getByRole("button", { name: "End call" }).click();
  await expect(sessionStep(member)).toHaveText("Done");
  await expect(sessionStep(customer)).toHaveText("Done");
  await expect(customer.getByLabel("Remote video")).toHaveCount(0);

  await customer.getByRole("radiogroup", { name: "Rating" }).getByRole("radio", { name: "5" }).click();
  await customer.getByRole("textbox", { name: "Comment" }).fill("Saw the problem at once.");
  await customer.getByRole("button", { name: "Submit rating" }).click();
  await expect(sessionStep(customer)).toHaveText("Closed");
  await expect(sessionStep(member)).toHaveText("Closed");
  await expect(member.getByText("5 of 5 — Saw the problem at once.")).toBeVisible();
  expect(number).toBeGreaterThan(1000);
});

test("a reloaded side comes back into the running call by itself", async ({ browser }) => {
  const reason = uniqueTitle("Check the gauge");
  const member = await caller(browser, people.member);
  await member.goto("/sessions");
  await member.getByRole("button", { name: "New video session" }).click();
  const dialog = member.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Asset" }).selectOption({ label: "Demo Asset" });
  await dialog.getByRole("combobox", { name: "Customer" }).selectOption({ label: "Carla Customer" });
  await dialog.getByRole("textbox", { name: "Reason" }).fill(reason);
  await dialog.getByRole("button", { name: "Create session" }).click();
  await expect(sessionStep(member)).toHaveText("Confirmed");
  const path = new URL(member.url()).pathname.replace("/sessions/", "/portal/sessions/");

  const customer = await caller(browser, people.customer);
  await customer.goto(path);
  await member.getByRole("button", { name: /^(Start|Join) call/ }).click();
  await customer.getByRole("button", { name: /^(Start|Join) call/ }).click();
  await expect(sessionStep(customer)).toHaveText("In Progress", { timeout: 20_000 });
  await expectRemoteVideoPlays(member);

  const memberJoins = countJoins(member);
  const customerJoins = countJoins(customer);
  await customer.reload();
  await expectRemoteVideoPlays(customer);
  await expectRemoteVideoPlays(member);
  // The reloaded page joined again by itself, once; the member's page stayed in.
  expect([customerJoins(), memberJoins()]).toEqual([1, 0]);
  await expect(sessionStep(customer)).toHaveText("In Progress");

  await customer.getByRole("button", { name: "End call" }).click();
  await expect(sessionStep(member)).toHaveText("Done");
});
