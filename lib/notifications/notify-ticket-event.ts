import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, ticketAssignees, users } from "@/db/schema";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planTicketNotifications, type TicketEventPayload } from "./plan-ticket-notifications";

/** In-app notifications for a ticket event (workflow.md 6), one per (event, recipient, channel). */
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
    const inserted = await tx
      .insert(notifications)
      .values(
        planned.map((n) => ({
          ...n,
          data: { ticketId: payload.ticketId, number: payload.number },
          idempotencyKey: `${row.idempotencyKey}:${n.userId}:in_app`,
        })),
      )
      .onConflictDoNothing({ target: notifications.idempotencyKey })
      .returning({ userId: notifications.userId });
    return { notifiedUserIds: inserted.map((n) => n.userId) };
  },
};
