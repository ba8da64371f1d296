import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { createTestDb } from "@/tests/support/test-db";
import { loadActor } from "../lib/auth/load-actor";
import { changeMyPassword } from "../lib/users/change-my-password";
import { getDemoPasswordWarning } from "../lib/users/queries";
import { setUserActive } from "../lib/users/set-user-active";
import { TICKET_CATEGORIES } from "../lib/workflow/ticket-categories";
import { users } from "./schema";
import { DEMO_PASSWORD, seedDemoIfEmpty } from "./seed";

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

  it("marks every demo account, and staff are warned until each has a password of its own", async () => {
    const db = handle.db;
    const byEmail = async (email: string) => {
      const [row] = await db.select({ id: users.id }).from(users).where(sql`${users.email} = ${email}`);
      const actor = await loadActor(db, row!.id);
      if (!actor) throw new Error(`no actor ${email}`);
      return actor;
    };
    const admin = await byEmail("admin@example.com");
    const member = await byEmail("member@example.com");
    const customer = await byEmail("customer@example.com");
    expect(await getDemoPasswordWarning({ actor: member, db })).toEqual({ accounts: 6, mine: true });
    // Customers never see it: it is about the staff's server, not their account.
    expect(await getDemoPasswordWarning({ actor: customer, db })).toBeNull();

    await changeMyPassword(
      { actor: member, db },
      { currentPassword: DEMO_PASSWORD, newPassword: "mias-own-passphrase" },
      { address: null },
    );
    expect(await getDemoPasswordWarning({ actor: member, db })).toEqual({ accounts: 5, mine: false });
    expect(await getDemoPasswordWarning({ actor: admin, db })).toEqual({ accounts: 5, mine: true });

    // A disabled account cannot sign in with it: disabling is the other way to end the warning.
    for (const email of [
      "moderator@example.com",
      "member2@example.com",
      "customer@example.com",
      "customer2@example.com",
    ]) {
      await setUserActive({ actor: admin, db }, { userId: (await byEmail(email)).id, active: false });
    }
    expect(await getDemoPasswordWarning({ actor: admin, db })).toEqual({ accounts: 1, mine: true });
    await changeMyPassword(
      { actor: admin, db },
      { currentPassword: DEMO_PASSWORD, newPassword: "adas-own-passphrase" },
      { address: null },
    );
    expect(await getDemoPasswordWarning({ actor: admin, db })).toBeNull();
  });
});
