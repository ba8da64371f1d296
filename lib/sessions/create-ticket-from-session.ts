import type { z } from "zod";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { createTicket } from "../tickets/create-ticket";
import { formatItemNumber } from "../workflow/work-item-kinds";
import { linkSessionTicket } from "./link-session-ticket";
import { loadSessionState } from "./run-session-command";
import type { versionedSession } from "./schemas";

/**
 * "Create ticket" on a session: a ticket for the session's asset, titled by its reason, linked to it.
 * Two steps: should the link be refused (the session changed meanwhile), the ticket still exists
 * and says in its text which session it came from.
 */
export async function createTicketFromSession(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<{ ticketNumber: number; version: number }> {
  if (ctx.actor.role === "code_user") throw notFound(msg("errors.notFound.session"));
  const { row } = await ctx.db.transaction((tx) => loadSessionState(tx, ctx.actor, input.sessionId, false));
  const firstLine = row.reason.split("\n")[0]!.trim();
  const title = firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine.padEnd(3, ".");
  const ticket = await createTicket(ctx, {
    title,
    description: `${formatItemNumber("video_session", row.number)}\n\n${row.reason}`,
    assetId: row.assetId,
    visibility: row.visibility,
  });
  const linked = await linkSessionTicket(
    ctx,
    { sessionId: row.id, version: input.version, ticketNumber: ticket.number },
    true,
  );
  return { ticketNumber: ticket.number, version: linked.version };
}
