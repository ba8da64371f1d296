import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications } from "@/db/schema";
import type { WorkItemKind } from "../workflow/work-item-kinds";

export type PlannedNotification = { userId: string; kind: string; data?: Record<string, unknown> };

/**
 * Each recipient's entry for the item takes the latest change and counts it, and becomes unread
 * again. An event applies to an entry at most once and never over a newer one, so a retried outbox
 * row changes nothing. Returns who got a new or changed entry.
 */
export async function writeNotifications(
  tx: Tx,
  subject: { kind: WorkItemKind; id: string; eventId: number },
  planned: readonly PlannedNotification[],
): Promise<string[]> {
  if (planned.length === 0) return [];
  const changed = await tx
    .insert(notifications)
    .values(
      planned.map((n) => ({
        userId: n.userId,
        subjectKind: subject.kind,
        subjectId: subject.id,
        kind: n.kind,
        data: n.data ?? {},
        lastEventId: subject.eventId,
      })),
    )
    .onConflictDoUpdate({
      target: [notifications.userId, notifications.subjectKind, notifications.subjectId],
      set: {
        kind: sql`excluded.kind`,
        data: sql`excluded.data`,
        lastEventId: sql`excluded.last_event_id`,
        // Changes since the entry was last read: a read entry starts counting again.
        eventCount: sql`case when ${notifications.readAt} is null then ${notifications.eventCount} + 1 else 1 end`,
        updatedAt: sql`now()`,
        readAt: sql`null`,
      },
      setWhere: sql`${notifications.lastEventId} < excluded.last_event_id`,
    })
    .returning({ userId: notifications.userId });
  return changed.map((n) => n.userId);
}
