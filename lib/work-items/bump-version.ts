import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { tasks, tickets, videoSessions } from "@/db/schema";

type ItemTable = typeof tickets | typeof videoSessions | typeof tasks;

/**
 * The compare-and-set every kind's writer starts with: the new status and version, only if nobody
 * changed the item since it was read. Returns the new version, or null on a lost race.
 */
export async function bumpVersion(
  tx: Tx,
  table: ItemTable,
  item: { id: string; version: number },
  statusId: string,
  statusChanged: boolean,
): Promise<number | null> {
  const updated = await tx
    .update(table as typeof tickets)
    .set({
      statusId,
      version: sql`${table.version} + 1`,
      updatedAt: sql`now()`,
      ...(statusChanged ? { statusChangedAt: sql`now()` } : {}),
    })
    .where(and(eq(table.id, item.id), eq(table.version, item.version)))
    .returning({ version: table.version });
  return updated[0]?.version ?? null;
}
