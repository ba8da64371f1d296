import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { customerCreatesTicket, people, personPage, registerCustomer, uniqueTitle } from "./fixtures";

test("a customer unsubscribes from the e-mail's link without signing in, and turns e-mails on again in the profile", async ({
  browser,
}) => {
  const email = `ulla-${Date.now()}@example.com`;
  const customer = await registerCustomer(browser, {
    name: "Ulla Unsubscribe",
    email,
    password: "ulla-first-passphrase",
  });
  const number = await customerCreatesTicket(customer, uniqueTitle("Mail me"));

  const admin = await personPage(browser, people.admin);
  let link = "";
  await expect(async () => {
    await admin.goto("/settings/mail");
    const text = (await admin.locator("main").textContent()) ?? "";
    const found = text.match(
      new RegExp(
        `${email}[\\s\\S]*?T-${number}[\\s\\S]*?(https?://\\S+/unsubscribe\\?token=[A-Za-z0-9_.%-]+)`,
      ),
    );
    expect(found).not.toBeNull();
    link = found![1]!;
  }).toPass({ timeout: 20_000 });

  // Opened from the mail client, signed out: the link asks before it changes anything.
  const fromMail = await (await browser.newContext()).newPage();
  const url = new URL(link);
  await fromMail.goto(url.pathname + url.search);
  await expect(fromMail.getByRole("heading", { name: "Unsubscribe from e-mails" })).toBeVisible();
  await fromMail.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(fromMail.getByRole("status")).toContainText(`Done: ${email} gets no more e-mails`);

  // A tampered link changes nothing and says so.
  await fromMail.goto(`${url.pathname}?token=${url.searchParams.get("token")!.slice(0, -2)}xx`);
  await expect(fromMail.getByText("This unsubscribe link is not valid.")).toBeVisible();
  await expect(fromMail.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

  await customer.goto("/portal/profile");
  const box = customer.getByRole("checkbox", { name: "E-mail me about my tickets and video sessions" });
  await expect(box).not.toBeChecked();
  await box.click();
  await expect(customer.getByText("E-mail notifications on")).toBeVisible();
  await customer.reload();
  await expect(box).toBeChecked();
});
