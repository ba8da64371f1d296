import { and, eq, isNull, sql } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { revokeApiTokenSchema } from "./schemas";

/** Revokes one of the actor's own tokens; it stops working with the next request. */
export async function revokeApiToken({ actor, db }: Ctx, raw: { tokenId: string }): Promise<void> {
  const { tokenId } = parseInput(revokeApiTokenSchema, raw);
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw notFound(msg("errors.notFound.token"));
}
