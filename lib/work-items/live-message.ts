import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { WorkItemKind } from "../workflow/work-item-kinds";

/** The one PostgreSQL channel of "an item changed" signals, for every kind. */
export const LIVE_CHANNEL = "work_item_changes";

export type LiveMessage = {
  kind: WorkItemKind;
  id: string;
  number: number;
  version: number;
  visibility: "internal" | "public";
  /** The customer the item belongs to (a ticket's creator, a session's customer); staff for tasks. */
  creatorId: string;
  assetId: string | null;
};

/** The expression that sends it, for statements that do more in the same round trip. */
export function liveNotification(message: LiveMessage): SQL {
  return sql`pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`;
}

/** NOTIFY is transactional: screens hear of the change only if it commits. */
export async function notifyLive(tx: Tx, message: LiveMessage): Promise<void> {
  await tx.execute(sql`select ${liveNotification(message)}`);
}
