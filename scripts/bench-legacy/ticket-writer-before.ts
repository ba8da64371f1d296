import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox, payments, ratings, ticketAssignees, ticketEvents, ticketOffers, tickets } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { conflict, DomainError, invalid } from "@/lib/errors";
import { msg } from "@/lib/i18n/msg";
import type { StatusRow } from "@/lib/statuses/load-statuses";
import { lockTicket } from "@/lib/tickets/run-ticket-command";
import {
  decideTicket,
  finalStatus,
  type StatusRef,
  type TicketEventDraft,
} from "@/lib/workflow/ticket-engine";

/**
 * The ticket writer as it was before the shared work-item writer (commit a7147f8), kept only so the
 * benchmark can run the two in turns and compare them in one run. Not used by the app.
 */
const LIVE_CHANNEL = "ticket_changes_before";

function ticketEventOutboxRow(
  ticket: { id: string; number: number; visibility: "internal" | "public"; creatorId: string },
  actorId: string | null,
  eventId: number,
  event: { type: string } & Record<string, unknown>,
): typeof outbox.$inferInsert {
  return {
    topic: `ticket.${event.type}`,
    idempotencyKey: `ticket_event:${eventId}`,
    payload: {
      ticketId: ticket.id,
      number: ticket.number,
      actorId,
      visibility: ticket.visibility,
      creatorId: ticket.creatorId,
      eventId,
      event,
    },
  };
}

type LiveMessage = {
  ticketId: string;
  number: number;
  version: number;
  visibility: "internal" | "public";
  creatorId: string;
  assetId: string | null;
};

type Target = {
  id: string;
  number: number;
  version: number;
  status: StatusRef;
  visibility: "internal" | "public";
  creatorId: string;
  assetId: string | null;
};

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
    case "message_posted":
    case "update_added":
      return base;
  }
}

/**
 * The one writer of ticket state: applies the engine's events, bumps the version with a
 * compare-and-set, appends the event rows and one outbox row per event, and signals live screens.
 * Must run inside the caller's transaction.
 */
async function applyTicketEventsBefore(
  tx: Tx,
  ticket: Target,
  actorId: string | null,
  events: readonly TicketEventDraft[],
  statuses: readonly StatusRow[],
): Promise<{ version: number; status: StatusRef }> {
  const status = finalStatus(ticket.status, events);
  const statusChanged = status.id !== ticket.status.id;
  const updated = await tx
    .update(tickets)
    .set({
      statusId: status.id,
      version: sql`${tickets.version} + 1`,
      updatedAt: sql`now()`,
      ...(statusChanged ? { statusChangedAt: sql`now()` } : {}),
    })
    .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
    .returning({ version: tickets.version });
  if (updated.length === 0) throw conflict();

  for (const event of events) {
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
      case "status_changed":
      case "payment_recorded":
        break;
    }
  }

  if (events.length > 0) {
    const rows = await tx
      .insert(ticketEvents)
      .values(events.map((event) => eventRow(ticket.id, actorId, event)))
      .returning({ id: ticketEvents.id, type: ticketEvents.type });
    const common = {
      ticketId: ticket.id,
      number: ticket.number,
      actorId,
      visibility: ticket.visibility,
      creatorId: ticket.creatorId,
    };
    const outboxRows: (typeof outbox.$inferInsert)[] = [];
    let statusEventId: number | null = null;
    for (const [i, row] of rows.entries()) {
      const event = events[i]!;
      outboxRows.push(ticketEventOutboxRow(ticket, actorId, row.id, serializeEvent(event)));
      if (event.type === "payment_recorded") {
        await tx.insert(payments).values({
          ticketId: ticket.id,
          kind: "payment",
          amountCents: event.amountCents,
          method: event.method,
          employeeId: actorId,
          // Linked to the status change it was taken with (the engine puts that change first).
          eventId: statusEventId ?? row.id,
        });
      }
      if (event.type === "status_changed") {
        statusEventId = row.id;
        // Actions run after commit, once per entry into the status: one outbox row per action.
        const actions = statuses.find((s) => s.id === event.to.id)?.actions ?? [];
        for (const action of actions) {
          if (action.type === "open_payment") continue; // recorded above, with the change itself
          outboxRows.push({
            topic: `status_action.${action.type}`,
            idempotencyKey: `status_action:${row.id}:${action.type}`,
            payload: { ...common, eventId: row.id, status: { id: event.to.id, name: event.to.name }, action },
          });
        }
      }
    }
    await tx.insert(outbox).values(outboxRows);
  }

  const version = updated[0]!.version;
  const message: LiveMessage = {
    ticketId: ticket.id,
    number: ticket.number,
    version,
    visibility: ticket.visibility,
    creatorId: ticket.creatorId,
    assetId: ticket.assetId,
  };
  // NOTIFY is transactional: screens hear of the change only if it commits.
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(message)})`);
  return { version, status };
}

function serializeEvent(event: TicketEventDraft): { type: string } & Record<string, unknown> {
  if (event.type === "status_changed") {
    return {
      type: event.type,
      reason: event.reason,
      from: { id: event.from.id, name: event.from.name, category: event.from.category },
      to: { id: event.to.id, name: event.to.name, category: event.to.category },
    };
  }
  return { ...event };
}

/** changeTicketStatus as it ran before: lock, decide, then the writer above. */
export function changeTicketStatusBefore(
  ctx: Ctx,
  input: { ticketId: string; version: number; statusId: string },
): Promise<{ version: number; statusId: string }> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await lockTicket(tx, input.ticketId, ctx.actor);
    if (loaded.row.version !== input.version) throw conflict();
    const to = loaded.statuses.find((s) => s.id === input.statusId);
    if (!to) throw invalid(msg("errors.tickets.unknownStatus"));
    const decision = decideTicket(
      {
        actor: { id: ctx.actor.id, role: ctx.actor.role },
        ticket: loaded.state,
        statuses: loaded.statuses,
        policy: loaded.policy,
      },
      { type: "change_status", to, payment: null },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    const { row } = loaded;
    const result = await applyTicketEventsBefore(
      tx,
      {
        id: row.id,
        number: row.number,
        version: row.version,
        status: loaded.state.status,
        visibility: row.visibility,
        creatorId: row.creatorId,
        assetId: row.assetId,
      },
      ctx.actor.id,
      decision.events,
      loaded.statuses,
    );
    return { version: result.version, statusId: result.status.id };
  });
}
