import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** Sets the ticket's price (in cents, or null to clear it): the basis of payments and percentage pay. */
export function setTicketAmount(
  ctx: Ctx,
  input: { ticketId: string; version: number; amountCents: number | null },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "set_amount",
    amountCents: input.amountCents,
  }));
}
