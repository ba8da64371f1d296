import type { outbox, tickets } from "@/db/schema";
import { workItemOutboxRow } from "../work-items/outbox-row";

type TicketRef = Pick<typeof tickets.$inferSelect, "id" | "number" | "visibility" | "creatorId">;

/** The outbox row of a ticket event (topic `ticket.<type>`), as the shared writer makes it. */
export function ticketEventOutboxRow(
  ticket: TicketRef,
  actorId: string | null,
  eventId: number,
  event: { type: string } & Record<string, unknown>,
): typeof outbox.$inferInsert {
  return workItemOutboxRow("ticket", ticket, actorId, eventId, event, { ticketId: ticket.id });
}
