import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { videoSessionTickets } from "@/db/schema";
import { claimAttachments } from "../attachments/claim-attachments";
import type { Ctx } from "../context";
import { DomainError, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { applyTicketEvents } from "../tickets/apply-ticket-events";
import { lockTicket, writerTarget } from "../tickets/run-ticket-command";
import { decideTicket } from "../workflow/ticket-engine";
import { type PostTicketMessageInput, postTicketMessageSchema } from "./schemas";

/** Only a session linked to this very ticket can be shared in its messenger. */
async function sessionOfTicket(tx: Tx, sessionId: string, ticketId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: videoSessionTickets.sessionId })
    .from(videoSessionTickets)
    .where(and(eq(videoSessionTickets.sessionId, sessionId), eq(videoSessionTickets.ticketId, ticketId)))
    .limit(1);
  return Boolean(row);
}

export type PostedMessage = { ticketId: string; number: number; version: number };

/**
 * Writes a message into a ticket's messenger (workflow.md 2.3 decides who may). A customer's answer
 * to a ticket waiting for them moves it back to In Progress: the engine's own step (`sys`), in the
 * same transaction, and only once however many answers arrive together (the row lock orders them).
 * No version check: a message never conflicts with what someone else did to the ticket.
 */
export async function postTicketMessage(ctx: Ctx, raw: PostTicketMessageInput): Promise<PostedMessage> {
  const input = parseInput(postTicketMessageSchema, raw);
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    const loaded = await lockTicket(tx, input.ticketId, actor);
    const world = { ticket: loaded.state, statuses: loaded.statuses, policy: loaded.policy };
    const decision = decideTicket(
      { actor: { id: actor.id, role: actor.role }, ...world },
      {
        type: "post_message",
        body: input.body,
        attachmentIds: input.attachmentIds,
        videoSessionId: input.videoSessionId,
      },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    if (input.videoSessionId && !(await sessionOfTicket(tx, input.videoSessionId, loaded.row.id))) {
      throw invalid(msg("errors.sessions.notOfTicket"));
    }
    await claimAttachments(tx, actor.id, loaded.row.id, input.attachmentIds);
    const target = writerTarget(loaded);
    let written = await applyTicketEvents(tx, target, actor.id, decision.events, loaded.statuses);
    if (actor.role === "code_user") {
      const unwait = decideTicket({ actor: { id: null, role: "sys" }, ...world }, { type: "customer_reply" });
      if (unwait.ok && unwait.events.length > 0) {
        written = await applyTicketEvents(
          tx,
          { ...target, version: written.version },
          null,
          unwait.events,
          loaded.statuses,
        );
      }
    }
    return { ticketId: loaded.row.id, number: loaded.row.number, version: written.version };
  });
}
