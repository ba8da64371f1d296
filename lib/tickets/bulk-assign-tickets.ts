import type { z } from "zod";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type BulkRowResult, runBulk } from "./run-bulk";
import { bulkAssignSchema } from "./schemas";
import { setTicketAssignees } from "./set-ticket-assignees";

/** Adds one employee to the assignees of several tickets, each on its own (see runBulk). */
export async function bulkAssignTickets(
  ctx: Ctx,
  raw: z.input<typeof bulkAssignSchema>,
): Promise<BulkRowResult[]> {
  if (ctx.actor.role === "code_user") throw forbidden(msg("errors.tickets.employeesOnly"));
  const input = parseInput(bulkAssignSchema, raw);
  return runBulk(input.tickets, (ticket) =>
    setTicketAssignees(ctx, { ...ticket, userIds: (current) => [...current, input.userId] }),
  );
}
