import { and, gt, inArray, like, lt, sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db, Tx } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Brute-force limits on signing in (OWASP ASVS V6.3): per account, 10 failures within 15 minutes
 * lock it for 15 minutes, each further lock within a day twice as long (up to a day); per client
 * address, 100 failures within 15 minutes lock that address. A lock refuses the right password
 * too, and never touches another account. Counters live in PostgreSQL, so they hold across app
 * instances.
 */
export const ACCOUNT_FAILURES = 10;
const WINDOW_S = 15 * 60;
const FIRST_LOCK_S = 15 * 60;
const MAX_LOCK_S = 24 * 60 * 60;
export const ADDRESS_FAILURES = 100;

const ACCOUNT = "signin_account";
const LOCKS = "signin_locks";

type Limiters = { account: RateLimiterDrizzle; locks: RateLimiterDrizzle; address: RateLimiterDrizzle };
const byDb = new WeakMap<Db, Limiters>();

function limiters(db: Db): Limiters {
  let found = byDb.get(db);
  if (!found) {
    const common = { storeClient: db, schema: rateLimits, clearExpiredByTimeout: false } as const;
    found = {
      account: new RateLimiterDrizzle({
        ...common,
        keyPrefix: ACCOUNT,
        points: ACCOUNT_FAILURES,
        duration: WINDOW_S,
      }),
      // How often the account was locked within a day: each lock lasts twice the one before.
      locks: new RateLimiterDrizzle({
        ...common,
        keyPrefix: LOCKS,
        points: 1000,
        duration: MAX_LOCK_S,
      }),
      address: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "signin_address",
        points: ADDRESS_FAILURES,
        duration: WINDOW_S,
      }),
    };
    byDb.set(db, found);
  }
  return found;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** Milliseconds until the account (or the address) may try again; null when it may now. */
export async function signInLockedFor(db: Db, email: string, address: string | null): Promise<number | null> {
  const { account, address: byAddress } = limiters(db);
  const [acct, addr] = await Promise.all([
    account.get(accountKey(email)),
    address ? byAddress.get(address) : null,
  ]);
  const waits: number[] = [];
  if (acct && acct.consumedPoints > ACCOUNT_FAILURES) waits.push(acct.msBeforeNext);
  if (addr && addr.consumedPoints > ADDRESS_FAILURES) waits.push(addr.msBeforeNext);
  return waits.length ? Math.max(...waits) : null;
}

/** Counts a failed attempt; returns how long the account or address is now locked, if it is. */
export async function recordSignInFailure(
  db: Db,
  email: string,
  address: string | null,
): Promise<number | null> {
  const { account, locks, address: byAddress } = limiters(db);
  const key = accountKey(email);
  let lockedMs: number | null = null;
  const counted = await account.consume(key).catch((error: unknown) => {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  });
  if (counted.consumedPoints >= ACCOUNT_FAILURES) {
    const { consumedPoints } = await locks.consume(key);
    const seconds = Math.min(FIRST_LOCK_S * 2 ** (consumedPoints - 1), MAX_LOCK_S);
    await account.block(key, seconds);
    lockedMs = seconds * 1000;
  }
  if (address) {
    const byIt = await byAddress.consume(address).catch((error: unknown) => {
      if (error instanceof RateLimiterRes) return error;
      throw error;
    });
    if (byIt.consumedPoints >= ADDRESS_FAILURES) {
      await byAddress.block(address, WINDOW_S);
      lockedMs = Math.max(lockedMs ?? 0, WINDOW_S * 1000);
    }
  }
  return lockedMs;
}

/** A successful sign-in forgets the account's failures (not its address's). */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await limiters(db).account.delete(accountKey(email));
}

/** Accounts locked now, by e-mail (lower case), with when each lock ends. */
export async function lockedAccounts(db: Db): Promise<Map<string, Date>> {
  const rows = await db
    .select({ key: rateLimits.key, expire: rateLimits.expire })
    .from(rateLimits)
    .where(
      and(
        like(rateLimits.key, `${ACCOUNT}:%`),
        gt(rateLimits.points, ACCOUNT_FAILURES),
        gt(rateLimits.expire, sql`now()`),
      ),
    );
  return new Map(rows.map((r) => [r.key.slice(ACCOUNT.length + 1), r.expire!]));
}

/** Lifts an account's lock and forgets its failures and earlier locks. */
/** Lifts the account's lock; a plain delete of the limiter's rows, so it can join a transaction. */
export async function unlockAccount(db: Db | Tx, email: string): Promise<boolean> {
  const key = accountKey(email);
  const removed = await db
    .delete(rateLimits)
    .where(inArray(rateLimits.key, [`${ACCOUNT}:${key}`, `${LOCKS}:${key}`]))
    .returning({ key: rateLimits.key });
  return removed.length > 0;
}

/** Removes counters whose window ended over an hour ago (a job runs it). */
export async function pruneRateLimits(db: Db): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.expire, sql`now() - interval '1 hour'`));
}
