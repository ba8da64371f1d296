import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assetResponsibles, users } from "@/db/schema";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { STAFF_ROLES } from "../workflow/roles";

/** Replaces an asset's responsible employees; only active employees may be chosen. */
export async function setResponsibles(tx: Tx, assetId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length > 0) {
    const found = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(inArray(users.id, [...userIds]), eq(users.active, true), inArray(users.role, [...STAFF_ROLES])),
      );
    if (found.length !== userIds.length) {
      const message = msg("errors.assets.activeEmployeesOnly");
      throw invalid(message, { responsibleIds: [message] });
    }
  }
  await tx.delete(assetResponsibles).where(eq(assetResponsibles.assetId, assetId));
  if (userIds.length > 0) {
    await tx.insert(assetResponsibles).values(userIds.map((userId) => ({ assetId, userId })));
  }
}
