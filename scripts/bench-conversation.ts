/**
 * The conversation's benchmarks, against the production build on PostgreSQL:
 *   1. message send → visible on the other open screen (an employee and a customer in turns,
 *      each typing into the messenger; the time from the click on Send to the text appearing in
 *      the other browser), p50/p95, target under 300 ms;
 *   2. the staff ticket detail with 500 messages and 50 attachments against one with none, fetched
 *      in turns (target ≤ 1.5×: the conversation is paged, newest first, by keyset);
 *   3. a 25 MB upload's throughput and the server's peak memory during it, against a 5 MB upload
 *      (memory must not grow with the file: uploads stream to the store).
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:conversation
 * Run with `node --conditions=react-server --import tsx`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import postgres from "postgres";
import { createDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import type { Actor } from "@/lib/context";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { createTicket } from "@/lib/tickets/create-ticket";
import {
  CHROMIUM_ARGS,
  freshDatabase,
  groupRss,
  percentiles,
  requireBuild,
  signIn,
  startServer,
  stopServer,
} from "./bench-call-support";

const DB = "helpdesk_bench_conversation";
const PORT = 3205;
const BASE = `http://localhost:${PORT}`;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100);
const WARMUP = 10;
const PAGE_ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 60);
const MB = 1024 * 1024;

type Setup = { busy: number; empty: number; chat: number; uploads: number };

/** Three tickets of Conrad's asset, each accepted by Mia; the busy one gets 500 messages, 50 files. */
async function prepare(url: string): Promise<Setup> {
  const handle = await createDb({ url });
  await handle.migrate();
  await seedDemo(handle.db);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const person = async (email: string) => {
      const [u] = await sql<Actor[]>`select id, role, name, email from users where email = ${email}`;
      if (!u) throw new Error(`No demo user ${email}`);
      return u;
    };
    const customer = await person("customer@example.com");
    const member = await person("member@example.com");
    const [asset] = await sql<{ id: string }[]>`
      select a.asset_id as id from asset_members a
        join asset_responsibles r on r.asset_id = a.asset_id and r.user_id = ${member.id}
       where a.user_id = ${customer.id} limit 1`;
    if (!asset) throw new Error("The demo has no asset of customer@ that member@ is responsible for.");
    const make = async (title: string) => {
      const created = await createTicket({ actor: customer, db: handle.db }, { title, assetId: asset.id });
      await acceptOffer({ actor: member, db: handle.db }, { ticketId: created.ticketId });
      return created;
    };
    const busy = await make("Bench: 500 messages");
    const empty = await make("Bench: no messages");
    const chat = await make("Bench: live chat");
    const uploads = await make("Bench: uploads");
    // Alternating sides, a minute apart, every tenth with a picture (five of them on the newest page).
    await sql`
      insert into ticket_messages (ticket_id, author_id, body, created_at)
      select ${busy.ticketId}, case when i % 2 = 0 then ${customer.id}::uuid else ${member.id}::uuid end,
             'Message ' || i || ': **the pump** still makes *that* noise, see https://example.com/' || i,
             now() - ((500 - i) || ' minutes')::interval
        from generate_series(1, 500) i`;
    await sql`
      insert into attachments (ticket_id, uploader_id, message_id, storage_key, file_name, content_type, kind, size)
      select ${busy.ticketId}, m.author_id, m.id, 'bench/' || m.id, 'photo-' || m.id || '.png', 'image/png', 'image', 204800
        from ticket_messages m where m.ticket_id = ${busy.ticketId} and m.id % 10 = 0`;
    return { busy: busy.number, empty: empty.number, chat: chat.number, uploads: uploads.number };
  } finally {
    await sql.end({ timeout: 5 });
    await handle.close();
  }
}

async function person(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: BASE })).newPage();
  await signIn(page, BASE, email);
  return page;
}

/** Records when each "bench-…" text first appears in the page's list of messages. */
async function watchArrivals(page: Page): Promise<void> {
  await page.evaluate(() => {
    const arrivals: Record<string, number> = {};
    (window as unknown as { arrivals: Record<string, number> }).arrivals = arrivals;
    const list = document.querySelector('ol[aria-label="Messages"]') ?? document.body;
    new MutationObserver(() => {
      for (const match of (list.textContent ?? "").matchAll(/bench-\d+-[a-z]+/g)) {
        arrivals[match[0]] ??= Date.now();
      }
    }).observe(list, { childList: true, subtree: true, characterData: true });
  });
}

async function liveChat(browser: Browser, ticket: number) {
  const member = await person(browser, "member@example.com");
  const customer = await person(browser, "customer@example.com");
  await member.goto(`/tickets/${ticket}`);
  await customer.goto(`/portal/tickets/${ticket}`);
  for (const page of [member, customer]) {
    await page.getByRole("textbox", { name: "Message" }).waitFor();
    await watchArrivals(page);
  }
  const send = async (from: Page, to: Page, tag: string) => {
    await from.getByRole("textbox", { name: "Message" }).fill(tag);
    const button = from.getByRole("button", { name: "Send", exact: true });
    await button.waitFor({ state: "visible" });
    const t0 = await button.evaluate((b) => {
      (b as HTMLButtonElement).click();
      return Date.now();
    });
    const arrived = await to.waitForFunction(
      (t) => (window as unknown as { arrivals: Record<string, number> }).arrivals[t] ?? null,
      tag,
      { polling: 5, timeout: 15_000 },
    );
    // The sender's box empties once the message is stored: the next one starts from a clean box.
    await from.waitForFunction(
      () =>
        (document.querySelector('textarea[aria-label="Message"], textarea') as HTMLTextAreaElement | null)
          ?.value === "",
    );
    return Number(await arrived.jsonValue()) - t0;
  };
  const times = { toCustomer: [] as number[], toEmployee: [] as number[] };
  for (let i = 0; i < WARMUP + MESSAGES; i++) {
    const ms1 = await send(member, customer, `bench-${i}-staff`);
    const ms2 = await send(customer, member, `bench-${i}-customer`);
    if (i >= WARMUP) {
      times.toCustomer.push(ms1);
      times.toEmployee.push(ms2);
    }
  }
  return { member, times };
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

async function detailPages(cookie: string, busy: number, empty: number) {
  const get = async (number: number) => {
    const t0 = performance.now();
    const response = await fetch(`${BASE}/tickets/${number}`, { headers: { cookie } });
    const html = await response.text();
    if (!response.ok || !html.includes("Messages")) throw new Error(`detail ${number}: ${response.status}`);
    return { ms: performance.now() - t0, bytes: html.length };
  };
  const busyTimes: number[] = [];
  const emptyTimes: number[] = [];
  let sizes = { busy: 0, empty: 0 };
  for (let i = 0; i < 10 + PAGE_ROUNDS; i++) {
    // In turns, which goes first alternating: whatever slows the machine slows both.
    const first = i % 2 === 0;
    const a = first ? await get(busy) : null;
    const e = await get(empty);
    const b = a ?? (await get(busy));
    sizes = { busy: b.bytes, empty: e.bytes };
    if (i >= 10) {
      busyTimes.push(b.ms);
      emptyTimes.push(e.ms);
    }
  }
  return { busy: percentiles(busyTimes), empty: percentiles(emptyTimes), sizes };
}

async function uploads(cookie: string, ticket: number, pgid: number) {
  const run = async (size: number) => {
    const body = Buffer.alloc(size);
    body.write("%PDF-1.7\n");
    for (let i = 16; i < size; i += 4096) body.writeUInt32LE((i * 2654435761) >>> 0, i);
    await new Promise((r) => setTimeout(r, 300));
    const before = groupRss(pgid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, groupRss(pgid));
    }, 10);
    const t0 = performance.now();
    const response = await fetch(`${BASE}/api/tickets/${ticket}/attachments`, {
      method: "POST",
      headers: {
        cookie,
        origin: BASE,
        "content-type": "application/octet-stream",
        "x-file-name": encodeURIComponent(`bench-${size}.pdf`),
      },
      body,
    });
    const text = await response.text();
    const ms = performance.now() - t0;
    clearInterval(sampler);
    if (!response.ok) throw new Error(`upload ${size}: ${response.status} ${text}`);
    return { mbPerSecond: size / MB / (ms / 1000), growth: Math.max(0, peak - before) };
  };
  const results: Record<"small" | "large", { mbPerSecond: number[]; growth: number[] }> = {
    small: { mbPerSecond: [], growth: [] },
    large: { mbPerSecond: [], growth: [] },
  };
  await run(1 * MB); // warm the route
  for (let i = 0; i < 4; i++) {
    for (const which of i % 2 ? (["large", "small"] as const) : (["small", "large"] as const)) {
      const r = await run(which === "large" ? 25 * MB : 5 * MB);
      results[which].mbPerSecond.push(r.mbPerSecond);
      results[which].growth.push(r.growth);
    }
  }
  return results;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    console.log("Conversation benchmark skipped: it measures on PostgreSQL (set BENCH_DATABASE_URL).");
    return;
  }
  requireBuild();
  const database = await freshDatabase(serverUrl, DB);
  const url = new URL(database.url);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-conversation-"));
  const setup = await prepare(url.toString());
  const server = await startServer(PORT, { DATABASE_URL: url.toString(), DATA_DIR: dataDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(`Conversation benchmark on PostgreSQL; node ${process.version}; ${os.cpus().length} CPUs`);
    const { member, times } = await liveChat(browser, setup.chat);
    const toCustomer = percentiles(times.toCustomer);
    const toEmployee = percentiles(times.toEmployee);
    console.log(`\n1. Send → visible on the other open screen (ms, ${toCustomer.n} messages each way):`);
    console.log(`   employee → customer: p50 ${toCustomer.p50}, p95 ${toCustomer.p95}`);
    console.log(`   customer → employee: p50 ${toEmployee.p50}, p95 ${toEmployee.p95}   (target: under 300)`);

    const cookie = await cookieHeader(member);
    const pages = await detailPages(cookie, setup.busy, setup.empty);
    const ratio = pages.busy.p50 / pages.empty.p50;
    console.log(`\n2. Staff ticket detail, server render (ms, ${pages.busy.n} requests each, in turns):`);
    console.log(
      `   500 messages, 50 files: p50 ${pages.busy.p50.toFixed(1)}, p95 ${pages.busy.p95.toFixed(1)} (${(pages.sizes.busy / 1024).toFixed(0)} KB HTML)`,
    );
    console.log(
      `   no messages:            p50 ${pages.empty.p50.toFixed(1)}, p95 ${pages.empty.p95.toFixed(1)} (${(pages.sizes.empty / 1024).toFixed(0)} KB HTML)`,
    );
    console.log(
      `   ratio (p50): ${ratio.toFixed(2)}x (target <= 1.5): ${ratio <= 1.5 ? "OK" : "ABOVE TARGET"}`,
    );

    const up = await uploads(cookie, setup.uploads, server.pid!);
    console.log(
      "\n3. Uploads (median of 4 each, in turns; memory: the server's peak RSS above its level before):",
    );
    console.log(
      `   5 MB:  ${median(up.small.mbPerSecond).toFixed(0)} MB/s, peak growth ${mb(median(up.small.growth))} (max ${mb(Math.max(...up.small.growth))})`,
    );
    console.log(
      `   25 MB: ${median(up.large.mbPerSecond).toFixed(0)} MB/s, peak growth ${mb(median(up.large.growth))} (max ${mb(Math.max(...up.large.growth))})`,
    );
  } finally {
    await browser.close();
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1_000));
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
