import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import type { Actor } from "../context";
import type { ApiScope } from "./schemas";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

/** Requests per token and minute: generous for an integration, a wall for a runaway loop. */
export const TOKEN_RATE_LIMIT = 600;
const WINDOW = sql`interval '1 minute'`;

export type TokenActor = {
  actor: Actor;
  tokenId: string;
  scopes: readonly ApiScope[];
  /** Set when this request is over the limit: seconds until the window ends. */
  retryAfterSeconds: number | null;
};

/**
 * Uses counted in this process and not yet written, per database and token. Written once a second
 * in one statement per token, instead of a write per request: the counter stays in PostgreSQL, so
 * the limit holds across instances, to within a second of traffic.
 */
const unwritten = new WeakMap<Db, Map<string, number>>();
const FLUSH_MS = 1000;

function countUse(db: Db, tokenId: string): void {
  let counts = unwritten.get(db);
  if (!counts) {
    counts = new Map();
    unwritten.set(db, counts);
  }
  const first = counts.size === 0;
  counts.set(tokenId, (counts.get(tokenId) ?? 0) + 1);
  if (first) setTimeout(() => void flushTokenUse(db), FLUSH_MS).unref();
}

/** Writes the counted uses and last-use times (also called by tests, to see them at once). */
export async function flushTokenUse(db: Db): Promise<void> {
  const counts = unwritten.get(db);
  if (!counts || counts.size === 0) return;
  const batch = [...counts];
  counts.clear();
  const inWindow = sql`${apiTokens.rateWindowStart} > now() - ${WINDOW}`;
  try {
    for (const [tokenId, n] of batch) {
      await db
        .update(apiTokens)
        .set({
          rateCount: sql`case when ${inWindow} then ${apiTokens.rateCount} + ${n} else ${n} end`,
          rateWindowStart: sql`case when ${inWindow} then ${apiTokens.rateWindowStart} else now() end`,
          lastUsedAt: sql`now()`,
        })
        .where(eq(apiTokens.id, tokenId));
    }
  } catch (error) {
    console.error("Recording API token use failed", error);
  }
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareOwnerQuery>>();

/** The token's owner, prepared once per database: it runs before every API request. */
function prepareOwnerQuery(db: Db) {
  const inWindow = sql`${apiTokens.rateWindowStart} > now() - ${WINDOW}`;
  return db
    .select({
      tokenId: apiTokens.id,
      scopes: apiTokens.scopes,
      rateCount: sql<number>`case when ${inWindow} then ${apiTokens.rateCount} else 0 end`,
      windowLeft: sql<number>`ceil(extract(epoch from ${apiTokens.rateWindowStart} + ${WINDOW} - now()))::int`,
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, sql.placeholder("hash")),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare("api_token_owner");
}

function ownerQuery(db: Db) {
  let query = prepared.get(db);
  if (!query) {
    query = prepareOwnerQuery(db);
    prepared.set(db, query);
  }
  return query;
}

/**
 * The owner behind a bearer token: the token must be unrevoked and unexpired and its owner active,
 * re-read on every request like a session (as loadActor does), in one indexed read. The use is
 * counted against the token's rate window (see countUse), so a token costs little on the way in.
 */
export async function authenticateToken(db: Db, secret: string): Promise<TokenActor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) return null;
  const [row] = await ownerQuery(db).execute({ hash: hashToken(secret) });
  if (!row) return null;
  const overLimit = row.rateCount + (unwritten.get(db)?.get(row.tokenId) ?? 0) >= TOKEN_RATE_LIMIT;
  if (!overLimit) countUse(db, row.tokenId);
  const actor: Actor = {
    id: row.id,
    role: row.role,
    name: row.name,
    email: row.email,
    sessionVersion: row.sessionVersion,
    ...(row.locale ? { locale: row.locale } : {}),
  };
  return {
    actor,
    tokenId: row.tokenId,
    scopes: row.scopes,
    retryAfterSeconds: overLimit ? Math.max(1, row.windowLeft) : null,
  };
}
