import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** A member accepts their offer; the first acceptance moves the ticket to Assigned. No version check: accepting is not based on a stale view, and two members accepting at once must both succeed. */
export function acceptOffer(ctx: Ctx, input: { ticketId: string }): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: null }, () => ({
    type: "accept_offer",
  }));
}
