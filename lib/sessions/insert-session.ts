import type { Tx } from "@/db/client";
import { videoSessionRecipients, videoSessions } from "@/db/schema";
import type { Actor } from "../context";
import { DomainError } from "../errors";
import { loadSessionStatuses } from "../statuses/load-kind-statuses";
import { applyWorkItemEvents } from "../work-items/apply-work-item-events";
import { decideSession, type SessionEventDraft } from "../workflow/session-engine";
import type { SessionChangeResult } from "./run-session-command";
import { sessionWriter } from "./session-writer";

/**
 * Creates a session as the engine decides (requested for customers, confirmed for employees), with
 * the employees who receive it and an optional linked ticket, in the caller's transaction.
 */
export async function insertSession(
  tx: Tx,
  actor: Actor,
  fields: {
    assetId: string;
    customerId: string;
    reason: string;
    visibility: "internal" | "public";
    recipientIds: readonly string[];
    ticket: { id: string; number: number } | null;
  },
): Promise<SessionChangeResult> {
  const statuses = await loadSessionStatuses(tx);
  const decision = decideSession(
    { actor: { id: actor.id, role: actor.role }, session: null, statuses, ratingOn: false },
    { type: "create" },
  );
  if (!decision.ok) throw new DomainError(decision.code, decision.msg);
  const created = decision.events[0];
  if (created?.type !== "created")
    throw new Error("The engine creates a session with its created event first");
  const [row] = await tx
    .insert(videoSessions)
    .values({
      assetId: fields.assetId,
      customerId: fields.customerId,
      creatorId: actor.id,
      visibility: fields.visibility,
      reason: fields.reason,
      statusId: created.status.id,
    })
    .returning();
  if (!row) throw new Error("Insert returned no session");
  if (fields.recipientIds.length > 0) {
    await tx
      .insert(videoSessionRecipients)
      .values(fields.recipientIds.map((userId) => ({ sessionId: row.id, userId })));
  }
  const events: SessionEventDraft[] = [...decision.events];
  if (fields.ticket)
    events.push({ type: "ticket_linked", ticketId: fields.ticket.id, number: fields.ticket.number });
  const result = await applyWorkItemEvents(
    tx,
    sessionWriter,
    {
      id: row.id,
      number: row.number,
      version: row.version,
      status: created.status,
      visibility: row.visibility,
      creatorId: row.customerId,
      assetId: row.assetId,
    },
    actor.id,
    events,
  );
  return { sessionId: row.id, number: row.number, version: result.version, statusId: result.status.id };
}
