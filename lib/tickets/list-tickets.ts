import {
  and,
  asc,
  desc,
  eq,
  exists,
  gt,
  ilike,
  inArray,
  lt,
  notExists,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { ticketAssignees, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { unreadCounts } from "../conversation/unread-counts";
import { forbidden } from "../errors";
import { translator } from "../i18n/translate";
import { loadDonePolicy } from "../settings/done-policy";
import { readTicketStatuses, readTicketStatusesWithCounts, type StatusRow } from "../statuses/load-statuses";
import { localizeStatuses } from "../statuses/localize-statuses";
import { ACTIVE_CATEGORIES, customerLabel, type TicketCategory } from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import { customerAttention } from "./customer-attention";
import { defaultDirection, PAGE_SIZE, type TicketListQuery } from "./list-query";
import { cursorOf, isoOf, type ListRow, parseCursor, selectListRows } from "./list-rows";
import { statusSortedRows } from "./status-sorted-rows";
import { visibleTicketsWhere } from "./ticket-access";
import type { Page, PortalTicketListItem, StaffTicketListItem } from "./types";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Categories a ticket still needs work in: what "active" filters to. */
const ACTIVE: readonly TicketCategory[] = ["open", ...ACTIVE_CATEGORIES];

/** The statuses a status or category filter allows, or null when it allows every status. */
export function filteredStatusIds(query: TicketListQuery, statusList: readonly StatusRow[]): string[] | null {
  let ids: string[] | null = null;
  if (query.category) {
    const categories: readonly TicketCategory[] = query.category === "active" ? ACTIVE : [query.category];
    ids = statusList.filter((s) => categories.includes(s.category)).map((s) => s.id);
  }
  if (query.status) ids = ids ? ids.filter((id) => id === query.status) : [query.status];
  return ids;
}

/** Whether only statuses or categories are filtered: then the counters count exactly what matches. */
export function onlyStatusFilters(query: TicketListQuery): boolean {
  return !query.q && !query.asset && !query.assignee && !query.visibility && !query.requester;
}

/** Every condition of the query but the status and the keyset position. */
export function ticketFilters(ctx: Ctx, query: TicketListQuery, draftId: string): SQL[] {
  return [visibleTicketsWhere(ctx.actor, draftId), ...ticketConditions(ctx, query)];
}

/** The query's own filters, without what the actor may see. */
function ticketConditions(ctx: Ctx, query: TicketListQuery): SQL[] {
  const { actor } = ctx;
  const where: SQL[] = [];
  if (query.asset) where.push(eq(tickets.assetId, query.asset));
  if (query.q) {
    const byNumber = /^(?:t-?)?(\d{1,9})$/i.exec(query.q);
    const titleMatch = ilike(tickets.title, `%${escapeLike(query.q)}%`);
    where.push(byNumber ? or(eq(tickets.number, Number(byNumber[1])), titleMatch)! : titleMatch);
  }
  if (actor.role !== "code_user") {
    if (query.visibility) where.push(eq(tickets.visibility, query.visibility));
    if (query.requester) where.push(eq(tickets.creatorId, query.requester));
    const assigned = (userId: string) =>
      exists(
        sql`(select 1 from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id} and ${ticketAssignees.userId} = ${userId})`,
      );
    if (query.assignee === "me") where.push(assigned(actor.id));
    else if (query.assignee === "none")
      where.push(
        notExists(sql`(select 1 from ${ticketAssignees} where ${ticketAssignees.ticketId} = ${tickets.id})`),
      );
    else if (query.assignee) where.push(assigned(query.assignee));
  }
  return where;
}

/**
 * One keyset page of the tickets the actor may see, in the query's order. Each sort reads an index
 * in order and stops after a page: number and the two timestamps directly (with the number as the
 * tie-breaker), status as one index range per status, concatenated in bar order.
 */
async function pageOfTickets(ctx: Ctx, query: TicketListQuery) {
  const sort = query.sort ?? "number";
  // The status sort reads the counters with the statuses (to skip statuses without tickets).
  const statusList: (StatusRow & { ticketCount?: number })[] =
    sort === "status"
      ? await readTicketStatusesWithCounts(ctx.db, ctx.actor.id)
      : await readTicketStatuses(ctx.db);
  const draft = systemStatus(statusList, "draft");
  const dir = query.dir ?? defaultDirection(sort);
  const allowed = filteredStatusIds(query, statusList);
  const cursor = parseCursor(sort, query.cursor);
  const select = () => selectListRows(ctx.db);
  const limit = PAGE_SIZE + 1;
  let rows: ListRow[];

  if (sort === "status") {
    const ordered = statusList.filter((s) => !allowed || allowed.includes(s.id));
    if (dir === "desc") ordered.reverse();
    rows = await statusSortedRows(ctx, {
      select,
      visible: visibleTicketsWhere(ctx.actor, draft.id),
      conditions: ticketConditions(ctx, query),
      ordered,
      cursor,
      draftId: draft.id,
      counts: new Map(statusList.map((s) => [s.id, s.ticketCount ?? 0])),
      exactCounts: onlyStatusFilters(query),
      limit,
    });
  } else {
    const where = ticketFilters(ctx, query, draft.id);
    if (allowed) where.push(allowed.length ? inArray(tickets.statusId, allowed) : sql`false`);
    const order = dir === "asc" ? asc : desc;
    const after = dir === "asc" ? gt : lt;
    const cmp = dir === "asc" ? sql`>` : sql`<`;
    if (sort === "number") {
      if (cursor) where.push(after(tickets.number, cursor.number));
      rows = await select()
        .where(and(...where))
        .orderBy(order(tickets.number))
        .limit(limit);
    } else {
      const column = sort === "updated" ? tickets.updatedAt : tickets.createdAt;
      if (cursor?.value) {
        where.push(
          sql`(${column}, ${tickets.number}) ${cmp} (${cursor.value}::timestamptz, ${cursor.number})`,
        );
      }
      rows = await select()
        .where(and(...where))
        .orderBy(order(column), order(tickets.number))
        .limit(limit);
    }
  }
  const items = rows.slice(0, PAGE_SIZE);
  const last = items.at(-1);
  const nextCursor = rows.length > PAGE_SIZE && last ? cursorOf(sort, last) : null;
  return { items, nextCursor, statusList };
}

export async function listStaffTickets(ctx: Ctx, query: TicketListQuery): Promise<Page<StaffTicketListItem>> {
  // Requesters, assignees and the employees' status names are not for customers (listPortalTickets is).
  if (ctx.actor.role === "code_user") throw forbidden();
  const { items, nextCursor, statusList } = await pageOfTickets(ctx, query);
  const unread = await unreadCounts(
    ctx.db,
    ctx.actor,
    items.map((r) => r.id),
  );
  const byId = new Map(localizeStatuses(statusList, translator(ctx.actor.locale)).map((s) => [s.id, s]));
  return {
    nextCursor,
    items: items.map((row) => {
      const status = byId.get(row.statusId)!;
      return {
        id: row.id,
        number: row.number,
        version: row.version,
        title: row.title,
        visibility: row.visibility,
        assetName: row.assetName,
        requester: { id: row.creatorId, name: row.requesterName },
        createdAt: isoOf(row.createdKey),
        updatedAt: isoOf(row.updatedKey),
        status: {
          id: status.id,
          name: status.name,
          color: status.color,
          category: status.category,
          archived: status.archived,
        },
        assignees: row.assignees,
        unread: unread.get(row.id) ?? 0,
      };
    }),
  };
}

export async function listPortalTickets(
  ctx: Ctx,
  query: TicketListQuery,
): Promise<Page<PortalTicketListItem>> {
  // Customers filter by step, never by (custom) status, and see their list newest first.
  const [{ items, nextCursor, statusList }, policy] = await Promise.all([
    pageOfTickets(ctx, {
      ...query,
      status: undefined,
      visibility: undefined,
      requester: undefined,
      assignee: undefined,
      sort: "number",
      dir: "desc",
    }),
    loadDonePolicy(ctx.db),
  ]);
  const byId = new Map(statusList.map((s) => [s.id, s]));
  const unread = await unreadCounts(
    ctx.db,
    ctx.actor,
    items.map((r) => r.id),
  );
  return {
    nextCursor,
    items: items.map((row) => {
      const category = byId.get(row.statusId)!.category;
      const mine = row.creatorId === ctx.actor.id;
      return {
        id: row.id,
        number: row.number,
        title: row.title,
        step: customerLabel(category),
        attention: customerAttention(category, mine, policy.mode),
        assetName: row.assetName,
        mine,
        updatedAt: isoOf(row.updatedKey),
        unread: unread.get(row.id) ?? 0,
      };
    }),
  };
}
