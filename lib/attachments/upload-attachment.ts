import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import { attachments, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { findConversationTicket } from "../conversation/queries";
import { env } from "../env";
import { forbidden, invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import type { BlobStore } from "../storage/blob-store";
import { messagingRefusal } from "../workflow/ticket-messaging";
import { cleanFileName, decideFile } from "./file-policy";
import { peekHead } from "./peek-head";
import { type AttachmentItem, attachmentItem } from "./queries";

const MB = 1024 * 1024;

class TooLarge extends Error {}

export type UploadInput = {
  ticket: { number: number } | { id: string };
  fileName: string;
  /** Content-Length, when the client sent one: a file too large is refused before a byte is read. */
  declaredSize: number | null;
  body: Readable;
  voice?: { durationMs: number } | null;
};

const megabytes = (bytes: number) => Math.max(1, Math.ceil(bytes / MB));

/**
 * Stores one file for a message or an update the actor is about to send. The bytes stream from the
 * request through the type sniffer and a byte counter into the store: never held whole in memory,
 * refused as soon as they pass the size limit, and nothing is kept of a refused file.
 */
export async function uploadAttachment(
  { actor, db }: Ctx,
  input: UploadInput,
  store: BlobStore,
): Promise<AttachmentItem> {
  const { ATTACHMENT_MAX_MB, TICKET_ATTACHMENTS_QUOTA_MB } = env();
  const maxBytes = ATTACHMENT_MAX_MB * MB;
  const quotaBytes = TICKET_ATTACHMENTS_QUOTA_MB * MB;
  const fileName = cleanFileName(input.fileName);
  const ticket = await findConversationTicket(db, actor, input.ticket);
  if (!ticket) throw notFound(msg("errors.notFound.ticket"));
  // A draft's creator attaches the answers of its file steps (the draft has no messenger yet).
  const ownDraft = ticket.category === "draft" && ticket.creatorId === actor.id;
  if (
    !ownDraft &&
    messagingRefusal({ id: actor.id, role: actor.role }, { ...ticket, status: { category: ticket.category } })
  ) {
    throw forbidden(msg("errors.attachments.mayNotWrite"));
  }
  const tooLarge = (bytes: number) =>
    invalid(
      msg("errors.attachments.tooLarge", { name: fileName, size: megabytes(bytes), max: ATTACHMENT_MAX_MB }),
    );
  if (input.declaredSize !== null && input.declaredSize > maxBytes) throw tooLarge(input.declaredSize);
  const used = async () => {
    const [row] = await db
      .select({ bytes: sql<number>`coalesce(sum(${attachments.size}), 0)::bigint` })
      .from(attachments)
      .where(eq(attachments.ticketId, ticket.id));
    return Number(row?.bytes ?? 0);
  };
  const overQuota = () =>
    invalid(msg("errors.attachments.overQuota", { name: fileName, quota: TICKET_ATTACHMENTS_QUOTA_MB }));
  if ((await used()) + (input.declaredSize ?? 0) > quotaBytes) throw overQuota();

  const { head, whole } = await peekHead(input.body, 4100);
  const sniffed = await fileTypeFromBuffer(head);
  const decision = decideFile(fileName, sniffed ? { ext: sniffed.ext, mime: sniffed.mime } : undefined);
  if (!decision.ok) {
    whole.destroy();
    throw invalid(
      decision.reason === "disguised"
        ? msg("errors.attachments.disguised", { name: fileName })
        : msg("errors.attachments.unsupported", { name: fileName }),
    );
  }
  // A voice message is a recording: the flag never turns another file into something played inline.
  if (input.voice && decision.kind !== "audio" && decision.kind !== "video") {
    whole.destroy();
    throw invalid(msg("errors.attachments.notARecording", { name: fileName }));
  }
  let size = 0;
  // Counting as the bytes pass: past the limit the stream fails, the store drops what it wrote.
  async function* counted(source: Readable) {
    for await (const chunk of source) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new TooLarge();
      yield chunk as Buffer;
    }
  }
  const id = randomUUID();
  const storageKey = `tickets/${ticket.id}/${id}`;
  try {
    await store.put(storageKey, Readable.from(counted(whole)), { contentType: decision.contentType });
  } catch (error) {
    input.body.destroy();
    if (error instanceof TooLarge) throw tooLarge(size);
    throw error;
  }
  // The quota again with the real size, under the ticket's lock: two uploads at once cannot both fit.
  try {
    const [row] = await db.transaction(async (tx) => {
      await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, ticket.id)).for("update");
      const [total] = await tx
        .select({ bytes: sql<number>`coalesce(sum(${attachments.size}), 0)::bigint` })
        .from(attachments)
        .where(eq(attachments.ticketId, ticket.id));
      if (Number(total?.bytes ?? 0) + size > quotaBytes) throw overQuota();
      return tx
        .insert(attachments)
        .values({
          id,
          ticketId: ticket.id,
          uploaderId: actor.id,
          storageKey,
          fileName,
          contentType: decision.contentType,
          kind: input.voice ? "audio" : decision.kind,
          size,
          voice: Boolean(input.voice),
          durationMs: input.voice ? Math.round(input.voice.durationMs) : null,
        })
        .returning();
    });
    return attachmentItem(row!);
  } catch (error) {
    await store.delete(storageKey);
    throw error;
  }
}
