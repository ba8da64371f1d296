import { expect, type Page } from "@playwright/test";
import { test } from "./csp-guard";
import { expectNoSidewaysScroll, PHONE, people, personPage, signIn, uniqueTitle } from "./fixtures";

const settingsNav = (page: Page) => page.getByRole("navigation", { name: "Settings" });
const activeFlows = (page: Page) => page.getByRole("region", { name: "Active flows" });
const flowRow = (page: Page, name: string) =>
  activeFlows(page).getByRole("listitem").filter({ hasText: name });

/** The labels of the assistant's buttons, in their order. */
async function buttonOrder(page: Page, labels: string[]): Promise<string[]> {
  const texts = await page
    .getByRole("list", { name: "Action buttons" })
    .getByRole("listitem")
    .allInnerTexts();
  return texts.flatMap((text) => labels.filter((label) => text.includes(label)));
}

test("an admin builds a creation flow, previews it, starts it from the assistant and archives it", async ({
  page,
}) => {
  await signIn(page, people.admin);
  await page.goto("/settings/users");
  await settingsNav(page).getByRole("link", { name: "Creation flows" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Creation flows" })).toBeVisible();
  await expect(flowRow(page, "Report a problem")).toContainText("Default");

  await page.getByRole("button", { name: "New flow" }).click();
  await expect(page).toHaveURL(/\/settings\/flows\/new$/);
  const name = uniqueTitle("Machine check");
  await page.getByRole("textbox", { name: "Flow name" }).fill(name);
  await page.getByRole("textbox", { name: "Question" }).first().fill("Serial number");
  await page.getByRole("button", { name: "Add step" }).click();
  const second = page.getByRole("region", { name: "Step 2" });
  // The new step's question has the focus; left empty, saving says what is missing, and where.
  await expect(second.getByRole("textbox", { name: "Question" })).toBeFocused();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." }),
  ).toBeVisible();
  await expect(second.getByText("Enter the question.")).toBeVisible();
  await expect(second.getByRole("textbox", { name: "Question" })).toHaveAttribute("aria-invalid", "true");

  await second.getByRole("textbox", { name: "Question" }).fill("Is the machine running?");
  await second.getByRole("textbox", { name: "Help text" }).fill("Look at the green lamp.");
  await second.getByRole("combobox", { name: "Input type" }).selectOption({ label: "Single choice" });
  await second.getByRole("textbox", { name: "Options (one per line)" }).fill("Yes, but badly\nNo");
  await expect(second.getByRole("checkbox", { name: "Required" })).toBeChecked();
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page).toHaveURL(/\/settings\/flows$/);
  await expect(page.getByText(`Flow "${name}" created`)).toBeVisible();
  const row = flowRow(page, name);
  await expect(row).toContainText("2 steps");
  await expect(row).toContainText("0 tickets");
  await expect(row).toContainText("All assets");

  // The editor shows what was saved.
  await row.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("textbox", { name: "Flow name" })).toHaveValue(name);
  await expect(page.getByRole("textbox", { name: "Question" })).toHaveCount(2);
  await expect(page.getByRole("textbox", { name: "Question" }).last()).toHaveValue("Is the machine running?");
  await expect(page.getByRole("textbox", { name: "Options (one per line)" })).toHaveValue(
    "Yes, but badly\nNo",
  );
  await page.getByRole("link", { name: "Back to creation flows" }).click();

  // The preview walks the steps one screen at a time and keeps answers on Back; nothing is sent.
  await flowRow(page, name).getByRole("link", { name: "Preview" }).click();
  await expect(page.getByText("Preview: nothing is saved")).toBeVisible();
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  await expect(page.getByRole("button", { name: "Back" })).toBeDisabled();
  await page.getByRole("textbox", { name: "Serial number" }).fill("SN-4711");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 2")).toBeVisible();
  await expect(page.getByText("Look at the green lamp.")).toBeVisible();
  const running = page.getByRole("radiogroup", { name: "Is the machine running?" });
  await running.getByRole("radio", { name: "Yes, but badly" }).click();
  await expect(running.getByRole("radio", { name: "Yes, but badly" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Serial number" })).toHaveValue("SN-4711");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Step 2 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByRole("heading", { name: "End of the flow" })).toBeVisible();

  // Two action buttons on the assistant: one starting the new flow, one a video session.
  await settingsNav(page).getByRole("link", { name: "Assistant" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Assistant" })).toBeVisible();
  const flowLabel = uniqueTitle("Check the machine");
  const videoLabel = uniqueTitle("Talk to us");
  await page.getByRole("button", { name: "New action button" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Label" }).fill(flowLabel);
  await dialog.getByRole("combobox", { name: "Icon" }).selectOption({ label: "Camera" });
  await expect(dialog.getByRole("combobox", { name: "Starts" })).toHaveValue("flow");
  await dialog.getByRole("combobox", { name: "Flow" }).selectOption({ label: name });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const buttons = page.getByRole("list", { name: "Action buttons" });
  await expect(buttons.getByRole("listitem").filter({ hasText: flowLabel })).toContainText(`Starts ${name}`);

  await page.getByRole("button", { name: "New action button" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Label" }).fill(videoLabel);
  await dialog.getByRole("combobox", { name: "Starts" }).selectOption({ label: "Request a video session" });
  await expect(dialog.getByRole("combobox", { name: "Flow" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  const videoRow = buttons.getByRole("listitem").filter({ hasText: videoLabel });
  await expect(videoRow).toContainText("Starts a request for a video session");
  expect(await buttonOrder(page, [flowLabel, videoLabel])).toEqual([flowLabel, videoLabel]);

  await videoRow.getByRole("button", { name: "Move up" }).click();
  await expect.poll(() => buttonOrder(page, [flowLabel, videoLabel])).toEqual([videoLabel, flowLabel]);
  await expect(
    buttons.getByRole("listitem").filter({ hasText: flowLabel }).getByRole("button", { name: "Move down" }),
  ).toBeDisabled();
  await videoRow.getByRole("button", { name: "Move down" }).click();
  await expect.poll(() => buttonOrder(page, [flowLabel, videoLabel])).toEqual([flowLabel, videoLabel]);

  await videoRow.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove button" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(buttons.getByRole("listitem").filter({ hasText: videoLabel })).toHaveCount(0);

  // Archiving asks first; the flow moves to the archived ones and its button is hidden from customers.
  await settingsNav(page).getByRole("link", { name: "Creation flows" }).click();
  await flowRow(page, name).getByRole("button", { name: "Archive" }).click();
  const confirm = page.getByRole("dialog", { name: `Archive the flow "${name}"?` });
  await expect(confirm).toContainText("No ticket was made with it yet.");
  await confirm.getByRole("button", { name: "Archive flow" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("region", { name: "Archived flows" }).getByText(name)).toBeVisible();
  await expect(flowRow(page, name)).toHaveCount(0);

  await settingsNav(page).getByRole("link", { name: "Assistant" }).click();
  await expect(buttons.getByRole("listitem").filter({ hasText: flowLabel })).toContainText(
    "Flow archived: hidden from customers",
  );
  // The archived flow is no longer offered for a button.
  await buttons
    .getByRole("listitem")
    .filter({ hasText: flowLabel })
    .getByRole("button", { name: "Edit" })
    .click();
  dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("combobox", { name: "Flow" })).toHaveValue("");
  await expect(dialog.getByRole("option", { name })).toHaveCount(0);
});

test("saving a flow someone else changed in the meantime is refused, and says so", async ({ browser }) => {
  const first = await personPage(browser, people.admin);
  const second = await personPage(browser, people.admin);
  const name = uniqueTitle("Spare parts");
  await first.goto("/settings/flows/new");
  await first.getByRole("textbox", { name: "Flow name" }).fill(name);
  await first.getByRole("textbox", { name: "Question" }).fill("Which part?");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first).toHaveURL(/\/settings\/flows$/);
  await flowRow(first, name).getByRole("link", { name: "Edit" }).click();
  await expect(first.getByRole("textbox", { name: "Flow name" })).toHaveValue(name);
  await second.goto(first.url());

  await first.getByRole("textbox", { name: "Question" }).fill("Which spare part?");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first).toHaveURL(/\/settings\/flows$/);

  await second.getByRole("combobox", { name: "Input type" }).selectOption({ label: "Long text" });
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "changed by someone else" })).toBeVisible();
  await expect(second).toHaveURL(/\/settings\/flows\/[0-9a-f-]+$/);

  // An unknown flow is a 404, not a crash.
  const missing = await second.goto("/settings/flows/00000000-0000-4000-8000-000000000000");
  expect(missing?.status()).toBe(404);
  expect((await second.goto("/settings/flows/not-a-flow/preview"))?.status()).toBe(404);
});

test("the flow pages and the assistant fit a phone", async ({ browser }) => {
  const page = await personPage(browser, people.admin);
  await page.setViewportSize(PHONE);
  for (const path of ["/settings/flows", "/settings/flows/new", "/settings/assistant"]) {
    await expectNoSidewaysScroll(page, path);
  }
  await page.goto("/settings/flows");
  await flowRow(page, "Report a problem").getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("textbox", { name: "Flow name" })).toHaveValue("Report a problem");
  await expectNoSidewaysScroll(page, page.url().replace(/^https?:\/\/[^/]+/, ""));
  await expectNoSidewaysScroll(page, `${page.url().replace(/^https?:\/\/[^/]+/, "")}/preview`);
  await page.context().close();
});
