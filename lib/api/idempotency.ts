import { createHash } from "node:crypto";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiIdempotencyKeys } from "@/db/schema";

export type Stored = { status: number; body: unknown };
export type Reservation =
  | { kind: "reserved" }
  | { kind: "replay"; stored: Stored }
  | { kind: "in_progress" }
  | { kind: "mismatch" };

/** Keys are kept a day, like Stripe's: long enough for any client's retries. */
export const KEY_TTL_HOURS = 24;
/** A reservation without an answer this old belongs to a request that died: its key is free again. */
const ABANDONED_SECONDS = 60;

export const fingerprintOf = (method: string, path: string, body: string) =>
  createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");

/**
 * Claims a key for this request, or says what became of the first request with it. The insert is
 * the lock: of two requests racing with one key exactly one runs.
 */
export async function reserveKey(
  db: Db,
  tokenId: string,
  key: string,
  fingerprint: string,
): Promise<Reservation> {
  const inserted = await db
    .insert(apiIdempotencyKeys)
    .values({ tokenId, key, fingerprint })
    .onConflictDoNothing()
    .returning({ key: apiIdempotencyKeys.key });
  if (inserted.length > 0) return { kind: "reserved" };
  const [row] = await db
    .select()
    .from(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)))
    .limit(1);
  if (!row) return reserveKey(db, tokenId, key, fingerprint);
  if (row.fingerprint !== fingerprint) return { kind: "mismatch" };
  if (row.statusCode === null) {
    const freed = await db
      .delete(apiIdempotencyKeys)
      .where(
        and(
          eq(apiIdempotencyKeys.tokenId, tokenId),
          eq(apiIdempotencyKeys.key, key),
          isNull(apiIdempotencyKeys.statusCode),
          lt(apiIdempotencyKeys.createdAt, sql`now() - ${`${ABANDONED_SECONDS} seconds`}::interval`),
        ),
      )
      .returning({ key: apiIdempotencyKeys.key });
    return freed.length > 0 ? reserveKey(db, tokenId, key, fingerprint) : { kind: "in_progress" };
  }
  return { kind: "replay", stored: { status: row.statusCode, body: row.body } };
}

export async function completeKey(db: Db, tokenId: string, key: string, stored: Stored): Promise<void> {
  await db
    .update(apiIdempotencyKeys)
    .set({ statusCode: stored.status, body: stored.body })
    .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
}

/** A request that failed on our side frees its key, so the client's retry runs again. */
export async function releaseKey(db: Db, tokenId: string, key: string): Promise<void> {
  await db
    .delete(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.tokenId, tokenId), eq(apiIdempotencyKeys.key, key)));
}

export async function removeOldKeys(db: Db): Promise<number> {
  const removed = await db
    .delete(apiIdempotencyKeys)
    .where(lt(apiIdempotencyKeys.createdAt, sql`now() - ${`${KEY_TTL_HOURS} hours`}::interval`))
    .returning({ key: apiIdempotencyKeys.key });
  return removed.length;
}
