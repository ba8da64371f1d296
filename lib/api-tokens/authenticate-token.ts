import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens } from "@/db/schema";
import { loadActor } from "../auth/load-actor";
import type { Actor } from "../context";
import type { ApiScope } from "./schemas";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

export type TokenActor = { actor: Actor; tokenId: string; scopes: readonly ApiScope[] };

/**
 * The owner behind a bearer token, re-read like a session: a revoked or expired token, or a
 * disabled owner, is no one. Last use is written at most once a minute, not on every request.
 */
export async function authenticateToken(db: Db, secret: string): Promise<TokenActor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) return null;
  const [token] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, scopes: apiTokens.scopes })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, hashToken(secret)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
      ),
    )
    .limit(1);
  if (!token) return null;
  const actor = await loadActor(db, token.userId);
  if (!actor) return null;
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, token.id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
  return { actor, tokenId: token.id, scopes: token.scopes };
}
