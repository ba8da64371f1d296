import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assetResponsibles, users } from "@/db/schema";

/**
 * Who hears of new work on an asset (ticket offers, session requests): its active responsible
 * employees, or every active member when it has none (or there is no asset).
 */
export async function assetRecipients(tx: Tx, assetId: string | null): Promise<string[]> {
  if (assetId) {
    const responsible = await tx
      .select({ id: users.id })
      .from(assetResponsibles)
      .innerJoin(users, eq(users.id, assetResponsibles.userId))
      .where(and(eq(assetResponsibles.assetId, assetId), eq(users.active, true)));
    if (responsible.length > 0) return responsible.map((r) => r.id);
  }
  const members = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "member"), eq(users.active, true)));
  return members.map((m) => m.id);
}
