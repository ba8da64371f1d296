/**
 * First-load JavaScript per page, as a browser downloads it (gzipped bytes on the wire), from a
 * running production server with the demo data:
 *   npm start   # or any `next start` with SEED_DEMO=1, then:
 *   BASE_URL=http://localhost:3000 npx tsx scripts/measure-first-load-js.ts
 * Each page is loaded in a fresh browser context (empty cache) after signing in.
 */
import { chromium, type Page } from "@playwright/test";

const BASE = process.env.BASE_URL ?? "http://localhost:3000";
const PAGES: { who: string | null; path: string }[] = [
  { who: null, path: "/login" },
  { who: "admin@example.com", path: "/tickets" },
  { who: "admin@example.com", path: "/tickets/1005" },
  { who: "customer@example.com", path: "/portal/tickets" },
  { who: "customer@example.com", path: "/portal/tickets/1004" },
];

async function signIn(page: Page, email: string) {
  await page.goto(`${BASE}/login`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill("demo1234");
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  console.log("page | scripts | JS on the wire (gzipped) | JS uncompressed");
  for (const { who, path } of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (who) {
      await signIn(page, who);
      // A fresh context with the session only: nothing of the sign-in page stays cached.
      const state = await context.storageState();
      await context.close();
      const fresh = await browser.newContext({ storageState: state });
      await measure(await fresh.newPage(), path);
      await fresh.close();
    } else {
      await measure(page, path);
      await context.close();
    }
  }
  await browser.close();
}

async function measure(page: Page, path: string) {
  const scripts: Promise<{ wire: number; raw: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      (async () => {
        const [sizes, body] = await Promise.all([
          response.request().sizes(),
          response.body().catch(() => Buffer.alloc(0)),
        ]);
        return { wire: sizes.responseBodySize, raw: body.length };
      })(),
    );
  });
  await page.goto(`${BASE}${path}`, { waitUntil: "load" });
  await page.waitForTimeout(1000);
  const all = await Promise.all(scripts);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const wire = all.reduce((sum, s) => sum + s.wire, 0);
  const raw = all.reduce((sum, s) => sum + s.raw, 0);
  console.log(`${path} | ${all.length} | ${kb(wire)} | ${kb(raw)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
