import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { statuses as statusTable, ticketAssignees, ticketOffers, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, DomainError, notAllowed, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { paymentTotals } from "../payments/queries";
import { donePolicyValue, parseDonePolicy } from "../settings/done-policy";
import { type StatusRow, statusRowsFromJson, ticketStatusesJson } from "../statuses/load-statuses";
import { parseJson } from "../work-items/result-rows";
import type { DonePolicy } from "../workflow/done-policy";
import {
  decideTicket,
  type EngineActor,
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

const draftStatusId = sql`(select s.id from ${statusTable} s where s.kind = 'ticket' and s.system_key = 'draft')`;

/**
 * Locks the ticket row for this transaction and loads what the engine needs to decide, in one
 * statement: the assignees, offers, statuses and done policy come as json beside the locked row.
 */
export async function lockTicket(
  tx: Tx,
  ticketId: string,
  actor: Ctx["actor"] | null,
): Promise<LoadedTicket> {
  const where = actor
    ? and(eq(tickets.id, ticketId), visibleTicketsWhere(actor, draftStatusId))
    : eq(tickets.id, ticketId);
  const [found] = await tx
    .select({
      row: tickets,
      assigneeIds: sql`(select coalesce(json_agg(a.user_id), '[]') from ${ticketAssignees} a where a.ticket_id = ${tickets}.id)`,
      offers: sql`(select coalesce(json_agg(json_build_object('userId', o.user_id, 'state', o.state)), '[]') from ${ticketOffers} o where o.ticket_id = ${tickets}.id)`,
      statuses: ticketStatusesJson,
      policy: donePolicyValue,
    })
    .from(tickets)
    .where(where)
    .for("update")
    .limit(1);
  if (!found) throw notFound(msg("errors.notFound.ticket"));
  const { row } = found;
  const statuses = statusRowsFromJson(parseJson(found.statuses));
  const policy = parseDonePolicy(parseJson(found.policy));
  const offers = parseJson<TicketState["offers"]>(found.offers);
  const status = statuses.find((s) => s.id === row.statusId);
  if (!status) throw new Error(`Ticket ${row.id} has an unknown status ${row.statusId}`);
  // A draft is its creator's private form, not yet a ticket: cancelling, moving or writing in it
  // would show it to others. It is finished with Continue or deleted (workflow rule kept in lib/flows).
  if (actor && status.category === "draft") throw notAllowed(msg("errors.flows.draftNotATicket"));
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
      assigneeIds: parseJson<string[]>(found.assigneeIds),
      offers,
    },
  };
}

/** The locked ticket as the shared writer takes it. */
export function writerTarget({ row, state }: LoadedTicket) {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    status: state.status,
    visibility: row.visibility,
    creatorId: row.creatorId,
    assetId: row.assetId,
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
      writerTarget(loaded),
      ctx.actor?.id ?? null,
      decision.events,
      loaded.statuses,
    );
    return { ticketId: row.id, number: row.number, version: result.version, statusId: result.status.id };
  });
}
