import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { apiTokens } from "@/db/schema";

/**
 * Ends every API token of an account, for "Sign out everywhere" and a password reset: whoever held
 * a session before must not keep a token they made with it.
 */
export async function revokeAllTokens(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}
