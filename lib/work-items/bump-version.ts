import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { tasks, tickets, videoSessions } from "@/db/schema";

export type ItemTable = typeof tickets | typeof videoSessions | typeof tasks;

/**
 * The compare-and-set every kind's writer starts with: the new status and version, only if nobody
 * changed the item since it was read. Returns the statement (it returns the new version, or no row
 * on a lost race), for the writer to send with the event rows. `increment` false keeps the version
 * (a message: activity, not a change anyone's open screen must reload for).
 */
export function bumpVersion(
  tx: Tx,
  table: ItemTable,
  item: { id: string; version: number },
  statusId: string,
  statusChanged: boolean,
  increment = true,
) {
  return tx
    .update(table as typeof tickets)
    .set({
      statusId,
      version: increment ? sql`${table.version} + 1` : table.version,
      updatedAt: sql`now()`,
      ...(statusChanged ? { statusChangedAt: sql`now()` } : {}),
    })
    .where(and(eq(table.id, item.id), eq(table.version, item.version)))
    .returning({ version: table.version });
}
