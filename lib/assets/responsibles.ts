import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assetResponsibles, users } from "@/db/schema";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { STAFF_ROLES } from "../workflow/roles";

/**
 * Replaces an asset's responsible employees; only active employees may be chosen. Returns their
 * names, sorted, for the audit log.
 */
export async function setResponsibles(
  tx: Tx,
  assetId: string,
  userIds: readonly string[],
): Promise<string[]> {
  let names: string[] = [];
  if (userIds.length > 0) {
    const found = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(
        and(inArray(users.id, [...userIds]), eq(users.active, true), inArray(users.role, [...STAFF_ROLES])),
      );
    if (found.length !== userIds.length) {
      const message = msg("errors.assets.activeEmployeesOnly");
      throw invalid(message, { responsibleIds: [message] });
    }
    names = found.map((u) => u.name).sort();
  }
  await tx.delete(assetResponsibles).where(eq(assetResponsibles.assetId, assetId));
  if (userIds.length > 0) {
    await tx.insert(assetResponsibles).values(userIds.map((userId) => ({ assetId, userId })));
  }
  return names;
}

export async function responsibleNames(tx: Tx, assetId: string): Promise<string[]> {
  const rows = await tx
    .select({ name: users.name })
    .from(assetResponsibles)
    .innerJoin(users, eq(users.id, assetResponsibles.userId))
    .where(eq(assetResponsibles.assetId, assetId));
  return rows.map((r) => r.name).sort();
}
