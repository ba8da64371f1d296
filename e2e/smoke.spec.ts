import { expect, test } from "@playwright/test";

test("the login page answers with its form", async ({ page }) => {
  const response = await page.goto("/login");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("textbox", { name: "Email" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Password" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the icons a browser or a phone asks for are there", async ({ page, request }) => {
  // Some clients ask for /favicon.ico whatever the page links.
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  await page.goto("/login");
  const linked = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(linked.length).toBeGreaterThanOrEqual(2);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  for (const href of [...linked, ...manifest.icons.map((i: { src: string }) => i.src)]) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});
