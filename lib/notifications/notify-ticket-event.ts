import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ticketAssignees, ticketOffers, users } from "@/db/schema";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planTicketNotifications, type TicketEventPayload } from "./plan-ticket-notifications";
import { queueDeliveries } from "./queue-deliveries";
import { writeNotifications } from "./write-notifications";

/**
 * Notifications of a ticket event (workflow.md 6): the bell entry as writeNotifications says (one
 * per person and ticket, at most once per event), and the e-mail and push digests it joins.
 */
export const notifyTicketEvent: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow) {
    const payload = row.payload as TicketEventPayload;
    const people = [payload.creatorId, ...(payload.actorId ? [payload.actorId] : [])];
    const [roles, assignees, offers] = await Promise.all([
      tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, people)),
      tx
        .select({ userId: ticketAssignees.userId })
        .from(ticketAssignees)
        .where(eq(ticketAssignees.ticketId, payload.ticketId)),
      payload.event.type === "message_posted"
        ? tx
            .select({ userId: ticketOffers.userId })
            .from(ticketOffers)
            .where(and(eq(ticketOffers.ticketId, payload.ticketId), eq(ticketOffers.state, "pending")))
        : [],
    ]);
    const roleOf = (id: string | null) => roles.find((r) => r.id === id)?.role;
    const planned = planTicketNotifications(payload, {
      actorRole: roleOf(payload.actorId) ?? "sys",
      creatorRole: roleOf(payload.creatorId) ?? "code_user",
      assigneeIds: assignees.map((a) => a.userId),
      offeredIds: offers.map((o) => o.userId),
    });
    const notified = await writeNotifications(
      tx,
      { kind: "ticket", id: payload.ticketId, eventId: payload.eventId },
      planned,
    );
    const { event } = payload;
    const messageId = event.type === "message_posted" && "messageId" in event ? Number(event.messageId) : NaN;
    await queueDeliveries(
      tx,
      {
        kind: "ticket",
        id: payload.ticketId,
        eventId: payload.eventId,
        actorId: payload.actorId,
        ...(Number.isSafeInteger(messageId) ? { messageId } : {}),
      },
      planned,
    );
    return { notifiedUserIds: notified };
  },
};
