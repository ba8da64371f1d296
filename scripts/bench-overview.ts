/**
 * The ticket overview at 1,000 and 100,000 tickets: every sort, the built-in views, their counts,
 * against the overview's list query as it was before sorting and views (kept below as the
 * baseline), measured in the same run on the same data. Also EXPLAINs every list query: each must
 * read an index, never scan the tickets table.
 *   npm run bench:overview                                                    # PGlite
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:overview
 * Run with `node --conditions=react-server --import tsx`.
 */
import os from "node:os";
import { and, desc, eq, exists, inArray, ne, or, sql } from "drizzle-orm";
import { assets, ticketAssignees, tickets, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { BUILT_IN_VIEWS } from "@/lib/ticket-views/built-in-views";
import { countTicketViews, listTicketViews } from "@/lib/ticket-views/queries";
import { type TicketListQuery, ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";
import { systemStatus } from "@/lib/workflow/ticket-engine";
import {
  type BenchDb,
  fmt,
  growTo,
  loadPeople,
  measure,
  openPglite,
  openPostgres,
  type Result,
} from "./bench-support";

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_TICKETS ?? 100_000);
/** The bound: the overview's list with sorting and views within 1.2× of the list before them. */
const TARGET_RATIO = 1.2;

/**
 * The staff list of the overview before sorting and views (commit 4eee09c), for an admin with no
 * filters: one keyset page by number, then the page's assignees. Kept here only as the baseline.
 */
async function previousList(ctx: Ctx, assigneeId?: string) {
  const statusList = await loadTicketStatuses(ctx.db);
  const draft = systemStatus(statusList, "draft");
  const rows = await ctx.db
    .select({
      id: tickets.id,
      number: tickets.number,
      title: tickets.title,
      visibility: tickets.visibility,
      creatorId: tickets.creatorId,
      updatedAt: tickets.updatedAt,
      statusId: tickets.statusId,
      assetName: assets.name,
    })
    .from(tickets)
    .leftJoin(assets, eq(assets.id, tickets.assetId))
    .where(
      and(
        or(ne(tickets.statusId, draft.id), eq(tickets.creatorId, ctx.actor.id)),
        assigneeId
          ? exists(
              sql`(select 1 from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id} and ${ticketAssignees.userId} = ${assigneeId})`,
            )
          : undefined,
      ),
    )
    .orderBy(desc(tickets.number))
    .limit(26);
  const page = rows.slice(0, 25);
  const assignees = await ctx.db
    .select({ ticketId: ticketAssignees.ticketId, name: users.name })
    .from(ticketAssignees)
    .innerJoin(users, eq(users.id, ticketAssignees.userId))
    .where(
      inArray(
        ticketAssignees.ticketId,
        page.map((r) => r.id),
      ),
    );
  return page.map((row) => ({ ...row, assignees: assignees.filter((a) => a.ticketId === row.id) }));
}

type Case = { name: string; query: TicketListQuery };

function cases(member: Actor): Case[] {
  const q = (raw: Record<string, string>) => ticketListQuerySchema.parse(raw);
  const view = (key: string) => BUILT_IN_VIEWS.find((v) => v.key === key)!.query;
  return [
    { name: "list: default (number, newest first)", query: q({}) },
    { name: "list: sort updated desc", query: q({ sort: "updated", dir: "desc" }) },
    { name: "list: sort created asc", query: q({ sort: "created", dir: "asc" }) },
    { name: "list: sort status asc", query: q({ sort: "status", dir: "asc" }) },
    { name: "list: sort status desc", query: q({ sort: "status", dir: "desc" }) },
    {
      name: "view: unassigned (the Open category)",
      query: q(Object.fromEntries(new URLSearchParams(view("unassigned")))),
    },
    {
      name: "view: awaiting customer, sort updated",
      query: q({ category: "waiting_customer", sort: "updated" }),
    },
    {
      name: "view: a member's open tickets, sort updated",
      query: q({ category: "active", assignee: member.id, sort: "updated" }),
    },
  ];
}

async function measureAt(b: BenchDb, admin: Actor, member: Actor, tickets: number) {
  console.log(`\nMeasuring at ${tickets.toLocaleString("en")} tickets:`);
  const ctx: Ctx = { actor: admin, db: b.db };
  const results: Result[] = [
    await measure("baseline: the list before sorting and views", tickets, () => previousList(ctx)),
    await measure("baseline with the old assignee filter (one member)", tickets, () =>
      previousList(ctx, member.id),
    ),
  ];
  for (const c of cases(member)) {
    results.push(await measure(c.name, tickets, () => listStaffTickets(ctx, c.query)));
    // The second page: keyset paging must cost what the first does.
    const first = await listStaffTickets(ctx, c.query);
    if (first.nextCursor) {
      const next = { ...c.query, cursor: first.nextCursor };
      results.push(await measure(`${c.name}, page 2`, tickets, () => listStaffTickets(ctx, next)));
    }
  }
  const views = await listTicketViews(ctx);
  results.push(
    await measure("counts of the built-in views (sidebar)", tickets, () => countTicketViews(ctx, views)),
  );
  return results;
}

/** EXPLAINs the list query of every case: the plan must read indexes, never scan tickets. */
async function explainAll(b: BenchDb, admin: Actor, member: Actor): Promise<string[]> {
  const problems: string[] = [];
  const ctx: Ctx = { actor: admin, db: b.db };
  for (const c of cases(member)) {
    const captured = await b.capture(() => listStaffTickets(ctx, c.query));
    const list = captured.find((q) => /from "tickets"/i.test(q.sql) && /order by/i.test(q.sql));
    if (!list) {
      problems.push(`${c.name}: no list query captured`);
      continue;
    }
    const plan = (
      await b.rows<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${list.sql}`, list.params)
    )
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    const seq = /Seq Scan on tickets/i.test(plan);
    console.log(`\nEXPLAIN ANALYZE, ${c.name}: ${seq ? "SEQUENTIAL SCAN" : "index scans only"}`);
    console.log(plan.replace(/^/gm, "  "));
    if (seq) problems.push(`${c.name}: sequential scan on tickets`);
  }
  return problems;
}

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
  const b = serverUrl ? await openPostgres(serverUrl) : await openPglite();
  try {
    console.log(`Overview benchmark on ${b.label}; node ${process.version}; ${os.cpus().length} CPUs`);
    await loadPeople(b);
    const [admin] = await b.rows<Actor>(
      `select id, role, name, email from users where role = 'admin' limit 1`,
    );
    const [member] = await b.rows<Actor>(
      `select id, role, name, email from users where role = 'member' order by email limit 1`,
    );
    await growTo(b, SMALL);
    const small = await measureAt(b, admin!, member!, SMALL);
    await growTo(b, LARGE);
    const large = await measureAt(b, admin!, member!, LARGE);
    const problems = await explainAll(b, admin!, member!);

    console.log("\noperation | p50 @1k | p95 @1k | p50 @large | p95 @large | vs baseline @large (p50)");
    const base = large[0]!.p50;
    for (const r of large) {
      const s = small.find((x) => x.name === r.name);
      const cell = (v: number | undefined) => (v === undefined ? "-" : fmt(v));
      console.log(
        `${r.name} | ${cell(s?.p50)} | ${cell(s?.p95)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${(r.p50 / base).toFixed(2)}x`,
      );
    }
    const ratio = large.find((r) => r.name.startsWith("list: default"))!.p50 / base;
    console.log(
      `\ndefault list / baseline @${LARGE.toLocaleString("en")} (p50) = ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}): ${ratio <= TARGET_RATIO ? "OK" : "ABOVE TARGET"}`,
    );
    for (const p of problems) console.log(`WARNING: ${p}`);
    if (problems.length) process.exitCode = 1;
  } finally {
    await b.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
