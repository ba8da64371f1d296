import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  videoSessionRecipients,
  videoSessionResponsibles,
  videoSessions,
  videoSessionTickets,
} from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { loadDonePolicy } from "../settings/done-policy";
import { loadSessionStatuses } from "../statuses/load-kind-statuses";
import { applyWorkItemEvents } from "../work-items/apply-work-item-events";
import { decideSession, type SessionCommand, type SessionEngineContext } from "../workflow/session-engine";
import { visibleSessionsWhere } from "./session-access";
import { sessionWriter } from "./session-writer";

export type SessionChangeResult = { sessionId: string; number: number; version: number; statusId: string };
export type LoadedSession = { row: typeof videoSessions.$inferSelect; engine: SessionEngineContext };

/** What the engine needs of a session; locks its row when asked (inside a transaction). */
export async function loadSessionState(
  tx: Tx,
  actor: Ctx["actor"] | null,
  sessionId: string,
  lock: boolean,
): Promise<LoadedSession> {
  const where = actor
    ? and(eq(videoSessions.id, sessionId), visibleSessionsWhere(actor))
    : eq(videoSessions.id, sessionId);
  const query = tx.select().from(videoSessions).where(where).limit(1);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound(msg("errors.notFound.session"));
  const [statuses, recipients, responsibles, tickets, policy] = await Promise.all([
    loadSessionStatuses(tx),
    tx
      .select({ id: videoSessionRecipients.userId })
      .from(videoSessionRecipients)
      .where(eq(videoSessionRecipients.sessionId, row.id)),
    tx
      .select({ id: videoSessionResponsibles.userId })
      .from(videoSessionResponsibles)
      .where(eq(videoSessionResponsibles.sessionId, row.id)),
    tx
      .select({ id: videoSessionTickets.ticketId })
      .from(videoSessionTickets)
      .where(eq(videoSessionTickets.sessionId, row.id)),
    loadDonePolicy(tx),
  ]);
  const status = statuses.find((s) => s.id === row.statusId);
  if (!status) throw new Error(`Session ${row.id} has an unknown status ${row.statusId}`);
  return {
    row,
    engine: {
      actor: actor ? { id: actor.id, role: actor.role } : { id: null, role: "sys" },
      statuses,
      // Sessions follow the tickets' done policy: with ratings on, a finished call waits for stars.
      ratingOn: policy.mode === "rating",
      session: {
        status,
        customerId: row.customerId,
        recipientIds: recipients.map((r) => r.id),
        responsibleIds: responsibles.map((r) => r.id),
        linkedTicketIds: tickets.map((t) => t.id),
      },
    },
  };
}

/**
 * One command against one session in one transaction: lock, check the version seen (null: the
 * engine's own rules, which need none), decide, write. `actor` null is the engine itself.
 */
export async function runSessionCommand(
  ctx: { db: Ctx["db"]; actor: Ctx["actor"] | null },
  input: { sessionId: string; expectedVersion: number | null },
  command: (loaded: LoadedSession, tx: Tx) => SessionCommand | Promise<SessionCommand>,
): Promise<SessionChangeResult> {
  return ctx.db.transaction(async (tx) => applySessionCommand(tx, ctx.actor, input, command));
}

export async function applySessionCommand(
  tx: Tx,
  actor: Ctx["actor"] | null,
  input: { sessionId: string; expectedVersion: number | null },
  command: (loaded: LoadedSession, tx: Tx) => SessionCommand | Promise<SessionCommand>,
): Promise<SessionChangeResult> {
  const loaded = await loadSessionState(tx, actor, input.sessionId, true);
  if (input.expectedVersion !== null && loaded.row.version !== input.expectedVersion) throw conflict();
  const decision = decideSession(loaded.engine, await command(loaded, tx));
  if (!decision.ok) throw new DomainError(decision.code, decision.msg);
  const { row } = loaded;
  // The engine's own rules are idempotent: a second "call started" finds nothing to do, writes nothing.
  if (decision.events.length === 0) {
    return { sessionId: row.id, number: row.number, version: row.version, statusId: row.statusId };
  }
  const result = await applyWorkItemEvents(
    tx,
    sessionWriter,
    {
      id: row.id,
      number: row.number,
      version: row.version,
      status: loaded.engine.session!.status,
      visibility: row.visibility,
      creatorId: row.customerId,
      assetId: row.assetId,
    },
    actor?.id ?? null,
    decision.events,
  );
  return { sessionId: row.id, number: row.number, version: result.version, statusId: result.status.id };
}
