import { asc, eq, sql } from "drizzle-orm";
import { cache } from "react";
import type { Db, Tx } from "@/db/client";
import { statuses } from "@/db/schema";
import type { StatusAction } from "../workflow/status-actions";
import { TICKET_CATEGORIES, ticketCategory } from "../workflow/ticket-categories";
import type { StatusRef } from "../workflow/ticket-engine";
import { statusTicketCount, viewerStatusTicketCount } from "./status-ticket-count";

export type StatusRow = StatusRef & {
  readonly color: string;
  readonly isDefault: boolean;
  readonly position: number;
  readonly actions: readonly StatusAction[];
};

type Stored = typeof statuses.$inferSelect;

/** Bar order: by category, then the admins' order within it. */
function inBarOrder<T extends { row: Pick<Stored, "category"> }>(rows: T[]): T[] {
  const order = (c: string) => (TICKET_CATEGORIES as readonly string[]).indexOf(c);
  return rows.sort((a, b) => order(a.row.category) - order(b.row.category));
}

const toStatusRow = (row: Stored): StatusRow => ({
  id: row.id,
  category: ticketCategory(row.category),
  name: row.name,
  systemKey: row.systemKey,
  archived: row.archivedAt !== null,
  color: row.color,
  isDefault: row.isDefault,
  position: row.position,
  actions: row.actions,
  actionTypes: row.actions.map((a) => a.type),
});

type StatusJson = Omit<StatusRow, "actionTypes">;

/**
 * The list loadTicketStatuses returns, as one json value, for statements that read it beside other
 * rows in the same round trip; statusRowsFromJson turns it back.
 */
export const ticketStatusesJson = sql`(select coalesce(json_agg(json_build_object(
    'id', s.id, 'category', s.category, 'name', s.name, 'systemKey', s.system_key,
    'archived', s.archived_at is not null, 'color', s.color, 'isDefault', s.is_default,
    'position', s.position, 'actions', s.actions
  ) order by s.position, s.created_at, s.id), '[]') from ${statuses} s where s.kind = 'ticket')`;

export function statusRowsFromJson(list: readonly StatusJson[]): StatusRow[] {
  const rows = list.map((s) => ({
    row: { category: s.category },
    status: { ...s, category: ticketCategory(s.category), actionTypes: s.actions.map((a) => a.type) },
  }));
  return inBarOrder(rows).map(({ status }) => status);
}

/** Every ticket status, archived ones included, in bar order. The table is tiny. */
export async function loadTicketStatuses(db: Db | Tx): Promise<StatusRow[]> {
  const rows = await db
    .select()
    .from(statuses)
    .where(eq(statuses.kind, "ticket"))
    .orderBy(asc(statuses.position), asc(statuses.createdAt), asc(statuses.id));
  return inBarOrder(rows.map((row) => ({ row }))).map(({ row }) => toStatusRow(row));
}

/**
 * The same, each with its number of tickets from the counters, in one query. Drafts are their
 * creator's alone: for a viewer, Draft counts only the viewer's own (up to a thousand).
 */
export async function loadTicketStatusesWithCounts(
  db: Db | Tx,
  viewerId?: string,
): Promise<(StatusRow & { ticketCount: number })[]> {
  const rows = await db
    .select({ row: statuses, count: viewerId ? viewerStatusTicketCount(viewerId) : statusTicketCount() })
    .from(statuses)
    .where(eq(statuses.kind, "ticket"))
    .orderBy(asc(statuses.position), asc(statuses.createdAt), asc(statuses.id));
  return inBarOrder(rows).map(({ row, count }) => ({ ...toStatusRow(row), ticketCount: Number(count ?? 0) }));
}

/**
 * The same lists for the reads of one server render: read once, however many parts of the page ask
 * (the overview's list, counts and filters, the header's notifications). Outside a render React's
 * cache calls straight through, so verbs and route handlers read afresh.
 */
export const readTicketStatuses = cache((db: Db) => loadTicketStatuses(db));
export const readTicketStatusesWithCounts = cache((db: Db, viewerId: string) =>
  loadTicketStatusesWithCounts(db, viewerId),
);
