import type { z } from "zod";
import type { Ctx } from "../context";
import { forbidden, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { statusLabel } from "../workflow/ticket-categories";
import { changeTicketStatus } from "./change-ticket-status";
import { type BulkRowResult, runBulk } from "./run-bulk";
import { bulkChangeStatusSchema } from "./schemas";

/**
 * Moves several tickets to one status, each through the engine on its own, as if changed one by
 * one. A status that takes a payment is refused for every row: a payment belongs to one ticket.
 */
export async function bulkChangeTicketStatus(
  ctx: Ctx,
  raw: z.input<typeof bulkChangeStatusSchema>,
): Promise<BulkRowResult[]> {
  if (ctx.actor.role === "code_user") throw forbidden(msg("errors.tickets.employeesOnly"));
  const input = parseInput(bulkChangeStatusSchema, raw);
  const target = (await loadTicketStatuses(ctx.db)).find((s) => s.id === input.statusId);
  if (!target) throw invalid(msg("errors.tickets.unknownStatus"));
  return runBulk(input.tickets, async (ticket) => {
    if (target.actionTypes.includes("open_payment")) {
      throw invalid(msg("errors.tickets.noPaymentInBulk", { status: statusLabel(target) }));
    }
    return changeTicketStatus(ctx, { ...ticket, statusId: target.id, payment: null });
  });
}
