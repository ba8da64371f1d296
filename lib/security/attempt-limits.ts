import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { TooManyRequests } from "../errors";

/**
 * Limits on guessing and flooding (OWASP ASVS V6.3, WSTG-BUSL-05): `points` attempts within
 * `windowS` seconds, then `blockS` seconds of refusal. Counters live in PostgreSQL (PGlite
 * embedded), so they hold across app instances. Sign-in has its own, growing lock
 * (sign-in-limits.ts).
 */
export type AttemptLimit = { readonly name: string; readonly points: number; readonly windowS: number };

const minutes = (n: number) => n * 60;

export const LIMITS = {
  /** Every registration attempt from one address: stops mass sign-ups and code guessing alike. */
  registrationByAddress: { name: "register_address", points: 10, windowS: minutes(60) },
  /** Wrong access codes, per customer (redeeming) … */
  wrongCodeByUser: { name: "code_user", points: 10, windowS: minutes(15) },
  /** … and per address (redeeming and registering). */
  wrongCodeByAddress: { name: "code_address", points: 30, windowS: minutes(15) },
  /** "Forgot password?" requests, per address given … */
  resetByEmail: { name: "reset_email", points: 3, windowS: minutes(60) },
  /** … and per client address. */
  resetByAddress: { name: "reset_address", points: 20, windowS: minutes(60) },
} as const satisfies Record<string, AttemptLimit>;

/** One counted subject: a limit and the key it counts (an address, a user id, an e-mail). */
export type Attempt = readonly [AttemptLimit, string | null];

const byDb = new WeakMap<Db, Map<string, RateLimiterDrizzle>>();

function limiter(db: Db, limit: AttemptLimit): RateLimiterDrizzle {
  let forDb = byDb.get(db);
  if (!forDb) {
    forDb = new Map();
    byDb.set(db, forDb);
  }
  let found = forDb.get(limit.name);
  if (!found) {
    found = new RateLimiterDrizzle({
      storeClient: db,
      schema: rateLimits,
      clearExpiredByTimeout: false,
      keyPrefix: limit.name,
      points: limit.points,
      duration: limit.windowS,
    });
    forDb.set(limit.name, found);
  }
  return found;
}

const keyed = (attempts: readonly Attempt[]) =>
  attempts.filter((a): a is readonly [AttemptLimit, string] => Boolean(a[1]));
const normalKey = (key: string) => key.trim().toLowerCase();

/** Refuses (TooManyRequests) when any of the subjects has used up its attempts; counts nothing. */
export async function refuseIfExhausted(db: Db, attempts: readonly Attempt[]): Promise<void> {
  const found = await Promise.all(
    keyed(attempts).map(async ([limit, key]) => {
      const res = await limiter(db, limit).get(normalKey(key));
      return res && res.consumedPoints >= limit.points ? res.msBeforeNext : null;
    }),
  );
  const waits = found.filter((w): w is number => w !== null);
  if (waits.length) throw new TooManyRequests(Math.max(...waits));
}

/**
 * Counts one attempt for each subject. With `refuse`, an attempt beyond a limit is refused
 * (TooManyRequests) — for limits on every request; without it, the attempt is only counted — for
 * limits on failures, which are checked with refuseIfExhausted before the next one.
 */
export async function countAttempts(
  db: Db,
  attempts: readonly Attempt[],
  { refuse }: { refuse: boolean },
): Promise<void> {
  const results = await Promise.all(
    keyed(attempts).map(([limit, key]) =>
      limiter(db, limit)
        .consume(normalKey(key))
        .then(
          () => null,
          (error: unknown) => {
            if (error instanceof RateLimiterRes) return error.msBeforeNext;
            throw error;
          },
        ),
    ),
  );
  const waits = results.filter((w): w is number => w !== null);
  if (refuse && waits.length) throw new TooManyRequests(Math.max(...waits));
}
