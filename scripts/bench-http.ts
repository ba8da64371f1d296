/**
 * Pages against the framework's floor, in one run: starts the production server on a fresh
 * database (demo data plus BENCH_HTTP_TICKETS generated tickets), signs in as the demo admin, and
 * loads the staff overview, a ticket detail, the anonymous sign-in page and a route handler that
 * does nothing (/api/health), in turns. First unloaded (one request at a time), then under
 * BENCH_HTTP_CONNECTIONS connections with autocannon. Prints requests/s, p50, p95 and each page's
 * ratio to the route handler.
 *   npm run bench:http                                                        # PGlite
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:http
 * BENCH_HTTP_SKIP_BUILD=1 reuses the last `next build`.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { seedDemoIfEmpty } from "@/db/seed";
import { type BenchDb, fmt, growTo, one, openPglite, openPostgres } from "./bench-support";

const PORT = Number(process.env.BENCH_HTTP_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const TICKETS = Number(process.env.BENCH_HTTP_TICKETS ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const UNLOADED = Number(process.env.BENCH_HTTP_UNLOADED ?? 150);
const PGLITE_DIR = "./bench-http-data";

type Target = { name: string; path: string; signedIn: boolean };
type Figures = { rps: number; p50: number; p95: number; errors: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

async function prepareData(): Promise<{ b: BenchDb; env: Record<string, string>; ticket: number }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const b = serverUrl
    ? await openPostgres(serverUrl, "helpdesk_bench_http")
    : await openPglite(PGLITE_DIR, { keep: true });
  await seedDemoIfEmpty(b.db, { enabled: true });
  await growTo(b, TICKETS);
  const { number } = await one<{ number: number }>(
    b,
    `select t.number from tickets t join statuses s on s.id = t.status_id
      where s.system_key = 'in_progress' order by t.number desc limit 1`,
  );
  const env: Record<string, string> = b.url ? { DATABASE_URL: b.url } : { DATA_DIR: PGLITE_DIR };
  // PGlite is one process's: the server opens it next.
  if (!b.url) await b.close();
  return { b, env, ticket: number };
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      SEED_DEMO: "0",
      AUTH_SECRET: "bench-http-secret-0123456789",
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("The server did not start within two minutes.");
}

/** The session cookie of the demo admin, through Auth.js' own endpoints. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: "admin@example.com", password: "demo1234" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Sign-in failed (${response.status}).`);
  return session.split(";")[0]!;
}

async function check(target: Target, cookie: string): Promise<void> {
  const response = await fetch(BASE + target.path, {
    redirect: "manual",
    headers: target.signedIn ? { cookie } : {},
  });
  if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}`);
  await response.arrayBuffer();
}

async function unloaded(targets: Target[], cookie: string): Promise<Map<string, number[]>> {
  const times = new Map(targets.map((t) => [t.name, [] as number[]]));
  for (let i = 0; i < UNLOADED; i++) {
    for (const target of targets) {
      const t0 = performance.now();
      await check(target, cookie);
      times.get(target.name)!.push(performance.now() - t0);
    }
  }
  return times;
}

function load(target: Target, cookie: string): Promise<{ rps: number; times: number[]; errors: number }> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE + target.path,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: target.signedIn ? { cookie } : {},
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({ rps: result.requests.total / SECONDS, times, errors: result.errors + result.non2xx });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

function table(rows: { name: string; unloaded: number[]; loaded: Figures }[], floor: Figures): void {
  const head = ["target", "unloaded p50", "unloaded p95", "req/s", "p50", "p95", "errors", "req/s vs route"];
  const cells = rows.map((r) => {
    const u = [...r.unloaded].sort((a, b) => a - b);
    return [
      r.name,
      fmt(percentile(u, 50)),
      fmt(percentile(u, 95)),
      r.loaded.rps.toFixed(0),
      fmt(r.loaded.p50),
      fmt(r.loaded.p95),
      String(r.loaded.errors),
      `${(r.loaded.rps / floor.rps).toFixed(2)}x`,
    ];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ");
  console.log(
    `\nResults (milliseconds; ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per target, in turns):\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of cells) console.log(line(row));
}

async function main(): Promise<void> {
  if (process.env.BENCH_HTTP_SKIP_BUILD !== "1") {
    console.log("Building (next build) …");
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const { b, env, ticket } = await prepareData();
  console.log(`Data: ${b.label}, ${TICKETS.toLocaleString("en")} generated tickets plus the demo's`);
  const server = await startServer(env);
  try {
    const cookie = await signIn();
    const targets: Target[] = [
      { name: "route handler /api/health", path: "/api/health", signedIn: false },
      { name: "sign-in page /login", path: "/login", signedIn: false },
      { name: "staff overview /tickets", path: "/tickets", signedIn: true },
      { name: `ticket detail /tickets/${ticket}`, path: `/tickets/${ticket}`, signedIn: true },
    ];
    for (const target of targets) for (let i = 0; i < 30; i++) await check(target, cookie);
    const [load1] = os.loadavg();
    console.log(`Load average before measuring: ${load1!.toFixed(2)} on ${os.cpus().length} CPUs`);
    const times = await unloaded(targets, cookie);
    const loaded = new Map(
      targets.map((t) => [t.name, { rps: [] as number[], times: [] as number[], errors: 0 }]),
    );
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const run = await load(target, cookie);
        const into = loaded.get(target.name)!;
        into.rps.push(run.rps);
        into.times.push(...run.times);
        into.errors += run.errors;
      }
    }
    const figures = (name: string): Figures => {
      const l = loaded.get(name)!;
      const sorted = [...l.times].sort((a, c) => a - c);
      const rps = [...l.rps].sort((a, c) => a - c)[Math.floor(l.rps.length / 2)]!;
      return { rps, p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors: l.errors };
    };
    const floor = figures(targets[0]!.name);
    table(
      targets.map((t) => ({ name: t.name, unloaded: times.get(t.name)!, loaded: figures(t.name) })),
      floor,
    );
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    if (b.url) await b.close();
    else await (await import("node:fs")).promises.rm(PGLITE_DIR, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
