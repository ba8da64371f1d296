import { and, desc, eq, isNull } from "drizzle-orm";
import { apiTokens } from "@/db/schema";
import type { Ctx } from "../context";
import type { ApiScope } from "./schemas";

export type ApiTokenItem = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  expired: boolean;
};

/** The actor's tokens that still work or have merely expired; revoked ones are gone from the list. */
export async function listMyApiTokens({ actor, db }: Ctx): Promise<ApiTokenItem[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt))
    .limit(100);
  const now = Date.now();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    expired: r.expiresAt !== null && r.expiresAt.getTime() <= now,
  }));
}
