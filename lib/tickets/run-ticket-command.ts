import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ticketAssignees, ticketOffers, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { paymentTotals } from "../payments/queries";
import { loadDonePolicy } from "../settings/done-policy";
import { loadTicketStatuses, type StatusRow } from "../statuses/load-statuses";
import type { DonePolicy } from "../workflow/done-policy";
import {
  decideTicket,
  type EngineActor,
  systemStatus,
  type TicketCommand,
  type TicketState,
} from "../workflow/ticket-engine";
import { applyTicketEvents } from "./apply-ticket-events";
import { visibleTicketsWhere } from "./ticket-access";

export type TicketChangeResult = { ticketId: string; number: number; version: number; statusId: string };

export type LoadedTicket = {
  row: typeof tickets.$inferSelect;
  state: TicketState;
  statuses: StatusRow[];
  policy: DonePolicy;
};

/** Locks the ticket row for this transaction and loads what the engine needs to decide. */
export async function lockTicket(
  tx: Tx,
  ticketId: string,
  actor: Ctx["actor"] | null,
): Promise<LoadedTicket> {
  const statuses = await loadTicketStatuses(tx);
  const draft = systemStatus(statuses, "draft");
  const where = actor
    ? and(eq(tickets.id, ticketId), visibleTicketsWhere(actor, draft.id))
    : eq(tickets.id, ticketId);
  const [row] = await tx.select().from(tickets).where(where).for("update").limit(1);
  if (!row) throw notFound(msg("errors.notFound.ticket"));
  const [assignees, offers, policy] = await Promise.all([
    tx
      .select({ userId: ticketAssignees.userId })
      .from(ticketAssignees)
      .where(eq(ticketAssignees.ticketId, row.id)),
    tx
      .select({ userId: ticketOffers.userId, state: ticketOffers.state })
      .from(ticketOffers)
      .where(eq(ticketOffers.ticketId, row.id)),
    loadDonePolicy(tx),
  ]);
  const status = statuses.find((s) => s.id === row.statusId);
  if (!status) throw new Error(`Ticket ${row.id} has an unknown status ${row.statusId}`);
  // Only a closed ticket's amount depends on what was paid (it is final once paid).
  const paidCents = status.category === "closed" ? (await paymentTotals(tx, row.id)).paidCents : undefined;
  return {
    row,
    statuses,
    policy,
    state: {
      status,
      amountCents: row.amountCents,
      ...(paidCents === undefined ? {} : { paidCents }),
      creatorId: row.creatorId,
      assigneeIds: assignees.map((a) => a.userId),
      offers,
    },
  };
}

/**
 * Runs one command against one ticket in one transaction: lock, check the version the person saw
 * (a stale one is a conflict), decide with the engine, then write state, events and outbox rows.
 */
export async function runTicketCommand(
  ctx: { db: Ctx["db"]; actor: Ctx["actor"] | null },
  input: { ticketId: string; expectedVersion: number | null },
  command: (loaded: LoadedTicket, tx: Tx) => TicketCommand | Promise<TicketCommand>,
): Promise<TicketChangeResult> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await lockTicket(tx, input.ticketId, ctx.actor);
    if (input.expectedVersion !== null && loaded.row.version !== input.expectedVersion) throw conflict();
    const engineActor: EngineActor = ctx.actor
      ? { id: ctx.actor.id, role: ctx.actor.role }
      : { id: null, role: "sys" };
    const decision = decideTicket(
      { actor: engineActor, ticket: loaded.state, statuses: loaded.statuses, policy: loaded.policy },
      await command(loaded, tx),
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    const { row } = loaded;
    const result = await applyTicketEvents(
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
      ctx.actor?.id ?? null,
      decision.events,
      loaded.statuses,
    );
    return { ticketId: row.id, number: row.number, version: result.version, statusId: result.status.id };
  });
}
