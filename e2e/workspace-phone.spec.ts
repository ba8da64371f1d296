import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import {
  expectNoSidewaysScroll,
  PHONE,
  payInFull,
  people,
  personPage,
  ticketInProgress,
  uniqueTitle,
} from "./fixtures";

test("on a 390 px phone no page scrolls sideways, for customers, employees and admins", async ({
  browser,
}) => {
  // A ticket with a payment, so that its receipt is among the pages.
  const { customer, admin, number } = await ticketInProgress(browser, uniqueTitle("Phone check"));
  await payInFull(admin, "80");
  const receipt = await admin
    .getByRole("list", { name: "Payments" })
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(receipt).toMatch(/\/receipts\/\d+$/);

  await customer.setViewportSize(PHONE);
  for (const path of [
    "/portal/assistant",
    "/portal/tickets",
    "/portal/tickets/new",
    `/portal/tickets/${number}`,
    `/portal/tickets/${number}/receipts/${receipt!.split("/").pop()}`,
    "/portal/tickets/1004",
    "/portal/assets",
    "/portal/profile",
  ]) {
    await expectNoSidewaysScroll(customer, path);
  }

  await admin.setViewportSize(PHONE);
  for (const path of [
    "/tickets",
    "/tickets?sort=status&dir=desc",
    "/tickets/new",
    `/tickets/${number}`,
    receipt!,
    "/tickets/1005",
    "/profile",
    "/settings/users",
    "/settings/assets",
    "/settings/statuses",
    "/settings/workflow",
    "/settings/pay",
    "/settings/mail",
    "/settings/sms",
    "/settings/audit",
    "/settings/webhooks",
    "/settings/api",
  ]) {
    await expectNoSidewaysScroll(admin, path);
  }
  await expectNoSidewaysScroll(admin, "/no-such-page", 404);

  const member = await personPage(browser, people.member);
  await member.setViewportSize(PHONE);
  for (const path of ["/tickets", "/tickets/1003"]) await expectNoSidewaysScroll(member, path);

  const anonymous = await browser.newPage({ viewport: PHONE });
  for (const path of ["/login", "/register"]) await expectNoSidewaysScroll(anonymous, path);
});

test("on a phone the header collapses into a menu with the navigation and Sign out", async ({ browser }) => {
  const page = await personPage(browser, people.customer);
  await page.setViewportSize(PHONE);
  await page.goto("/portal/tickets");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  const menu = page.getByRole("dialog", { name: "Carla Customer" });
  await menu.getByRole("link", { name: "My assets" }).click();
  await expect(page).toHaveURL(/\/portal\/assets$/);
  await expect(menu).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
  // The status bar names the current step and how far along it is.
  await page.goto("/portal/tickets/1004");
  await expect(page.getByRole("navigation", { name: "Ticket status" })).toContainText("Step 4 of 6");
});
