import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** The offered employee declines; the offer stays on record. */
export function declineOffer(ctx: Ctx, input: { ticketId: string }): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: null }, () => ({
    type: "decline_offer",
  }));
}
