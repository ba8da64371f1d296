import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { resultRows } from "@/lib/work-items/result-rows";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb, usesPostgres } from "@/tests/support/test-db";
import { statusIdOf } from "@/tests/support/tickets";

// The counters behind every overview count (db/migrations/0010): shard rows that concurrent
// changes rarely share, summed on read. They must stay exact whatever runs at the same time.

let handle: DbHandle;
let db: Db;
let admin: Actor;
let inProgress: string;
let onHold: string;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin");
  inProgress = await statusIdOf(db, "in_progress");
  onHold = await statusIdOf(db, "on_hold");
});
afterAll(() => handle.close());

/** Statuses whose counter differs from count(*), with both figures. */
async function wrongCounters() {
  return resultRows<{ status_id: string; counter: number; actual: number }>(
    await db.execute(sql`
      select status_id, counter, actual from (
        select s.id as status_id,
               (select coalesce(sum(c.count), 0)::int from ticket_status_counts c where c.status_id = s.id) as counter,
               (select count(*)::int from tickets t where t.status_id = s.id) as actual
          from statuses s where s.kind = 'ticket') x
       where counter <> actual`),
  );
}

async function insertTickets(n: number, statusId: string): Promise<{ id: string; version: number }[]> {
  return db
    .insert(tickets)
    .values(
      Array.from({ length: n }, (_, i) => ({
        title: `Counter ${i}`,
        visibility: "internal" as const,
        creatorId: admin.id,
        statusId,
      })),
    )
    .returning({ id: tickets.id, version: tickets.version });
}

describe("per-status counters", () => {
  it("count a multi-row insert and delete, and a status change, exactly", async () => {
    const rows = await insertTickets(25, inProgress);
    expect(await wrongCounters()).toEqual([]);
    await changeTicketStatus(
      { actor: admin, db },
      { ticketId: rows[0]!.id, version: rows[0]!.version, statusId: onHold },
    );
    await db.execute(sql`delete from ${tickets} where ${tickets.title} = 'Counter 3'`);
    expect(await wrongCounters()).toEqual([]);
    const counts = await countTicketsByStatus({ actor: admin, db });
    const actual = resultRows<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ${tickets} where ${tickets.statusId} = ${onHold}`),
    )[0]!.n;
    expect(counts.statuses.find((s) => s.id === onHold)?.count).toBe(actual);
  });

  it("leave the counters alone when an update does not change the status", async () => {
    const before = resultRows<{ n: number }>(
      await db.execute(
        sql`select coalesce(sum(count), 0)::int as n from ticket_status_counts where status_id = ${inProgress}`,
      ),
    )[0]!.n;
    await db.execute(
      sql`update ${tickets} set ${sql.identifier("version")} = version + 1 where ${tickets.statusId} = ${inProgress}`,
    );
    const after = resultRows<{ n: number }>(
      await db.execute(
        sql`select coalesce(sum(count), 0)::int as n from ticket_status_counts where status_id = ${inProgress}`,
      ),
    )[0]!.n;
    expect(after).toBe(before);
  });

  it("stay exact under 32 concurrent writers moving tickets back and forth while others are created", async () => {
    const workers = 32;
    const mine = await insertTickets(workers, inProgress);
    const perWorker = usesPostgres() ? 25 : 4;
    await Promise.all([
      ...mine.map(async (ticket) => {
        let { version } = ticket;
        let statusId = inProgress;
        for (let i = 0; i < perWorker; i++) {
          const to = statusId === inProgress ? onHold : inProgress;
          const result = await changeTicketStatus(
            { actor: admin, db },
            { ticketId: ticket.id, version, statusId: to },
          );
          version = result.version;
          statusId = result.statusId;
        }
      }),
      (async () => {
        for (let i = 0; i < 5; i++) await insertTickets(10, i % 2 ? onHold : inProgress);
      })(),
    ]);
    expect(await wrongCounters()).toEqual([]);
  });
});
