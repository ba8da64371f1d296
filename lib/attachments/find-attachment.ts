import { and, eq, sql } from "drizzle-orm";
import { attachments, statuses, tickets, ticketUpdates } from "@/db/schema";
import type { Ctx } from "../context";
import { visibleTicketsWhere } from "../tickets/ticket-access";

const draftStatusId = sql`(select s.id from ${statuses} s where s.kind = 'ticket' and s.system_key = 'draft')`;

export type ReadableAttachment = {
  storageKey: string;
  fileName: string;
  contentType: string;
  kind: (typeof attachments.$inferSelect)["kind"];
  size: number;
};

/**
 * The file if this reader may have it: they see its ticket, and it belongs to what they may read
 * (an internal update's files never reach a customer); a file not yet sent (nor given as an answer), only its uploader.
 */
export async function findAttachment({ actor, db }: Ctx, id: string): Promise<ReadableAttachment | null> {
  const [row] = await db
    .select({
      storageKey: attachments.storageKey,
      fileName: attachments.fileName,
      contentType: attachments.contentType,
      kind: attachments.kind,
      size: attachments.size,
      uploaderId: attachments.uploaderId,
      messageId: attachments.messageId,
      updateId: attachments.updateId,
      answerId: attachments.answerId,
      updateVisibility: ticketUpdates.visibility,
    })
    .from(attachments)
    .innerJoin(tickets, eq(tickets.id, attachments.ticketId))
    .leftJoin(ticketUpdates, eq(ticketUpdates.id, attachments.updateId))
    .where(and(eq(attachments.id, id), visibleTicketsWhere(actor, draftStatusId)))
    .limit(1);
  if (!row) return null;
  const sent = row.messageId !== null || row.updateId !== null || row.answerId !== null;
  if (!sent && row.uploaderId !== actor.id) return null;
  if (row.updateVisibility === "internal" && actor.role === "code_user") return null;
  return {
    storageKey: row.storageKey,
    fileName: row.fileName,
    contentType: row.contentType,
    kind: row.kind,
    size: row.size,
  };
}
