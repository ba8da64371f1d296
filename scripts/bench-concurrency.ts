/**
 * Status changes under concurrency: W workers, each moving its own ticket In Progress <-> On hold
 * as fast as it can, through the app's verb and through the same transaction in raw SQL (lock,
 * versioned update, event row, outbox row), in turns, on the same pool. Prints throughput, p50,
 * p95 and the app/raw ratios.
 */
import { performance } from "node:perf_hooks";
import type { Ctx } from "@/lib/context";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import type { BenchDb, RawQuery } from "./bench-support";
import { fmt } from "./bench-support";

export const WORKER_COUNTS = [1, 8, 16, 32] as const;
const SECONDS = Number(process.env.BENCH_CONCURRENCY_SECONDS ?? 5);

type Ticket = { id: string; version: number; statusId: string };
type Run = { ops: number; seconds: number; p50: number; p95: number };
export type ConcurrencyRow = { workers: number; app: Run; raw: Run };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

async function runFor(
  tickets: Ticket[],
  change: (ticket: Ticket, worker: number) => Promise<void>,
): Promise<Run> {
  const times: number[] = [];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    tickets.map(async (ticket, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        await change(ticket, worker);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { ops: times.length / seconds, seconds, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The transaction the verb writes, and nothing else: what the database itself can do. */
async function rawChange(q: RawQuery, ticket: Ticket, to: string, actorId: string): Promise<number> {
  const [locked] = await q<{ version: number; status_id: string }>(
    "select version, status_id from tickets where id = $1 for update",
    [ticket.id],
  );
  if (!locked || locked.version !== ticket.version) throw new Error("raw: stale version");
  const [updated] = await q<{ version: number }>(
    `update tickets set status_id = $2, version = version + 1, updated_at = now(), status_changed_at = now()
      where id = $1 and version = $3 returning version`,
    [ticket.id, to, ticket.version],
  );
  const [event] = await q<{ id: number }>(
    `insert into ticket_events (ticket_id, actor_id, type, from_status_id, to_status_id, from_category, to_category, data)
     values ($1, $2, 'status_changed', $3, $4, 'in_progress', 'in_progress', '{"reason":"menu"}') returning id`,
    [ticket.id, actorId, locked.status_id, to],
  );
  await q(
    `insert into outbox (topic, payload, idempotency_key) values ('ticket.status_changed', $1::jsonb, $2)`,
    [JSON.stringify({ ticketId: ticket.id, eventId: event!.id }), `bench_event:${event!.id}`],
  );
  return updated!.version;
}

export async function measureConcurrency(
  b: BenchDb,
  ctx: Ctx,
  statusIds: { inProgress: string; onHold: string },
): Promise<ConcurrencyRow[]> {
  const max = Math.max(...WORKER_COUNTS);
  // Tickets no other section touches: each worker owns one per variant.
  const rows = await b.rows<{ id: string; version: number; status_id: string }>(
    `select id, version, status_id from tickets where status_id = $1 order by number asc limit $2`,
    [statusIds.inProgress, max * 2],
  );
  if (rows.length < max * 2)
    throw new Error(`Need ${max * 2} tickets in progress for the concurrency section.`);
  const all = rows.map((r) => ({ id: r.id, version: r.version, statusId: r.status_id }));
  const appTickets = all.slice(0, max);
  const rawTickets = all.slice(max);
  const other = (id: string) => (id === statusIds.inProgress ? statusIds.onHold : statusIds.inProgress);
  console.log(
    `\nConcurrent status changes (${SECONDS} s per run, pool of ${b.poolMax} connection${b.poolMax === 1 ? "" : "s"}):`,
  );
  const results: ConcurrencyRow[] = [];
  for (const workers of WORKER_COUNTS) {
    const raw = await runFor(rawTickets.slice(0, workers), async (t) => {
      const to = other(t.statusId);
      t.version = await b.rawTx((q) => rawChange(q, t, to, ctx.actor.id));
      t.statusId = to;
    });
    const app = await runFor(appTickets.slice(0, workers), async (t) => {
      const result = await changeTicketStatus(ctx, {
        ticketId: t.id,
        version: t.version,
        statusId: other(t.statusId),
      });
      t.version = result.version;
      t.statusId = result.statusId;
    });
    results.push({ workers, app, raw });
    console.log(
      `  ${String(workers).padStart(2)} workers: app ${app.ops.toFixed(0)}/s (p50 ${fmt(app.p50)} ms, p95 ${fmt(app.p95)} ms), raw SQL ${raw.ops.toFixed(0)}/s (p50 ${fmt(raw.p50)} ms, p95 ${fmt(raw.p95)} ms): app/raw ${(app.ops / raw.ops).toFixed(2)}x`,
    );
  }
  return results;
}

export function printConcurrency(rows: ConcurrencyRow[]): void {
  const head = ["workers", "app/s", "app p50", "app p95", "raw/s", "raw p50", "raw p95", "app/raw"];
  const cells = rows.map((r) => [
    String(r.workers),
    r.app.ops.toFixed(0),
    fmt(r.app.p50),
    fmt(r.app.p95),
    r.raw.ops.toFixed(0),
    fmt(r.raw.p50),
    fmt(r.raw.p95),
    `${(r.app.ops / r.raw.ops).toFixed(2)}x`,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((r) => r[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c]!)).join(" | ");
  console.log("\nStatus changes under concurrency (changes per second; milliseconds):\n");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of cells) console.log(line(row));
  const one = rows.find((r) => r.workers === 1);
  const sixteen = rows.find((r) => r.workers === 16);
  if (one && sixteen) {
    console.log(
      `\n16 workers: app/raw ${(sixteen.app.ops / sixteen.raw.ops).toFixed(2)}x (target >= 0.5), app p95 ${fmt(sixteen.app.p95)} ms (target < 60), app@16/app@1 ${(sixteen.app.ops / one.app.ops).toFixed(2)}x (target >= 1)`,
    );
  }
}
