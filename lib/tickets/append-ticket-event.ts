import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox, ticketEvents, type tickets } from "@/db/schema";
import { LIVE_CHANNEL, type LiveMessage } from "./apply-ticket-events";
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
  const message: LiveMessage = {
    ticketId: ticket.id,
    number: ticket.number,
    version: ticket.version,
    visibility: ticket.visibility,
    creatorId: ticket.creatorId,
    assetId: ticket.assetId,
  };
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`);
  return event!.id;
}
