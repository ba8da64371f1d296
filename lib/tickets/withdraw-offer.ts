import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** An admin or moderator withdraws an employee's pending offer. */
export function withdrawOffer(
  ctx: Ctx,
  input: { ticketId: string; version: number; userId: string },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "withdraw_offer",
    userId: input.userId,
  }));
}
