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
import { filteredStatusIds, listStaffTickets } from "@/lib/tickets/list-tickets";
import { systemStatus } from "@/lib/workflow/ticket-engine";
import {
  type BenchDb,
  fmt,
  growTo,
  loadPeople,
  measure,
  measurePaired,
  openPglite,
  openPostgres,
  type Paired,
} from "./bench-support";

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_TICKETS ?? 100_000);
/** The issue's bound: the overview's list with sorting and views within 1.2× of the list before them. */
const TARGET_RATIO = 1.2;

/**
 * The staff list of the overview before sorting and views (commit 4eee09c), for an admin with no
 * filters: one keyset page by number, then the page's assignees. Kept here only as the baseline.
 */
async function previousList(ctx: Ctx, assigneeId?: string, statusIds?: string[]) {
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
        // Its category filter, given the statuses of several categories at once.
        statusIds ? inArray(tickets.statusId, statusIds) : undefined,
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

/** A case and what it is measured against: the list before, with the same filters where it had them. */
type Case = { name: string; query: TicketListQuery; baseline: Baseline };
type Baseline = { name: string; assignee?: string; category?: TicketListQuery["category"] };

function cases(member: Actor): Case[] {
  const q = (raw: Record<string, string>) => ticketListQuerySchema.parse(raw);
  const view = (key: string) => BUILT_IN_VIEWS.find((v) => v.key === key)!.query;
  const plain: Baseline = { name: "the list before" };
  return [
    { name: "list: default (number, newest first)", query: q({}), baseline: plain },
    { name: "list: sort updated desc", query: q({ sort: "updated", dir: "desc" }), baseline: plain },
    { name: "list: sort created asc", query: q({ sort: "created", dir: "asc" }), baseline: plain },
    { name: "list: sort status asc", query: q({ sort: "status", dir: "asc" }), baseline: plain },
    { name: "list: sort status desc", query: q({ sort: "status", dir: "desc" }), baseline: plain },
    {
      name: "view: unassigned (the Open category)",
      query: q(Object.fromEntries(new URLSearchParams(view("unassigned")))),
      baseline: { name: "the list before, category Open", category: "open" },
    },
    {
      name: "view: awaiting customer, sort updated",
      query: q({ category: "waiting_customer", sort: "updated" }),
      baseline: { name: "the list before, category Waiting", category: "waiting_customer" },
    },
    {
      name: "view: a member's open tickets, sort updated",
      query: q({ category: "active", assignee: member.id, sort: "updated" }),
      baseline: {
        name: "the list before, the member, open categories",
        assignee: member.id,
        category: "active",
      },
    },
    {
      name: "view: a member's open tickets, sort number",
      query: q({ category: "active", assignee: member.id }),
      baseline: {
        name: "the list before, the member, open categories",
        assignee: member.id,
        category: "active",
      },
    },
  ];
}

type Row = Paired & { against: string; vsPlain: number };

async function measureAt(b: BenchDb, admin: Actor, member: Actor, tickets: number): Promise<Row[]> {
  console.log(
    `\nMeasuring at ${tickets.toLocaleString("en")} tickets (each case in turns with its baseline):`,
  );
  const ctx: Ctx = { actor: admin, db: b.db };
  const statusList = await loadTicketStatuses(b.db);
  const old = (baseline: Baseline) => {
    const ids = baseline.category
      ? filteredStatusIds(ticketListQuerySchema.parse({ category: baseline.category }), statusList)!
      : undefined;
    return () => previousList(ctx, baseline.assignee, ids);
  };
  const plain = await measure("baseline: the list before sorting and views", tickets, old({ name: "" }));
  const rows: Row[] = [];
  const add = async (name: string, baseline: Baseline, fn: () => Promise<unknown>) => {
    const r = await measurePaired(name, tickets, old(baseline), fn);
    rows.push({ ...r, against: baseline.name, vsPlain: r.p50 / plain.p50 });
  };
  for (const c of cases(member)) {
    await add(c.name, c.baseline, () => listStaffTickets(ctx, c.query));
    // The second page: keyset paging must cost what the first does.
    const first = await listStaffTickets(ctx, c.query);
    if (first.nextCursor) {
      const next = { ...c.query, cursor: first.nextCursor };
      await add(`${c.name}, page 2`, c.baseline, () => listStaffTickets(ctx, next));
    }
  }
  const views = await listTicketViews(ctx);
  await add("counts of the built-in views (sidebar)", { name: "the list before" }, () =>
    countTicketViews(ctx, views),
  );
  return rows;
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

/**
 * A status that holds only the three oldest tickets, first in the bar: the status sort must read it
 * from the status index, not walk the number index past every newer ticket to find it.
 */
async function measureRareStatus(b: BenchDb, admin: Actor): Promise<Row[]> {
  const [rare] = await b.rows<{ id: string }>(
    `insert into statuses (kind, category, name, color, position) values ('ticket', 'open', 'Rare', '#336699', -1) returning id`,
  );
  await b.exec(
    `update tickets set status_id = '${rare!.id}' where number in (select number from tickets order by number limit 3); analyze tickets`,
  );
  const ctx: Ctx = { actor: admin, db: b.db };
  const query = ticketListQuerySchema.parse({ category: "open", sort: "status" });
  const openIds = filteredStatusIds(query, await loadTicketStatuses(b.db))!;
  console.log(`\nA rare status (3 of ${LARGE.toLocaleString("en")} tickets, the oldest):`);
  const r = await measurePaired(
    "list: sort status asc, open, a rare status first",
    LARGE,
    () => previousList(ctx, undefined, openIds),
    () => listStaffTickets(ctx, query),
  );
  return [{ ...r, against: "the list before, category Open", vsPlain: Number.NaN }];
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
    const rare = await measureRareStatus(b, admin!);

    console.log(
      "\noperation | p50 @1k | p50 @large | p95 @large | vs its baseline @large (p50, in turns) | baseline | vs the plain list before",
    );
    for (const r of [...large, ...rare]) {
      const s = small.find((x) => x.name === r.name);
      console.log(
        `${r.name} | ${s ? fmt(s.p50) : "-"} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.ratio.toFixed(2)}x | ${r.against} | ${Number.isNaN(r.vsPlain) ? "-" : `${r.vsPlain.toFixed(2)}x`}`,
      );
    }
    const worst = [...large, ...rare].reduce((a, b) => (b.ratio > a.ratio ? b : a));
    console.log(
      `\nhighest ratio to its baseline @${LARGE.toLocaleString("en")} (p50): ${worst.ratio.toFixed(2)} (${worst.name}); target <= ${TARGET_RATIO}: ${worst.ratio <= TARGET_RATIO ? "OK" : "ABOVE TARGET"}`,
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
