import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { people, personPage, signIn } from "./fixtures";

test("an employee chooses per event what reaches them by e-mail and in the browser; the choice is kept", async ({
  browser,
}) => {
  const page = await personPage(browser, people.moderator);
  await page.goto("/profile");
  const card = page.getByRole("region", { name: "Notifications", exact: true });
  const messageByEmail = card.getByRole("checkbox", { name: "A new message in my ticket: E-mail" });
  const offerByBrowser = card.getByRole("checkbox", { name: "A ticket is offered to me: Browser" });
  const inApp = card.getByRole("checkbox", { name: "A ticket is offered to me: In the app" });
  const emails = card.getByRole("checkbox", { name: "Send me notification e-mails" });

  await expect(messageByEmail).toBeChecked();
  await expect(inApp).toBeChecked();
  await expect(inApp).toBeDisabled(); // the bell always tells
  await messageByEmail.click();
  await offerByBrowser.click();
  await card.getByRole("button", { name: "Save notifications" }).click();
  await expect(page.getByText("Notifications saved")).toBeVisible();

  await page.reload();
  await expect(messageByEmail).not.toBeChecked();
  await expect(offerByBrowser).not.toBeChecked();
  await expect(card.getByRole("checkbox", { name: "A ticket is assigned to me: E-mail" })).toBeChecked();

  // No e-mails at all: the e-mail column cannot be chosen until they are on again.
  await emails.click();
  await expect(card.getByRole("checkbox", { name: "A ticket is assigned to me: E-mail" })).toBeDisabled();
  await card.getByRole("button", { name: "Save notifications" }).click();
  await expect(page.getByText("Notifications saved")).toBeVisible();
  await page.reload();
  await expect(emails).not.toBeChecked();

  // Headless Chromium refuses notifications unless granted: the card says how to allow them.
  await expect(page.getByRole("region", { name: "Browser notifications" }).getByRole("status")).toHaveText(
    /blocks notifications from this site/,
  );
  // A browser that allows them and is not subscribed yet offers to turn them on.
  const allowing = await (await browser.newContext({ permissions: ["notifications"] })).newPage();
  await signIn(allowing, people.moderator);
  await allowing.goto("/profile");
  const browserCard = allowing.getByRole("region", { name: "Browser notifications" });
  await expect(browserCard.getByRole("status")).toHaveText("Browser notifications are off in this browser.");
  await expect(browserCard.getByRole("button", { name: "Turn on browser notifications" })).toBeVisible();

  // Back to the defaults for the other tests.
  await emails.click();
  await messageByEmail.click();
  await offerByBrowser.click();
  await card.getByRole("button", { name: "Save notifications" }).click();
  await expect(page.getByText("Notifications saved")).toBeVisible();
});
