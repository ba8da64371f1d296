import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { rateLimits } from "@/db/schema";
import {
  ACCOUNT_FAILURES,
  ADDRESS_FAILURES,
  clearSignInFailures,
  lockedAccounts,
  pruneRateLimits,
  recordSignInFailure,
  signInLockedFor,
  unlockAccount,
} from "@/lib/security/sign-in-limits";
import { listSignInLocks } from "@/lib/users/queries";
import { unlockUser } from "@/lib/users/unlock-user";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { refusal } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

async function fail(email: string, times: number, address: string | null = null) {
  let locked: number | null = null;
  for (let i = 0; i < times; i++) locked = await recordSignInFailure(db, email, address);
  return locked;
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 60_000));

describe("sign-in limits", () => {
  it("lock an account on its 10th failure for 15 minutes, and only that account", async () => {
    expect(await fail("Ann@example.com", ACCOUNT_FAILURES - 1)).toBeNull();
    expect(await signInLockedFor(db, "ann@example.com", null)).toBeNull();
    expect(minutes(await fail("ann@example.com", 1))).toBe(15);
    expect(minutes(await signInLockedFor(db, " ANN@example.com", null))).toBe(15);
    expect(await signInLockedFor(db, "bob@example.com", null)).toBeNull();
    expect([...(await lockedAccounts(db)).keys()]).toEqual(["ann@example.com"]);
  });

  it("forget an account's failures once it signs in", async () => {
    await fail("cid@example.com", ACCOUNT_FAILURES - 1);
    await clearSignInFailures(db, "cid@example.com");
    expect(await fail("cid@example.com", ACCOUNT_FAILURES - 1)).toBeNull();
    expect(await signInLockedFor(db, "cid@example.com", null)).toBeNull();
  });

  it("lock again for twice as long, until an admin lifts the lock", async () => {
    await fail("dee@example.com", ACCOUNT_FAILURES);
    await unlockAccount(db, "dee@example.com");
    expect(await signInLockedFor(db, "dee@example.com", null)).toBeNull();
    // The lift also forgets earlier locks: the next one is the first again.
    expect(minutes(await fail("dee@example.com", ACCOUNT_FAILURES))).toBe(15);
    await clearSignInFailures(db, "dee@example.com");
    expect(minutes(await fail("dee@example.com", ACCOUNT_FAILURES))).toBe(30);
  });

  it("lock an address after 100 failures over any accounts, not other addresses", async () => {
    for (let i = 0; i < ADDRESS_FAILURES - 1; i++) {
      expect(await recordSignInFailure(db, `guess${i % 20}@example.com`, "203.0.113.7")).toBeNull();
    }
    expect(minutes(await recordSignInFailure(db, "eve@example.com", "203.0.113.7"))).toBe(15);
    expect(minutes(await signInLockedFor(db, "frank@example.com", "203.0.113.7"))).toBe(15);
    expect(await signInLockedFor(db, "frank@example.com", "198.51.100.2")).toBeNull();
  });

  it("let admins, and only admins, see and lift a lock", async () => {
    const admin = await makeUser(db, "admin");
    const member = await makeUser(db, "member");
    await fail(member.email, ACCOUNT_FAILURES);
    expect((await listSignInLocks({ actor: admin, db })).has(member.id)).toBe(true);
    expect((await refusal(unlockUser({ actor: member, db }, { userId: member.id }))).code).toBe("forbidden");
    expect(await unlockUser({ actor: admin, db }, { userId: member.id })).toEqual({ name: member.name });
    expect(await signInLockedFor(db, member.email, null)).toBeNull();
    expect((await listSignInLocks({ actor: admin, db })).has(member.id)).toBe(false);
  });

  it("prune counters whose window ended over an hour ago, and keep the others", async () => {
    await db.insert(rateLimits).values([
      { key: "signin_account:old@example.com", points: 3, expire: sql`now() - interval '2 hours'` },
      { key: "signin_account:new@example.com", points: 3, expire: sql`now() + interval '5 minutes'` },
    ]);
    await pruneRateLimits(db);
    const keys = (await db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toContain("signin_account:new@example.com");
    expect(keys).not.toContain("signin_account:old@example.com");
  });
});
