import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** Cancels a ticket: its creating customer while draft or open, admins and moderators until done. */
export function cancelTicket(
  ctx: Ctx,
  input: { ticketId: string; version: number },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "cancel",
  }));
}
