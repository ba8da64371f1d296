import type { outbox, tickets } from "@/db/schema";

type TicketRef = Pick<typeof tickets.$inferSelect, "id" | "number" | "visibility" | "creatorId">;

/**
 * The outbox row of a ticket event: topic `ticket.<type>`, keyed by the event so a row handled
 * twice is recognised, with what its handlers need to know of the ticket.
 */
export function ticketEventOutboxRow(
  ticket: TicketRef,
  actorId: string | null,
  eventId: number,
  event: { type: string } & Record<string, unknown>,
): typeof outbox.$inferInsert {
  return {
    topic: `ticket.${event.type}`,
    idempotencyKey: `ticket_event:${eventId}`,
    payload: {
      ticketId: ticket.id,
      number: ticket.number,
      actorId,
      visibility: ticket.visibility,
      creatorId: ticket.creatorId,
      eventId,
      event,
    },
  };
}
