import { expect } from "@playwright/test";
import { test } from "./csp-guard";

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

test("every page carries a fresh script nonce in its policy, and the headers that stop framing and sniffing", async ({
  page,
  request,
}) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=(self)");
  // Next.js puts the request's nonce on its own scripts.
  const scripts = await page
    .locator("script[src]")
    .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toContain(`'nonce-${nonce}'`);
  expect((await request.get("/api/live")).headers()["x-content-type-options"]).toBe("nosniff");
});
