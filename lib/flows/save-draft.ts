import type { Ctx } from "../context";
import { notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { type SaveDraftInput, saveDraftSchema } from "./schemas";
import { writeDraft } from "./write-draft";

export type SavedDraft = { ticketId: string; number: number; version: number };

/** "Next": the answers so far are kept, so a ticket left half-way is its creator's Draft. */
export async function saveDraft({ actor, db }: Ctx, raw: SaveDraftInput): Promise<SavedDraft> {
  const input = parseInput(saveDraftSchema, raw);
  return db.transaction(async (tx) => {
    const written = await writeDraft(tx, actor, input, await loadTicketStatuses(tx));
    if (written.submitted) throw notAllowed(msg("errors.flows.notADraft"));
    return { ticketId: written.ticket.id, number: written.ticket.number, version: written.ticket.version };
  });
}
