import { and, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attachments } from "@/db/schema";
import type { BlobStore } from "../storage/blob-store";

/**
 * Files uploaded for a message or update that was never sent: gone after a day, bytes first, so a
 * crash in between leaves a row to retry rather than bytes nobody can find.
 */
export async function removeUnsentAttachments(db: Db, store: BlobStore, batch = 100): Promise<number> {
  const stale = await db
    .select({ id: attachments.id, storageKey: attachments.storageKey })
    .from(attachments)
    .where(
      and(
        isNull(attachments.messageId),
        isNull(attachments.updateId),
        isNull(attachments.answerId),
        lt(attachments.createdAt, sql`now() - interval '1 day'`),
      ),
    )
    .limit(batch);
  for (const file of stale) await store.delete(file.storageKey);
  if (stale.length > 0) {
    await db.delete(attachments).where(
      and(
        inArray(
          attachments.id,
          stale.map((f) => f.id),
        ),
        isNull(attachments.messageId),
        isNull(attachments.updateId),
        isNull(attachments.answerId),
      ),
    );
  }
  return stale.length;
}
