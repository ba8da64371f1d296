import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attachments } from "@/db/schema";
import type { AttachmentKind } from "./file-policy";

/** An attachment as the page shows it: never its storage key. */
export type AttachmentItem = {
  id: string;
  fileName: string;
  kind: AttachmentKind;
  contentType: string;
  size: number;
  voice: boolean;
  durationMs: number | null;
};

export function attachmentItem(row: typeof attachments.$inferSelect): AttachmentItem {
  return {
    id: row.id,
    fileName: row.fileName,
    kind: row.kind,
    contentType: row.contentType,
    size: row.size,
    voice: row.voice,
    durationMs: row.durationMs,
  };
}

/** The files of these messages or updates, grouped by their owner's id, oldest first. */
export async function attachmentsOf(
  db: Db,
  owner: { messageIds: readonly number[] } | { updateIds: readonly string[] },
): Promise<Map<string, AttachmentItem[]>> {
  const byMessage = "messageIds" in owner;
  const ids = byMessage ? owner.messageIds : owner.updateIds;
  const grouped = new Map<string, AttachmentItem[]>();
  if (ids.length === 0) return grouped;
  const rows = await db
    .select()
    .from(attachments)
    .where(
      byMessage
        ? inArray(attachments.messageId, [...(ids as readonly number[])])
        : inArray(attachments.updateId, [...(ids as readonly string[])]),
    )
    .orderBy(asc(attachments.createdAt));
  for (const row of rows) {
    const key = String(byMessage ? row.messageId : row.updateId);
    grouped.set(key, [...(grouped.get(key) ?? []), attachmentItem(row)]);
  }
  return grouped;
}

export const attachmentUrl = (id: string) => `/api/attachments/${id}`;
