import type { Ctx } from "../context";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/** The customer confirms the issue is resolved (done policy: confirmation), which closes the ticket. */
export function confirmTicketResolution(
  ctx: Ctx,
  input: { ticketId: string; version: number },
): Promise<TicketChangeResult> {
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: input.version }, () => ({
    type: "confirm_resolution",
  }));
}
