import type { Tx } from "@/db/client";
import { outbox, ticketEvents, type tickets } from "@/db/schema";
import { notifyLive } from "../work-items/live-message";
import { ticketEventOutboxRow } from "./ticket-event-outbox";

/**
 * Records an event that leaves the ticket row itself unchanged (a write-off, a pay calculation):
 * the event row, its outbox row, and a signal so open screens refresh. Runs in the caller's transaction.
 */
export async function appendTicketEvent(
  tx: Tx,
  ticket: typeof tickets.$inferSelect,
  actorId: string | null,
  type: string,
  data: Record<string, unknown>,
): Promise<number> {
  const [event] = await tx
    .insert(ticketEvents)
    .values({ ticketId: ticket.id, actorId, type, data })
    .returning({
      id: ticketEvents.id,
    });
  await tx.insert(outbox).values(ticketEventOutboxRow(ticket, actorId, event!.id, { type, ...data }));
  await notifyLive(tx, {
    kind: "ticket",
    id: ticket.id,
    number: ticket.number,
    version: ticket.version,
    visibility: ticket.visibility,
    creatorId: ticket.creatorId,
    assetId: ticket.assetId,
  });
  return event!.id;
}
