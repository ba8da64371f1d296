/**
 * Call signalling latency across two app instances on one PostgreSQL: the customer's browser holds
 * its live stream on instance A; an employee posts signals to instance B (across) and, in turns, to
 * A itself (same instance); the time from the POST to the signal's arrival in the customer's page.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:signalling
 * Needs the production build (`npm run build`) and PostgreSQL (PGlite is one process).
 * Run with `node --conditions=react-server --import tsx`.
 */
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { createDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import {
  CHROMIUM_ARGS,
  freshDatabase,
  percentiles,
  requireBuild,
  signIn,
  startServer,
  stopServer,
} from "./bench-call-support";

const DB = "helpdesk_bench_signalling";
const MESSAGES = Number(process.env.BENCH_SIGNALS ?? 200);
const WARMUP = 20;

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    console.log(
      "Signalling benchmark skipped: it needs PostgreSQL (set BENCH_DATABASE_URL), as two instances cannot share PGlite.",
    );
    return;
  }
  requireBuild();
  const database = await freshDatabase(serverUrl, DB);
  const url = new URL(database.url);
  const handle = await createDb({ url: url.toString() });
  await handle.migrate();
  await seedDemo(handle.db);
  await handle.close();
  // The demo's confirmed session: Conrad (customer) and Mia (member, responsible).
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const [session] = await sql<{ id: string; customer_id: string }[]>`
    select v.id, v.customer_id from video_sessions v join statuses s on s.id = v.status_id
     where s.system_key = 'confirmed' order by v.number limit 1`;
  await sql.end({ timeout: 5 });
  if (!session) throw new Error("The demo data has no confirmed session.");
  const sessionId = session.id;
  const customerId = session.customer_id;

  const env = { DATABASE_URL: url.toString() };
  const [a, b] = await Promise.all([startServer(3201, env), startServer(3202, env)]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const at = async (base: string) => (await browser.newContext({ baseURL: base })).newPage();
    const customerPage = await at("http://localhost:3201");
    await signIn(customerPage, "http://localhost:3201", "customer2@example.com");
    const across = await at("http://localhost:3202");
    await signIn(across, "http://localhost:3202", "member@example.com");
    const same = await at("http://localhost:3201");
    await signIn(same, "http://localhost:3201", "member@example.com");
    for (const page of [customerPage, across]) {
      const response = await page.request.post("/api/calls", { data: { type: "join", sessionId } });
      if (!response.ok()) throw new Error(`join failed: ${response.status()} ${await response.text()}`);
    }
    // The customer's page records when each signal arrives on its live stream (its own, not the app's).
    await customerPage.evaluate(() => {
      const arrivals: Record<string, number> = {};
      (window as unknown as { arrivals: Record<string, number> }).arrivals = arrivals;
      const source = new EventSource("/api/live");
      source.addEventListener("signal", (event) => {
        const signal = JSON.parse((event as MessageEvent<string>).data) as {
          payload: { candidate?: { candidate: string } };
        };
        const tag = signal.payload.candidate?.candidate;
        if (tag) arrivals[tag] = Date.now();
      });
      return new Promise<void>((resolve) => source.addEventListener("open", () => resolve()));
    });
    const send = async (page: typeof across, tag: string) => {
      const t0 = Date.now();
      const response = await page.request.post("/api/calls", {
        data: {
          type: "signal",
          sessionId,
          to: customerId,
          payload: { type: "candidate", candidate: { candidate: tag, sdpMid: "0", sdpMLineIndex: 0 } },
        },
      });
      if (!response.ok()) throw new Error(`signal failed: ${response.status()} ${await response.text()}`);
      const arrived = await customerPage.waitForFunction(
        (t) => (window as unknown as { arrivals: Record<string, number> }).arrivals[t] ?? null,
        tag,
        { polling: 2 },
      );
      return Number(await arrived.jsonValue()) - t0;
    };
    const times = { across: [] as number[], same: [] as number[] };
    for (let i = 0; i < WARMUP + MESSAGES; i++) {
      // In turns, which goes first alternating: whatever slows the machine slows both.
      const order = i % 2 ? (["across", "same"] as const) : (["same", "across"] as const);
      for (const which of order) {
        const ms = await send(which === "across" ? across : same, `bench-${which}-${i}`);
        if (i >= WARMUP) times[which].push(ms);
      }
    }
    const x = percentiles(times.across);
    const s = percentiles(times.same);
    console.log(
      `\nSignalling latency, POST → arrival in the other browser (ms, ${x.n} messages each, in turns):`,
    );
    console.log(`  across two instances (B → PostgreSQL NOTIFY → A): p50 ${x.p50} ms, p95 ${x.p95} ms`);
    console.log(`  within one instance (A → PostgreSQL NOTIFY → A):  p50 ${s.p50} ms, p95 ${s.p95} ms`);
    console.log(`  ratio across / same (p50): ${(x.p50 / Math.max(s.p50, 1)).toFixed(2)}x`);
  } finally {
    await browser.close();
    stopServer(a);
    stopServer(b);
    await new Promise((r) => setTimeout(r, 1_000));
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
