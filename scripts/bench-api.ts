/**
 * API benchmark: the ticket list through /api/v1 (token, rate limit, problem mapping, DTO parse)
 * against the page's own query, in turns at 100,000 tickets; then 1,000 status changes fanned out
 * to 3 webhooks on a loopback receiver: all delivered, none twice, and how long it took.
 *   npm run bench:api                                                         # PGlite in ./bench-data
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:api   # PostgreSQL
 * Run with `node --conditions=react-server --import tsx` (lib/ imports "server-only").
 */
import type { DbHandle } from "@/db/client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor, Ctx } from "@/lib/context";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import { createWebhook } from "@/lib/webhooks/manage-webhooks";
import { startWebhookReceiver } from "../tests/support/webhook-receiver";
import {
  type BenchDb,
  fmt,
  growTo,
  loadPeople,
  measurePaired,
  openPglite,
  openPostgres,
} from "./bench-support";

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const CHANGES = 1_000;
const HOOKS = 3;
const TARGET_RATIO = 1.2;

async function routeOnBenchDb(b: BenchDb) {
  // The route handlers reach the database through lib/server/db.ts: hand them this one.
  const holder = globalThis as { [key: symbol]: unknown };
  holder[Symbol.for("helpdesk.db")] = Promise.resolve({ db: b.db } as DbHandle);
  return import("@/app/api/v1/tickets/route");
}

async function measureList(b: BenchDb, ctx: Ctx) {
  const route = await routeOnBenchDb(b);
  const [inProgress] = await b.rows<{ id: string }>(
    `select id from statuses where kind = 'ticket' and system_key = 'in_progress'`,
  );
  const [mid] = await b.rows<{ number: number }>(
    `select number from tickets where status_id = $1 order by number desc offset (select count(*) / 2 from tickets where status_id = $1) limit 1`,
    [inProgress!.id],
  );
  const cases: [string, Record<string, string>][] = [
    ["first page, every ticket", {}],
    ["one status", { status: inProgress!.id }],
    ["one status, half-way down (cursor)", { status: inProgress!.id, cursor: String(mid!.number) }],
  ];
  console.log(
    `\nTicket list at ${TICKETS.toLocaleString("en")} tickets: GET /api/v1/tickets vs the page's query`,
  );
  const results = [];
  for (const [name, params] of cases) {
    // A token per case: the rate limit (600 a minute) must not be what is measured.
    const { token } = await createApiToken(ctx, { name: `bench ${name}`, scopes: ["read"] });
    const query = ticketListQuerySchema.parse(params);
    const url = `http://localhost/api/v1/tickets?${new URLSearchParams(params)}`;
    const headers = { authorization: `Bearer ${token}` };
    const viaApi = async () => {
      const response = await route.GET(new Request(url, { headers }), { params: Promise.resolve({}) });
      if (response.status !== 200)
        throw new Error(`API answered ${response.status}: ${await response.text()}`);
      await response.text();
    };
    const pageQuery = () => listStaffTickets(ctx, query);
    // What a page request does before the same query: re-read its signed-in user (getActor).
    const pageRequest = async () => {
      await loadActor(ctx.db, ctx.actor.id);
      await listStaffTickets(ctx, query);
    };
    results.push({
      name,
      query: await measurePaired(`${name} vs page query`, TICKETS, pageQuery, viaApi, 200),
      request: await measurePaired(`${name} vs page request`, TICKETS, pageRequest, viaApi, 200),
    });
  }
  const verdict = (ratio: number) => (ratio <= TARGET_RATIO ? "within 1.2×" : "over 1.2×");
  for (const { name, query, request } of results) {
    console.log(
      `  ${name.padEnd(36)} API p50 ${fmt(query.p50)} ms / p95 ${fmt(query.p95)} ms; page query p50 ${fmt(query.baseP50)} ms: ${query.ratio.toFixed(2)}× (${verdict(query.ratio)}); page request (user re-read + query) p50 ${fmt(request.baseP50)} ms: ${request.ratio.toFixed(2)}× (${verdict(request.ratio)})`,
    );
  }
}

async function measureFanOut(b: BenchDb, ctx: Ctx) {
  while ((await dispatchOutbox(b.db, 200)) > 0) {}
  const receiver = await startWebhookReceiver();
  try {
    for (let i = 0; i < HOOKS; i++) {
      await createWebhook(ctx, { url: `${receiver.url}?hook=${i}`, events: ["ticket.status_changed"] });
    }
    const [ids] = await b.rows<{ in_progress: string; on_hold: string }>(
      `select max(id::text) filter (where system_key = 'in_progress') as in_progress,
              max(id::text) filter (where system_key = 'on_hold') as on_hold
         from statuses where kind = 'ticket'`,
    );
    const targets = await b.rows<{ id: string; version: number }>(
      `select id, version from tickets where status_id = $1 order by number desc limit $2`,
      [ids!.in_progress, CHANGES / 2],
    );
    if (targets.length < CHANGES / 2) throw new Error("Not enough tickets in progress");
    const t0 = performance.now();
    for (const t of targets) {
      const held = await changeTicketStatus(ctx, {
        ticketId: t.id,
        version: t.version,
        statusId: ids!.on_hold,
      });
      await changeTicketStatus(ctx, { ticketId: t.id, version: held.version, statusId: ids!.in_progress });
    }
    const changed = performance.now() - t0;
    const t1 = performance.now();
    for (;;) {
      const dispatched = await dispatchOutbox(b.db, 200);
      const sent = await deliverDueWebhooks(b.db, { batch: 50, allowPrivate: true });
      if (dispatched === 0 && sent === 0) break;
    }
    const delivered = performance.now() - t1;
    const [counts] = await b.rows<{ delivered: number; other: number }>(
      `select count(*) filter (where state = 'delivered')::int as delivered,
              count(*) filter (where state <> 'delivered')::int as other from webhook_deliveries`,
    );
    const ids2 = receiver.received.map((r) => r.id);
    const distinct = new Set(ids2).size;
    console.log(`\nWebhook fan-out: ${CHANGES} status changes × ${HOOKS} webhooks`);
    console.log(`  status changes written in ${fmt(changed)} ms`);
    console.log(
      `  fan-out and delivery took ${fmt(delivered)} ms (${fmt((delivered / (CHANGES * HOOKS)) * 1000)} µs a delivery)`,
    );
    console.log(
      `  received ${ids2.length}, distinct webhook-ids ${distinct}, deliveries marked delivered ${counts!.delivered}, other ${counts!.other}`,
    );
    const ok = ids2.length === CHANGES * HOOKS && distinct === ids2.length && counts!.other === 0;
    console.log(ok ? "  all delivered, none twice" : "  MISMATCH: see the counts above");
    if (!ok) process.exitCode = 1;
  } finally {
    await receiver.close();
  }
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const b = serverUrl
    ? await openPostgres(serverUrl, "helpdesk_bench_api")
    : await openPglite("./bench-data-api");
  try {
    console.log(`API benchmark on ${b.label}`);
    await loadPeople(b);
    const grown = await growTo(b, TICKETS);
    console.log(`  ${TICKETS.toLocaleString("en")} tickets ready in ${fmt(grown)} ms`);
    const [admin] = await b.rows<Actor>(
      `select id, role, name, email from users where role = 'admin' limit 1`,
    );
    const ctx: Ctx = { actor: admin!, db: b.db };
    await measureList(b, ctx);
    await measureFanOut(b, ctx);
  } finally {
    await b.close();
  }
}

await main();
