import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  attachments,
  tasks,
  ticketEvents,
  ticketMessageReads,
  tickets,
  videoSessionTickets,
} from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadTicketStatuses } from "../statuses/load-statuses";
import type { BlobStore } from "../storage/blob-store";
import { systemStatus } from "../workflow/ticket-engine";
import { draftRefSchema } from "./schemas";

/** Its creator deletes a draft: nobody else ever saw it, so nothing of it is kept. */
export async function deleteDraft({ actor, db }: Ctx, raw: unknown, store: BlobStore): Promise<void> {
  const input = parseInput(draftRefSchema, raw);
  const keys = await db.transaction(async (tx) => {
    const draft = systemStatus(await loadTicketStatuses(tx), "draft");
    const [row] = await tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(
        and(eq(tickets.id, input.ticketId), eq(tickets.creatorId, actor.id), eq(tickets.statusId, draft.id)),
      )
      .for("update");
    if (!row) throw notFound(msg("errors.flows.unknownDraft"));
    return removeDraftRows(tx, row.id);
  });
  await removeBlobs(store, keys);
}

/** Deletes a draft's rows (answers and its flow link go with the ticket); returns its files' keys. */
export async function removeDraftRows(tx: Tx, ticketId: string): Promise<string[]> {
  const files = await tx
    .delete(attachments)
    .where(eq(attachments.ticketId, ticketId))
    .returning({ key: attachments.storageKey });
  // Nothing links work to a draft any more; a link from before that rule must not keep it alive.
  await tx.delete(videoSessionTickets).where(eq(videoSessionTickets.ticketId, ticketId));
  await tx.update(tasks).set({ ticketId: null }).where(eq(tasks.ticketId, ticketId));
  await tx.delete(ticketMessageReads).where(eq(ticketMessageReads.ticketId, ticketId));
  await tx.delete(ticketEvents).where(eq(ticketEvents.ticketId, ticketId));
  await tx.delete(tickets).where(eq(tickets.id, ticketId));
  return files.map((f) => f.key);
}

/** After commit: a crash here leaves bytes nobody references, never a row without its bytes. */
export async function removeBlobs(store: BlobStore, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    try {
      await store.delete(key);
    } catch (error) {
      console.error("Could not remove a draft's file", key, error);
    }
  }
}
