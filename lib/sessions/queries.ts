import { and, asc, desc, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  assets,
  callParticipants,
  statuses,
  tickets,
  users,
  videoSessionEvents,
  videoSessionRatings,
  videoSessionResponsibles,
  videoSessions,
  videoSessionTickets,
} from "@/db/schema";
import { CALL_GRACE_MS } from "../calls/call-parties";
import type { Ctx } from "../context";
import { translator } from "../i18n/translate";
import { loadSessionStatuses } from "../statuses/load-kind-statuses";
import { readTicketStatuses } from "../statuses/load-statuses";
import { visibleTicketsWhere } from "../tickets/ticket-access";
import { mayJoinCall, sessionActions } from "../workflow/session-engine";
import { SESSION_CATEGORIES, type SessionCategory } from "../workflow/session-workflow";
import { sessionBar } from "../workflow/status-bar";
import { systemStatus } from "../workflow/ticket-engine";
import { loadSessionState } from "./run-session-command";
import type { SessionListQuery } from "./schemas";
import { visibleSessionsWhere } from "./session-access";
import { sessionHistory } from "./session-history";
import type { SessionDetail, SessionListItem, SessionListPage } from "./types";

export const SESSION_PAGE_SIZE = 25;
const customer = alias(users, "customer");
const isCategory = (value: unknown): value is SessionCategory =>
  typeof value === "string" && (SESSION_CATEGORIES as readonly string[]).includes(value);

/** Sessions for an overview, newest first, one keyset page; customers see only their visible ones. */
export async function listSessions(ctx: Ctx, query: SessionListQuery): Promise<SessionListPage> {
  const { actor, db } = ctx;
  const all = await loadSessionStatuses(db);
  const wanted =
    query.status === "any"
      ? all
      : query.status === "active"
        ? all.filter((s) => s.category !== "closed" && s.category !== "cancelled")
        : all.filter((s) => s.category === query.status);
  const where: (SQL | undefined)[] = [
    inArray(
      videoSessions.statusId,
      wanted.map((s) => s.id),
    ),
    visibleSessionsWhere(actor),
  ];
  if (query.asset) where.push(eq(videoSessions.assetId, query.asset));
  if (query.responsible && actor.role !== "code_user") {
    const userId = query.responsible === "me" ? actor.id : query.responsible;
    where.push(
      sql`exists (select 1 from ${videoSessionResponsibles} where ${videoSessionResponsibles.sessionId} = ${videoSessions.id} and ${videoSessionResponsibles.userId} = ${userId})`,
    );
  }
  if (query.after) where.push(lt(videoSessions.number, query.after));
  const rows = await listRows(db, and(...where)!, SESSION_PAGE_SIZE + 1);
  const items = rows.slice(0, SESSION_PAGE_SIZE);
  return { items, nextAfter: rows.length > SESSION_PAGE_SIZE ? items.at(-1)!.number : null };
}

/** The sessions linked to a ticket, as the reader may see them. */
export async function listTicketSessions(ctx: Ctx, ticketId: string): Promise<SessionListItem[]> {
  const linked = sql`exists (select 1 from ${videoSessionTickets} where ${videoSessionTickets.sessionId} = ${videoSessions.id} and ${videoSessionTickets.ticketId} = ${ticketId})`;
  return listRows(ctx.db, and(linked, visibleSessionsWhere(ctx.actor))!, 50);
}

async function listRows(db: Db, where: SQL, limit: number): Promise<SessionListItem[]> {
  const rows = await db
    .select({
      id: videoSessions.id,
      number: videoSessions.number,
      reason: videoSessions.reason,
      category: statuses.category,
      assetId: assets.id,
      assetName: assets.name,
      customerId: customer.id,
      customerName: customer.name,
      createdAt: videoSessions.createdAt,
    })
    .from(videoSessions)
    .innerJoin(statuses, eq(statuses.id, videoSessions.statusId))
    .innerJoin(assets, eq(assets.id, videoSessions.assetId))
    .innerJoin(customer, eq(customer.id, videoSessions.customerId))
    .where(where)
    .orderBy(desc(videoSessions.number))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    reason: row.reason,
    category: isCategory(row.category) ? row.category : "requested",
    asset: { id: row.assetId, name: row.assetName },
    customer: { id: row.customerId, name: row.customerName },
    createdAt: row.createdAt.toISOString(),
  }));
}

/** One session as the reader may see it, or null (not there, or not theirs to see). */
export async function getSessionDetail(ctx: Ctx, number: number): Promise<SessionDetail | null> {
  const { actor, db } = ctx;
  const [found] = await db
    .select({ id: videoSessions.id })
    .from(videoSessions)
    .where(and(eq(videoSessions.number, number), visibleSessionsWhere(actor)))
    .limit(1);
  if (!found) return null;
  const { row, engine } = await db.transaction((tx) => loadSessionState(tx, actor, found.id, false));
  const session = engine.session!;
  const staff = actor.role !== "code_user";
  const people = [...new Set([row.customerId, ...session.recipientIds, ...session.responsibleIds])];
  const draft = systemStatus(await readTicketStatuses(db), "draft");
  const [names, [asset], linked, [rating], events] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people)),
    db.select({ id: assets.id, name: assets.name }).from(assets).where(eq(assets.id, row.assetId)),
    db
      .select({ number: tickets.number, title: tickets.title })
      .from(videoSessionTickets)
      .innerJoin(tickets, eq(tickets.id, videoSessionTickets.ticketId))
      .where(and(eq(videoSessionTickets.sessionId, row.id), visibleTicketsWhere(actor, draft.id)))
      .orderBy(asc(tickets.number)),
    db
      .select({ stars: videoSessionRatings.stars, comment: videoSessionRatings.comment })
      .from(videoSessionRatings)
      .where(eq(videoSessionRatings.sessionId, row.id)),
    db
      .select({
        id: videoSessionEvents.id,
        type: videoSessionEvents.type,
        at: videoSessionEvents.createdAt,
        data: videoSessionEvents.data,
        actorName: users.name,
      })
      .from(videoSessionEvents)
      .leftJoin(users, eq(users.id, videoSessionEvents.actorId))
      .where(eq(videoSessionEvents.sessionId, row.id))
      .orderBy(asc(videoSessionEvents.id)),
  ]);
  const nameOf = (id: string) => names.find((n) => n.id === id)?.name ?? "";
  const t = translator(actor.locale);
  const cancelled = events.findLast((e) => e.type === "status_changed" && e.data.toCategory === "cancelled");
  const cancelledFrom =
    cancelled && isCategory(cancelled.data.fromCategory) ? cancelled.data.fromCategory : null;
  const inCall = mayJoinCall(engine);
  const others = [row.customerId, ...session.responsibleIds].filter((id) => id !== actor.id);
  const started = row.callStartedAt;
  const ended = row.callEndedAt;
  return {
    audience: staff ? "staff" : "customer",
    id: row.id,
    number: row.number,
    reason: row.reason,
    version: row.version,
    category: session.status.category,
    bar: sessionBar({ category: session.status.category, cancelledFrom }),
    visibility: row.visibility,
    asset: asset ?? { id: row.assetId, name: "" },
    customer: { id: row.customerId, name: nameOf(row.customerId) },
    recipients: staff ? session.recipientIds.map(nameOf) : [],
    responsibles: session.responsibleIds.map((id) => ({ id, name: nameOf(id) })),
    linkedTickets: linked,
    callStartedAt: started?.toISOString() ?? null,
    callEndedAt: ended?.toISOString() ?? null,
    durationSeconds:
      started && ended ? Math.max(0, Math.round((ended.getTime() - started.getTime()) / 1000)) : null,
    rating: rating ?? null,
    actions: sessionActions(engine),
    call: inCall
      ? { selfId: actor.id, peerIds: others, ...(await callPresence(db, row.id, actor.id)) }
      : null,
    createdAt: row.createdAt.toISOString(),
    history: sessionHistory(events, staff ? "staff" : "customer", nameOf, t),
  };
}

/** Who is in the session's call now, as the call panel needs to know when the page loads. */
async function callPresence(db: Db, sessionId: string, selfId: string) {
  const rows = await db
    .select({
      userId: callParticipants.userId,
      here: sql<boolean>`${callParticipants.leftAt} is null and ${callParticipants.seenAt} >= now() - ${sql.raw(`interval '${CALL_GRACE_MS / 1000} seconds'`)}`,
    })
    .from(callParticipants)
    .where(eq(callParticipants.sessionId, sessionId));
  const here = rows.filter((r) => r.here);
  return {
    peersPresent: here.some((r) => r.userId !== selfId),
    rejoin: here.some((r) => r.userId === selfId),
  };
}
