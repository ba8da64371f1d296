import { and, eq, lte, sql } from "drizzle-orm";
import { ticketMessageReads, ticketMessages } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { notifyLive } from "../work-items/live-message";
import { findConversationTicket } from "./queries";
import { type MarkMessagesReadInput, markMessagesReadSchema } from "./schemas";

/**
 * Moves the reader's "read up to" mark forward (never back) to the newest message they have on
 * screen, and tells the other side's screens, whose "Seen" follows. Reading changes no state of the
 * ticket: no event, no version.
 */
export async function markTicketMessagesRead(
  ctx: Ctx,
  raw: MarkMessagesReadInput,
): Promise<{ lastReadId: number }> {
  const input = parseInput(markMessagesReadSchema, raw);
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    const ticket = await findConversationTicket(tx, actor, { id: input.ticketId });
    if (!ticket) throw notFound(msg("errors.notFound.ticket"));
    // The customer's "Seen" is the ticket's customer's: another holder of the asset reads along
    // without telling the employees it was read.
    if (actor.role === "code_user" && actor.id !== ticket.creatorId) return { lastReadId: 0 };
    // Only up to a message that exists on this ticket: a made-up id cannot mark the future read.
    const [newest] = await tx
      .select({ id: sql<number | null>`max(${ticketMessages.id})` })
      .from(ticketMessages)
      .where(and(eq(ticketMessages.ticketId, ticket.id), lte(ticketMessages.id, input.upToId)));
    const upTo = newest?.id === null || newest?.id === undefined ? null : Number(newest.id);
    if (upTo === null) return { lastReadId: 0 };
    const [row] = await tx
      .insert(ticketMessageReads)
      .values({ ticketId: ticket.id, userId: actor.id, lastReadId: upTo })
      .onConflictDoUpdate({
        target: [ticketMessageReads.ticketId, ticketMessageReads.userId],
        set: { lastReadId: upTo, readAt: sql`now()` },
        setWhere: sql`${ticketMessageReads.lastReadId} < ${upTo}`,
      })
      .returning({ lastReadId: ticketMessageReads.lastReadId });
    if (row) {
      await notifyLive(tx, {
        kind: "ticket",
        id: ticket.id,
        number: ticket.number,
        version: ticket.version,
        visibility: ticket.visibility,
        creatorId: ticket.creatorId,
        assetId: ticket.assetId,
      });
    }
    return { lastReadId: row?.lastReadId ?? upTo };
  });
}
