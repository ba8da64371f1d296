import type { z } from "zod";
import type { Ctx } from "../context";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";
import type { changeStatusSchema } from "./schemas";

/** An employee moves a ticket to another status through the "Change status" menu. */
export function changeTicketStatus(
  ctx: Ctx,
  input: z.infer<typeof changeStatusSchema>,
): Promise<TicketChangeResult> {
  return runTicketCommand(
    ctx,
    { ticketId: input.ticketId, expectedVersion: input.version },
    ({ statuses }) => {
      const to = statuses.find((s) => s.id === input.statusId);
      if (!to) throw invalid(msg("errors.tickets.unknownStatus"));
      return { type: "change_status", to, payment: input.payment ?? null };
    },
  );
}
