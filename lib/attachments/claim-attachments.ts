import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { attachments } from "@/db/schema";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";

/**
 * Locks the files a message or update is about to carry and checks each is the author's own upload
 * on this ticket, not yet sent: nobody can attach someone else's file, or one file twice.
 */
export async function claimAttachments(
  tx: Tx,
  actorId: string,
  ticketId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const rows = await tx
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, unique),
        eq(attachments.ticketId, ticketId),
        eq(attachments.uploaderId, actorId),
        isNull(attachments.messageId),
        isNull(attachments.updateId),
        isNull(attachments.answerId),
      ),
    )
    .for("update");
  if (rows.length !== unique.length || unique.length !== ids.length) {
    throw invalid(msg("errors.attachments.notYours"));
  }
}
