/** Shared by the call benchmarks: app servers started from the production build, and signing in. */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import postgres from "postgres";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function percentiles(samples: number[]): { p50: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: at(50), p95: at(95), n: sorted.length };
}

/** The production build must exist: these benchmarks measure the app as it is served. */
export function requireBuild(): void {
  if (!fs.existsSync(".next/BUILD_ID")) {
    throw new Error("No production build: run `npm run build` first.");
  }
}

/** `next start` on a port with the given environment; resolves once it answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: "bench-secret-not-for-production-0123456789",
    AUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  // An empty value unsets the variable (DATABASE_URL="" for the embedded database).
  for (const [key, value] of Object.entries(merged)) if (value === "") delete merged[key];
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: merged,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(`http://localhost:${port}/login`);
      if (response.ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(child);
  throw new Error(`The server on port ${port} did not come up.`);
}

export function stopServer(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {}
}

export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill("demo1234");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/**
 * A new, empty database `name` on the PostgreSQL server of `serverUrl` (dropped first if a run
 * left it behind); `drop` removes it again. The benchmarks never touch the database in the URL.
 */
export async function freshDatabase(
  serverUrl: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** The resident memory of the server's whole process group (npx, next and its workers), in bytes. */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: the process group
      total += Number(fields[21]) * 4096; // field 24: resident pages
    } catch {}
  }
  return total;
}
