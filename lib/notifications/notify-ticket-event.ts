import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, ticketAssignees, users } from "@/db/schema";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planTicketNotifications, type TicketEventPayload } from "./plan-ticket-notifications";

/**
 * In-app notifications for a ticket event (workflow.md 6): each recipient's entry for the ticket
 * takes the latest change and counts it, and becomes unread again. An event applies to an entry
 * at most once and never over a newer one, so a retried outbox row changes nothing.
 */
export const notifyTicketEvent: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow) {
    const payload = row.payload as TicketEventPayload;
    const people = [payload.creatorId, ...(payload.actorId ? [payload.actorId] : [])];
    const [roles, assignees] = await Promise.all([
      tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, people)),
      tx
        .select({ userId: ticketAssignees.userId })
        .from(ticketAssignees)
        .where(eq(ticketAssignees.ticketId, payload.ticketId)),
    ]);
    const roleOf = (id: string | null) => roles.find((r) => r.id === id)?.role;
    const planned = planTicketNotifications(payload, {
      actorRole: roleOf(payload.actorId) ?? "sys",
      creatorRole: roleOf(payload.creatorId) ?? "code_user",
      assigneeIds: assignees.map((a) => a.userId),
    });
    if (planned.length === 0) return { notifiedUserIds: [] };
    const changed = await tx
      .insert(notifications)
      .values(
        planned.map((n) => ({
          userId: n.userId,
          subjectKind: "ticket" as const,
          subjectId: payload.ticketId,
          kind: n.kind,
          data: n.data ?? {},
          lastEventId: payload.eventId,
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
    return { notifiedUserIds: changed.map((n) => n.userId) };
  },
};
