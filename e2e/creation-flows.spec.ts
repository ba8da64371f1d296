import { expect } from "@playwright/test";
import { test } from "./csp-guard";
import { currentStep, people, personPage, uniqueTitle } from "./fixtures";

test("an admin's flow, started from the assistant, is a Draft until its last step is answered", async ({
  browser,
}) => {
  const flowName = uniqueTitle("Breakdown check");
  const buttonLabel = uniqueTitle("Report a stoppage");
  const serial = uniqueTitle("SN");

  // The admin builds a two-step flow and a button for it.
  const admin = await personPage(browser, people.admin);
  await admin.goto("/settings/flows");
  await admin
    .getByRole("link", { name: "New flow" })
    .or(admin.getByRole("button", { name: "New flow" }))
    .first()
    .click();
  await admin.getByRole("textbox", { name: "Flow name" }).fill(flowName);
  await admin.getByRole("textbox", { name: "Question" }).first().fill("Serial number");
  await admin.getByRole("button", { name: "Add step" }).click();
  await admin.getByRole("textbox", { name: "Question" }).last().fill("What happened?");
  await admin.getByRole("combobox", { name: "Input type" }).last().selectOption("long_text");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText(flowName).first()).toBeVisible();

  await admin.goto("/settings/assistant");
  await admin.getByRole("button", { name: "New action button" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Label" }).fill(buttonLabel);
  await dialog.getByRole("combobox", { name: "Flow" }).selectOption({ label: flowName });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText(buttonLabel).first()).toBeVisible();

  // The customer starts it from the assistant and leaves after step 1.
  const customer = await personPage(browser, people.customer);
  // Customers land on the assistant.
  await customer.goto("/");
  await customer.waitForURL("**/portal/assistant");
  await customer.getByRole("link", { name: buttonLabel }).click();
  await expect(customer.getByText("Step 1 of 2")).toBeVisible();
  await customer.getByRole("textbox", { name: "Serial number" }).fill(serial);
  await customer.getByRole("button", { name: "Next" }).click();
  await expect(customer.getByText("Step 2 of 2")).toBeVisible();
  await expect(customer.getByText(/Saved as draft T-\d+/)).toBeVisible();

  const draftNumber = (await customer.getByText(/Saved as draft T-\d+/).textContent())?.match(/T-(\d+)/)?.[1];
  await customer.goto("/portal/assistant");
  await expect(customer.getByRole("link", { name: `Continue draft T-${draftNumber}` })).toBeVisible();
  // Nobody else sees the draft, not even by its number.
  const member = await personPage(browser, people.member);
  expect((await member.goto(`/tickets/${draftNumber}`))?.status()).toBe(404);

  // The draft is in the customer's list; its page offers Continue.
  await customer.goto("/portal/tickets");
  const row = customer.getByRole("listitem").filter({ hasText: serial });
  await expect(row.getByText("Draft")).toBeVisible();
  await row.getByRole("link").first().click();
  await expect(currentStep(customer)).toContainText("Draft");
  const number = Number(customer.url().split("/").pop());
  await customer.getByRole("link", { name: "Continue" }).click();
  await expect(customer.getByText("Step 2 of 2")).toBeVisible();
  await customer.getByRole("textbox", { name: "What happened?" }).fill("It stopped with E42.");
  await customer.getByRole("button", { name: "Create ticket" }).click();
  await customer.waitForURL(`**/portal/tickets/${number}`);
  await expect(currentStep(customer)).toContainText("Open");
  const provided = customer.getByRole("region", { name: "Information provided" });
  await expect(provided.getByText("Serial number")).toBeVisible();
  await expect(provided.getByText("It stopped with E42.")).toBeVisible();

  // Now the member sees the answers at the top of the ticket.
  await member.goto(`/tickets/${number}`);
  const staffProvided = member.getByRole("region", { name: "Information provided" });
  await expect(staffProvided.getByText(serial)).toBeVisible();
  await expect(staffProvided.getByText("What happened?")).toBeVisible();

  // An employee's flow ends with Visibility.
  await member.goto("/tickets/new");
  await member.getByRole("link", { name: flowName }).click();
  await expect(member.getByText("Step 1 of 3")).toBeVisible();
  await member.getByRole("textbox", { name: "Serial number" }).fill(`${serial}-B`);
  await member.getByRole("button", { name: "Next" }).click();
  await member.getByRole("textbox", { name: "What happened?" }).fill("Checked on site.");
  await member.getByRole("button", { name: "Next" }).click();
  await expect(member.getByText("Step 3 of 3")).toBeVisible();
  await member.getByRole("button", { name: "Create ticket" }).click();
  await expect(member.getByText("Choose Internal or Public.")).toBeVisible();
  await member
    .getByRole("radiogroup", { name: "Visibility" })
    .getByRole("radio", { name: "Internal" })
    .click();
  await member.getByRole("button", { name: "Create ticket" }).click();
  await member.waitForURL(/\/tickets\/\d+$/);
  await expect(member.getByText("Internal", { exact: true }).first()).toBeVisible();
});
