/**
 * Call set-up time in the browser: from the second side's "Join call" click until both sides' media
 * connections are up, p50/p95 over 20 calls (after 2 warm-up calls), with Chromium's fake camera and
 * microphone. Run inside a loopback-only network namespace (scripts/bench-calls.sh does), against its
 * own server from the production build on a fresh PGlite.
 * Run with `node --conditions=react-server --import tsx`.
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";
import {
  CHROMIUM_ARGS,
  percentiles,
  requireBuild,
  signIn,
  startServer,
  stopServer,
} from "./bench-call-support";

const CALLS = Number(process.env.BENCH_CALLS ?? 20);
const WARMUP = 2;
const PORT = 3203;
const BASE = `http://localhost:${PORT}`;
const DATA_DIR = "./bench-data/calls";

const step = (page: Page) =>
  page.getByRole("navigation", { name: "Video session status" }).locator('li[aria-current="step"]');

async function newSession(member: Page, i: number): Promise<number> {
  await member.goto(`${BASE}/sessions`);
  await member.getByRole("button", { name: "New video session" }).click();
  const dialog = member.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Asset" }).selectOption({ label: "Demo Asset" });
  await dialog.getByRole("combobox", { name: "Customer" }).selectOption({ label: "Carla Customer" });
  await dialog.getByRole("textbox", { name: "Reason" }).fill(`Benchmark call ${i}`);
  await dialog.getByRole("button", { name: "Create session" }).click();
  await step(member).getByText("Confirmed").waitFor();
  return Number(new URL(member.url()).pathname.split("/").at(-1));
}

async function main(): Promise<void> {
  requireBuild();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const server = await startServer(PORT, { DATA_DIR, SEED_DEMO: "1", DATABASE_URL: "" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      "--allow-loopback-in-peer-connection",
    ],
  });
  try {
    const open = async (email: string) => {
      const page = await (await browser.newContext({ permissions: ["camera", "microphone"] })).newPage();
      await signIn(page, BASE, email);
      return page;
    };
    const member = await open("member@example.com");
    const customer = await open("customer@example.com");
    const times: number[] = [];
    for (let i = 0; i < WARMUP + CALLS; i++) {
      const number = await newSession(member, i);
      await customer.goto(`${BASE}/portal/sessions/${number}`);
      await customer.getByRole("button", { name: /^(Start|Join) call/ }).click();
      await customer.getByText("Waiting for the other side to join…").waitFor();
      const t0 = Date.now();
      await member.getByRole("button", { name: /^(Start|Join) call/ }).click();
      await Promise.all([
        member.getByText("Connected", { exact: true }).waitFor(),
        customer.getByText("Connected", { exact: true }).waitFor(),
      ]);
      const ms = Date.now() - t0;
      if (i >= WARMUP) times.push(ms);
      console.log(`  call ${i + 1}${i < WARMUP ? " (warm-up)" : ""}: ${ms} ms`);
      await step(member).getByText("In Progress").waitFor({ timeout: 20_000 });
      await member.getByRole("button", { name: "End call" }).click();
      await step(customer).getByText("Done").waitFor();
    }
    const { p50, p95, n } = percentiles(times);
    console.log(
      `\nCall set-up, second "Join call" click → both media connected (${n} calls): p50 ${p50} ms, p95 ${p95} ms`,
    );
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
