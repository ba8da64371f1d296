/**
 * Query benchmark at 1,000 and 100,000 tickets, with the app's own query and verb code.
 *   npm run bench                                                        # PGlite in ./bench-data
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench   # PostgreSQL
 * On PostgreSQL it works in a fresh database `helpdesk_bench` on that server (dropped at the end);
 * the database named in the URL is only used to create and drop it. Bulk data comes from
 * generate_series; the per-status counters are kept by the tickets trigger, and checked at the end.
 * Run with `node --conditions=react-server --import tsx` (lib/ imports "server-only").
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import type { Actor, Ctx } from "@/lib/context";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { overviewOptions } from "@/lib/tickets/form-options";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";
import { measureConcurrency, printConcurrency } from "./bench-concurrency";
import { changeTicketStatusBefore } from "./bench-legacy/ticket-writer-before";
import {
  type BenchDb,
  fmt,
  growTo,
  ITERATIONS,
  loadPeople,
  measure,
  measurePaired,
  one,
  openPglite,
  openPostgres,
  type Result,
  WARMUP,
} from "./bench-support";

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_TICKETS ?? 100_000);
const TARGET_RATIO = 1.5;

type Fixture = { ctx: Ctx; inProgressId: string; onHoldId: string };

async function fixture(b: BenchDb): Promise<Fixture> {
  const [admin] = await b.rows<Actor>(`select id, role, name, email from users where role = 'admin' limit 1`);
  const statuses = await b.rows<{ id: string; system_key: string }>(
    `select id, system_key from statuses where kind = 'ticket' and system_key in ('in_progress', 'on_hold')`,
  );
  const id = (key: string) => statuses.find((s) => s.system_key === key)!.id;
  return { ctx: { actor: admin!, db: b.db }, inProgressId: id("in_progress"), onHoldId: id("on_hold") };
}

const OVERVIEW = "overview page 1 (list + counts + filter options)";

async function measureAll(b: BenchDb, f: Fixture, tickets: number): Promise<Result[]> {
  console.log(`\nMeasuring at ${tickets.toLocaleString("en")} tickets:`);
  const { ctx } = f;
  const all = ticketListQuerySchema.parse({});
  const byStatus = ticketListQuerySchema.parse({ status: f.inProgressId });
  // A cursor half-way down the in-progress list: keyset paging must not slow down with depth.
  const [mid] = await b.rows<{ number: number }>(
    `select number from tickets where status_id = $1 order by number desc offset (select count(*) / 2 from tickets where status_id = $1) limit 1`,
    [f.inProgressId],
  );
  const deep = ticketListQuerySchema.parse({
    status: f.inProgressId,
    cursor: mid ? String(mid.number) : undefined,
  });
  const sample = await b.rows<{ number: number }>(
    `select t.number from tickets t join statuses s on s.id = t.status_id
      where s.category <> 'draft' order by md5(t.number::text) limit 500`,
  );
  const targets = await b.rows<{ id: string; version: number; status_id: string }>(
    `select id, version, status_id from tickets where status_id = $1 order by number desc limit 2`,
    [f.inProgressId],
  );
  const [target, beforeTarget] = targets;
  if (!target || !beforeTarget) throw new Error("No tickets in progress to move back and forth.");
  let version = target.version;
  let statusId = target.status_id;
  let beforeVersion = beforeTarget.version;
  let beforeStatusId = beforeTarget.status_id;

  const results = [
    await measure(OVERVIEW, tickets, () =>
      Promise.all([listStaffTickets(ctx, all), countTicketsByStatus(ctx), overviewOptions(ctx)]),
    ),
    await measure("list: status = In Progress, page 1", tickets, () => listStaffTickets(ctx, byStatus)),
    await measure("list: status = In Progress, middle page", tickets, () => listStaffTickets(ctx, deep)),
    await measure("ticket detail (random tickets)", tickets, async (i) => {
      const detail = await getTicketDetail(ctx, sample[i % sample.length]!.number);
      if (!detail) throw new Error("detail not found");
    }),
    // The shared work-item writer against the ticket-only writer it replaced, in turns: each moves
    // its own ticket back and forth, so neither waits for the other's row.
    await measurePaired(
      "change status In Progress <-> On hold (admin)",
      tickets,
      async () => {
        const to = beforeStatusId === f.inProgressId ? f.onHoldId : f.inProgressId;
        const result = await changeTicketStatusBefore(ctx, {
          ticketId: beforeTarget.id,
          version: beforeVersion,
          statusId: to,
        });
        beforeVersion = result.version;
        beforeStatusId = result.statusId;
      },
      async () => {
        const to = statusId === f.inProgressId ? f.onHoldId : f.inProgressId;
        const result = await changeTicketStatus(ctx, { ticketId: target.id, version, statusId: to });
        version = result.version;
        statusId = result.statusId;
      },
    ),
  ];
  return results;
}

async function explainOverview(b: BenchDb, f: Fixture): Promise<string[]> {
  const warnings: string[] = [];
  const queries = [
    { label: "overview page 1", query: ticketListQuerySchema.parse({}) },
    { label: "status = In Progress, page 1", query: ticketListQuerySchema.parse({ status: f.inProgressId }) },
  ];
  for (const { label, query } of queries) {
    const captured = await b.capture(() => listStaffTickets(f.ctx, query));
    const list = captured.find((q) => /from "tickets"/i.test(q.sql) && /order by/i.test(q.sql));
    if (!list) {
      warnings.push(`could not find the list query of "${label}" to EXPLAIN`);
      continue;
    }
    const plan = await b.rows<{ "QUERY PLAN": string }>(
      `explain (analyze, buffers) ${list.sql}`,
      list.params,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    console.log(
      `\nEXPLAIN ANALYZE of the list query, ${label}:\n${list.sql}\n  params: ${JSON.stringify(list.params)}`,
    );
    console.log(text.replace(/^/gm, "  "));
    if (/Seq Scan on tickets/i.test(text) || !/Index (Only )?Scan/i.test(text)) {
      warnings.push(`the list query of "${label}" is not index-driven (see its plan above)`);
    }
  }
  return warnings;
}

async function checkCounters(b: BenchDb): Promise<string | null> {
  const wrong = await b.rows<{ name: string; counter: number; actual: number }>(
    `select name, counter, actual from (
       select s.name,
              (select coalesce(sum(c.count), 0)::int from ticket_status_counts c where c.status_id = s.id) as counter,
              (select count(*)::int from tickets t where t.status_id = s.id) as actual
         from statuses s where s.kind = 'ticket') x
      where counter <> actual`,
  );
  return wrong.length === 0 ? null : `status counters are wrong: ${JSON.stringify(wrong)}`;
}

function printTable(small: Result[], large: Result[]): number {
  const head = [
    "operation",
    `p50 @${k(SMALL)}`,
    `p95 @${k(SMALL)}`,
    `p50 @${k(LARGE)}`,
    `p95 @${k(LARGE)}`,
    "p50 ratio",
  ];
  const rows = large.map((r, i) => {
    const s = small[i]!;
    return [r.name, fmt(s.p50), fmt(s.p95), fmt(r.p50), fmt(r.p95), `${(r.p50 / s.p50).toFixed(2)}x`];
  });
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ");
  console.log(`\nResults (milliseconds, ${ITERATIONS} iterations each after ${WARMUP} warm-up):\n`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) console.log(line(row));
  return large[0]!.p50 / small[0]!.p50;
}

/** Wall-clock figures mean little on a busy machine: say so. */
function reportLoad(when: string): void {
  const [one] = os.loadavg();
  const cores = os.cpus().length;
  const busy = one! > cores * 0.75;
  console.log(
    `Load average at ${when}: ${one!.toFixed(2)} on ${cores} CPUs${busy ? " (BUSY: wall times are inflated)" : ""}`,
  );
}

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const started = performance.now();
  const b = serverUrl ? await openPostgres(serverUrl) : await openPglite();
  let failed = false;
  try {
    console.log(`Benchmark on ${b.label}; node ${process.version}; ${os.cpus().length} CPUs`);
    reportLoad("start");
    await loadPeople(b);
    const f = await fixture(b);

    const loadSmall = await growTo(b, SMALL);
    console.log(`Loaded ${SMALL.toLocaleString("en")} tickets in ${(loadSmall / 1000).toFixed(1)} s`);
    if (process.env.BENCH_ONLY === "concurrency") {
      const rows = await measureConcurrency(b, f.ctx, { inProgress: f.inProgressId, onHold: f.onHoldId });
      printConcurrency(rows);
      const counterError = await checkCounters(b);
      console.log(counterError ? `Counters: ${counterError}` : "Counters: exact");
      return;
    }
    const small = await measureAll(b, f, SMALL);

    const loadLarge = await growTo(b, LARGE);
    const { events } = await one<{ events: number }>(b, `select count(*)::int as events from ticket_events`);
    console.log(
      `\nGrew to ${LARGE.toLocaleString("en")} tickets (${events.toLocaleString("en")} events) in ${(loadLarge / 1000).toFixed(1)} s`,
    );
    const large = await measureAll(b, f, LARGE);

    const concurrency = await measureConcurrency(b, f.ctx, {
      inProgress: f.inProgressId,
      onHold: f.onHoldId,
    });
    const warnings = await explainOverview(b, f);
    const counterError = await checkCounters(b);
    const ratio = printTable(small, large);
    printConcurrency(concurrency);
    const verdict = ratio <= TARGET_RATIO ? "OK" : "ABOVE TARGET";
    console.log(
      `\noverview@${k(LARGE)} / overview@${k(SMALL)} (p50) = ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}): ${verdict}`,
    );
    reportLoad("end");
    console.log(
      counterError
        ? `Counters: ${counterError}`
        : "Counters: ticket_status_counts matches count(*) per status",
    );
    for (const w of warnings) console.log(`WARNING: ${w}`);
    if (counterError) failed = true;
  } finally {
    await b.close();
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (failed) process.exitCode = 1;
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
