import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { notDraftWhere } from "../tickets/ticket-access";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { sessionTicketSchema } from "./schemas";

/** Links or unlinks a ticket, named by its number, to a session (employees of the session). */
export function linkSessionTicket(
  ctx: Ctx,
  input: z.infer<typeof sessionTicketSchema>,
  link: boolean,
): Promise<SessionChangeResult> {
  return runSessionCommand(
    ctx,
    { sessionId: input.sessionId, expectedVersion: input.version },
    async (_loaded, tx) => {
      const [ticket] = await tx
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(and(eq(tickets.number, input.ticketNumber), notDraftWhere()));
      if (!ticket) {
        const reason = msg("errors.sessions.unknownTicket");
        throw invalid(reason, { ticketNumber: [reason] });
      }
      return { type: link ? "link_ticket" : "unlink_ticket", ticketId: ticket.id, number: ticket.number };
    },
  );
}
