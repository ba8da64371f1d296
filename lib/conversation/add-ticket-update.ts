import { randomUUID } from "node:crypto";
import { claimAttachments } from "../attachments/claim-attachments";
import type { Ctx } from "../context";
import { parseInput } from "../parse-input";
import { runTicketCommand, type TicketChangeResult } from "../tickets/run-ticket-command";
import { type AddTicketUpdateInput, addTicketUpdateSchema } from "./schemas";

/**
 * Adds an update to the ticket's service record, public or internal (workflow.md 2.7): employees
 * who may work on it, and its customer for public ones while they may write. No version check: an
 * update, like a message, never conflicts with another change.
 */
export async function addTicketUpdate(ctx: Ctx, raw: AddTicketUpdateInput): Promise<TicketChangeResult> {
  const input = parseInput(addTicketUpdateSchema, raw);
  return runTicketCommand(ctx, { ticketId: input.ticketId, expectedVersion: null }, async (loaded, tx) => {
    await claimAttachments(tx, ctx.actor.id, loaded.row.id, input.attachmentIds);
    return {
      type: "add_update",
      updateId: randomUUID(),
      visibility: input.visibility,
      body: input.body,
      attachmentIds: input.attachmentIds,
    };
  });
}
