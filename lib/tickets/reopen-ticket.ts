import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** Reopens a done ticket (the customer) or a done or closed one (employees) as "Reopened". */
export function reopenTicket(
  ctx: Ctx,
  input: { ticketId: string; version: number },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "reopen",
  }));
}
