import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/support/test-db";
import { TICKET_CATEGORIES } from "../lib/workflow/ticket-categories";
import { seedDemoIfEmpty } from "./seed";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe("demo seed", () => {
  it("seeds every category once, and never into a non-empty database", async () => {
    expect(await seedDemoIfEmpty(handle.db, { enabled: true })).toBe(true);
    const rows = await handle.db.execute<{ category: string; n: number }>(
      sql`select s.category, count(*)::int as n from tickets t join statuses s on s.id = t.status_id group by 1`,
    );
    const list = Array.isArray(rows) ? rows : (rows as { rows: { category: string; n: number }[] }).rows;
    expect(new Set(list.map((r) => r.category))).toEqual(new Set(TICKET_CATEGORIES));
    expect(await seedDemoIfEmpty(handle.db, { enabled: true })).toBe(false);
  });

  it("keeps the per-status counters equal to the real counts", async () => {
    const rows = await handle.db.execute<{ diff: number }>(
      sql`select count(*)::int as diff from statuses s
          where s.kind = 'ticket'
            and (select coalesce(sum(c.count), 0) from ticket_status_counts c where c.status_id = s.id)
             <> (select count(*) from tickets t where t.status_id = s.id)`,
    );
    const list = Array.isArray(rows) ? rows : (rows as { rows: { diff: number }[] }).rows;
    expect(list[0]?.diff).toBe(0);
  });
});
