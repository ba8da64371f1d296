import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** The customer rates a done ticket (done policy: rating); the rating closes it. */
export function rateTicket(
  ctx: Ctx,
  input: { ticketId: string; version: number; stars: number; comment: string | null },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "rate",
    stars: input.stars,
    comment: input.comment,
  }));
}
