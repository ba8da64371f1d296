import { and, eq, ne } from "drizzle-orm";
import { assetMembers, tickets } from "@/db/schema";
import { assetRecipients } from "../assets/asset-recipients";
import type { Ctx } from "../context";
import { forbidden, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { visibleTicketsWhere } from "../tickets/ticket-access";
import { systemStatus } from "../workflow/ticket-engine";
import { insertSession } from "./insert-session";
import type { SessionChangeResult } from "./run-session-command";
import { type RequestSessionInput, requestSessionSchema } from "./schemas";

/** A customer requests a video session for one of their assets (optionally from one of their tickets). */
export async function requestSession(ctx: Ctx, raw: RequestSessionInput): Promise<SessionChangeResult> {
  const { actor, db } = ctx;
  if (actor.role !== "code_user") throw forbidden();
  const input = parseInput(requestSessionSchema, raw);
  return db.transaction(async (tx) => {
    const [holds] = await tx
      .select({ id: assetMembers.assetId })
      .from(assetMembers)
      .where(and(eq(assetMembers.assetId, input.assetId), eq(assetMembers.userId, actor.id)));
    if (!holds) {
      const reason = msg("errors.sessions.chooseOwnAsset");
      throw invalid(reason, { assetId: [reason] });
    }
    let ticket: { id: string; number: number } | null = null;
    if (input.ticketId) {
      const draft = systemStatus(await loadTicketStatuses(tx), "draft");
      const [found] = await tx
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(
          and(
            eq(tickets.id, input.ticketId),
            eq(tickets.creatorId, actor.id),
            // The call is about the ticket's own asset.
            eq(tickets.assetId, input.assetId),
            visibleTicketsWhere(actor, draft.id),
            ne(tickets.statusId, draft.id),
          ),
        );
      if (!found) throw invalid(msg("errors.sessions.ticketNotYours"));
      ticket = found;
    }
    return insertSession(tx, actor, {
      assetId: input.assetId,
      customerId: actor.id,
      reason: input.reason,
      visibility: "public",
      recipientIds: await assetRecipients(tx, input.assetId),
      ticket,
    });
  });
}
