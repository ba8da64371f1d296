import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  attachments,
  payments,
  ratings,
  ticketAssignees,
  ticketEvents,
  ticketMessages,
  ticketOffers,
  tickets,
  ticketUpdates,
} from "@/db/schema";
import type { StatusRow } from "../statuses/load-statuses";
import {
  applyWorkItemEvents,
  type KindWriter,
  serializeStatusChange,
} from "../work-items/apply-work-item-events";
import type { TicketCategory } from "../workflow/ticket-categories";
import type { StatusRef, TicketEventDraft } from "../workflow/ticket-engine";

type Target = {
  id: string;
  number: number;
  version: number;
  status: StatusRef;
  visibility: "internal" | "public";
  creatorId: string;
  assetId: string | null;
};

/**
 * The id of the message each message_posted event wrote: apply stores the message before the
 * event rows and the outbox payloads are made from the same event objects, which then name it.
 */
const postedMessageIds = new WeakMap<TicketEventDraft, number>();

function eventRow(ticketId: string, actorId: string | null, event: TicketEventDraft) {
  const base = { ticketId, actorId, type: event.type };
  switch (event.type) {
    case "status_changed":
      return {
        ...base,
        fromStatusId: event.from.id,
        toStatusId: event.to.id,
        fromCategory: event.from.category,
        toCategory: event.to.category,
        data: { reason: event.reason, fromName: event.from.name, toName: event.to.name },
      };
    case "assignee_added":
    case "assignee_removed":
    case "offer_created":
    case "offer_accepted":
    case "offer_declined":
    case "offer_withdrawn":
      return { ...base, data: { userId: event.userId } };
    case "rated":
      return { ...base, data: { stars: event.stars, comment: event.comment } };
    case "payment_recorded":
      return { ...base, data: { amountCents: event.amountCents, method: event.method } };
    case "amount_changed":
      return { ...base, data: { from: event.from, to: event.to } };
    case "message_posted": {
      // The words live in ticket_messages only: history, outbox and notifications never carry them.
      const messageId = postedMessageIds.get(event);
      return messageId === undefined ? base : { ...base, data: { messageId } };
    }
    case "update_added":
      return { ...base, data: { updateId: event.updateId, visibility: event.visibility } };
  }
}

/** The verb checked the files are the author's, unsent, on this ticket (claimAttachments). */
async function linkAttachments(
  tx: Tx,
  ids: readonly string[],
  link: { messageId: number } | { updateId: string },
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(attachments)
    .set(link)
    .where(inArray(attachments.id, [...ids]));
}

/** Tickets on the shared writer: their rows, and what each event changes. */
function ticketWriter(statuses: readonly StatusRow[]): KindWriter<TicketCategory, TicketEventDraft> {
  return {
    kind: "ticket",
    table: tickets,
    async apply(tx, ticket, actorId, event) {
      switch (event.type) {
        case "assignee_added":
          await tx
            .insert(ticketAssignees)
            .values({ ticketId: ticket.id, userId: event.userId })
            .onConflictDoNothing();
          break;
        case "assignee_removed":
          await tx
            .delete(ticketAssignees)
            .where(and(eq(ticketAssignees.ticketId, ticket.id), eq(ticketAssignees.userId, event.userId)));
          break;
        case "offer_created":
          await tx
            .insert(ticketOffers)
            .values({ ticketId: ticket.id, userId: event.userId })
            .onConflictDoUpdate({
              target: [ticketOffers.ticketId, ticketOffers.userId],
              set: { state: "pending", respondedAt: null },
            });
          break;
        case "offer_accepted":
        case "offer_declined":
        case "offer_withdrawn": {
          const state =
            event.type === "offer_accepted"
              ? "accepted"
              : event.type === "offer_declined"
                ? "declined"
                : "withdrawn";
          await tx
            .update(ticketOffers)
            .set({ state, respondedAt: sql`now()` })
            .where(and(eq(ticketOffers.ticketId, ticket.id), eq(ticketOffers.userId, event.userId)));
          break;
        }
        case "rated":
          // A ticket reopened after its rating is rated again: the latest rating stands, the
          // earlier ones stay in the history as their events.
          await tx
            .insert(ratings)
            .values({ ticketId: ticket.id, userId: actorId!, stars: event.stars, comment: event.comment })
            .onConflictDoUpdate({
              target: ratings.ticketId,
              set: { userId: actorId!, stars: event.stars, comment: event.comment, createdAt: sql`now()` },
            });
          break;
        case "amount_changed":
          await tx.update(tickets).set({ amountCents: event.to }).where(eq(tickets.id, ticket.id));
          break;
        case "message_posted": {
          const [message] = await tx
            .insert(ticketMessages)
            .values({
              ticketId: ticket.id,
              authorId: actorId!,
              body: event.body,
              kind: event.videoSessionId ? "video_session" : "text",
              videoSessionId: event.videoSessionId,
            })
            .returning({ id: ticketMessages.id });
          postedMessageIds.set(event, message!.id);
          await linkAttachments(tx, event.attachmentIds, { messageId: message!.id });
          break;
        }
        case "update_added":
          await tx.insert(ticketUpdates).values({
            id: event.updateId,
            ticketId: ticket.id,
            authorId: actorId!,
            visibility: event.visibility,
            body: event.body,
          });
          await linkAttachments(tx, event.attachmentIds, { updateId: event.updateId });
          break;
        case "status_changed":
        case "payment_recorded":
          break;
      }
    },
    insertEvents(tx, ticket, actorId, events) {
      return tx
        .insert(ticketEvents)
        .values(events.map((event) => eventRow(ticket.id, actorId, event)))
        .returning({ id: ticketEvents.id });
    },
    serialize: (event) =>
      event.type === "status_changed"
        ? serializeStatusChange(event)
        : event.type === "message_posted"
          ? { type: event.type, messageId: postedMessageIds.get(event) ?? null }
          : event.type === "update_added"
            ? { type: event.type, updateId: event.updateId, visibility: event.visibility }
            : { ...event },
    keepsVersion: (event) => event.type === "message_posted" || event.type === "update_added",
    // Ticket handlers (mail, SMS, pay, notifications) read the ticket by this name.
    payloadExtras: (ticket) => ({ ticketId: ticket.id }),
    followUps(ticket, actorId, events) {
      const common = {
        ticketId: ticket.id,
        number: ticket.number,
        actorId,
        visibility: ticket.visibility,
        creatorId: ticket.creatorId,
      };
      // Actions run after commit, once per entry into the status: one outbox row per action.
      return events.flatMap((event, i) => {
        if (event.type !== "status_changed") return [];
        const actions = statuses.find((s) => s.id === event.to.id)?.actions ?? [];
        return actions
          .filter((action) => action.type !== "open_payment") // recorded with the change itself
          .map((action) => ({
            event: i,
            topic: `status_action.${action.type}`,
            key: ["status_action:", `:${action.type}`] as const,
            payload: { ...common, status: { id: event.to.id, name: event.to.name }, action },
          }));
      });
    },
    async afterEvents(tx, ticket, actorId, events, eventIds) {
      let statusEventId: number | null = null;
      for (const [i, event] of events.entries()) {
        if (event.type === "status_changed") statusEventId = eventIds[i]!;
        if (event.type === "payment_recorded") {
          await tx.insert(payments).values({
            ticketId: ticket.id,
            kind: "payment",
            amountCents: event.amountCents,
            method: event.method,
            employeeId: actorId,
            // Linked to the status change it was taken with (the engine puts that change first).
            eventId: statusEventId ?? eventIds[i]!,
          });
        }
      }
    },
  };
}

/**
 * The one writer of ticket state: the shared work-item writer with the ticket's tables.
 * Must run inside the caller's transaction.
 */
export function applyTicketEvents(
  tx: Tx,
  ticket: Target,
  actorId: string | null,
  events: readonly TicketEventDraft[],
  statuses: readonly StatusRow[],
): Promise<{ version: number; status: StatusRef }> {
  return applyWorkItemEvents(tx, ticketWriter(statuses), ticket, actorId, events);
}
