import { and, eq, inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { STAFF_ROLES } from "../workflow/roles";
import { runTicketCommand, type TicketChangeResult } from "./run-ticket-command";

/**
 * Admins and moderators set who works on a ticket (assign and unassign in one step). Assigning an open
 * ticket moves it to Assigned; removing the last assignee of a ticket past Open is refused.
 */
export async function setTicketAssignees(
  ctx: Ctx,
  input: {
    ticketId: string;
    version: number;
    /** The new assignees, or how to get them from the current ones (a bulk "add", say). */
    userIds: string[] | ((current: readonly string[]) => string[]);
  },
): Promise<TicketChangeResult> {
  return runTicketCommand(
    ctx,
    { ticketId: input.ticketId, expectedVersion: input.version },
    async (loaded, tx) => {
      const ids =
        typeof input.userIds === "function" ? input.userIds(loaded.state.assigneeIds) : input.userIds;
      const wanted = [...new Set(ids)];
      // Validate people only for those allowed to assign, and only once the ticket is known to be visible,
      // so the answer reveals nothing about other users or tickets.
      const mayAssign = ctx.actor.role === "admin" || ctx.actor.role === "moderator";
      if (mayAssign && wanted.length > 0) {
        const employees = await tx
          .select({ id: users.id })
          .from(users)
          .where(
            and(inArray(users.id, wanted), eq(users.active, true), inArray(users.role, [...STAFF_ROLES])),
          );
        if (employees.length !== wanted.length) throw invalid(msg("errors.tickets.activeEmployeesOnly"));
      }
      return { type: "set_assignees", userIds: wanted };
    },
  );
}
