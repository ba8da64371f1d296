import type { z } from "zod";
import type { Ctx } from "../context";
import { DomainError, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { insertTicket } from "../tickets/create-ticket";
import { createTicketSchema } from "../tickets/schemas";
import { decideSession } from "../workflow/session-engine";
import { formatItemNumber } from "../workflow/work-item-kinds";
import { applySessionCommand, loadSessionState } from "./run-session-command";
import type { versionedSession } from "./schemas";

/**
 * "Create ticket" on a session: a ticket for the session's asset, titled by its reason and linked to
 * it, in one transaction. Whoever may not link tickets to the session gets no ticket either.
 */
export async function createTicketFromSession(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<{ ticketNumber: number; version: number }> {
  const { actor, db } = ctx;
  if (actor.role === "code_user") throw notFound(msg("errors.notFound.session"));
  return db.transaction(async (tx) => {
    const { row, engine } = await loadSessionState(tx, actor, input.sessionId, true);
    const probe = decideSession(engine, {
      type: "link_ticket",
      ticketId: "00000000-0000-0000-0000-000000000000",
      number: 0,
    });
    if (!probe.ok) throw new DomainError(probe.code, probe.msg);
    const firstLine = row.reason.split("\n")[0]!.trim();
    const ticket = await insertTicket(
      tx,
      actor,
      createTicketSchema.parse({
        title: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine.padEnd(3, "."),
        description: `${formatItemNumber("video_session", row.number)}\n\n${row.reason}`,
        assetId: row.assetId,
        visibility: row.visibility,
      }),
    );
    const linked = await applySessionCommand(
      tx,
      actor,
      { sessionId: row.id, expectedVersion: input.version },
      () => ({
        type: "link_ticket",
        ticketId: ticket.ticketId,
        number: ticket.number,
      }),
    );
    return { ticketNumber: ticket.number, version: linked.version };
  });
}
