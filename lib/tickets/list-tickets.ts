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
import { unionAll } from "drizzle-orm/pg-core";
import { assets, ticketAssignees, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { translator } from "../i18n/translate";
import { loadDonePolicy } from "../settings/done-policy";
import { loadTicketStatuses, type StatusRow } from "../statuses/load-statuses";
import { localizeStatuses } from "../statuses/localize-statuses";
import { ACTIVE_CATEGORIES, customerLabel, type TicketCategory } from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import { customerAttention } from "./customer-attention";
import { defaultDirection, PAGE_SIZE, type TicketListQuery, type TicketSort } from "./list-query";
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

/** Every condition of the query but the status and the keyset position. */
export function ticketFilters(ctx: Ctx, query: TicketListQuery, draftId: string): SQL[] {
  const { actor } = ctx;
  const where: SQL[] = [visibleTicketsWhere(actor, draftId)];
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

const columns = {
  id: tickets.id,
  number: tickets.number,
  version: tickets.version,
  title: tickets.title,
  visibility: tickets.visibility,
  creatorId: tickets.creatorId,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  statusId: tickets.statusId,
  assetName: assets.name,
  // Full precision for the keyset: a JS Date would drop the microseconds.
  createdKey: sql<string>`${tickets.createdAt}::text`.as("created_key"),
  updatedKey: sql<string>`${tickets.updatedAt}::text`.as("updated_key"),
};

type Row = {
  id: string;
  number: number;
  version: number;
  title: string;
  visibility: "internal" | "public";
  creatorId: string;
  createdAt: Date;
  updatedAt: Date;
  statusId: string;
  assetName: string | null;
  createdKey: string;
  updatedKey: string;
};

/** A timestamp as PostgreSQL writes it (`2026-06-01 10:00:00.123456+00`), which it reads back exactly. */
const PG_TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:?\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "<value>~<number>": the sort value (a timestamp, a status id, nothing) and the ticket number. A
 * cursor that does not fit the sort (edited, or from another sort) means the first page.
 */
function parseCursor(sort: TicketSort, raw: string | undefined): { value: string; number: number } | null {
  if (!raw) return null;
  const at = raw.lastIndexOf("~");
  const number = Number(at < 0 ? raw : raw.slice(at + 1));
  if (!/^\d+$/.test(at < 0 ? raw : raw.slice(at + 1)) || number <= 0 || number > 2_147_483_647) return null;
  const value = at < 0 ? "" : raw.slice(0, at);
  switch (sort) {
    case "number":
      return value === "" ? { value, number } : null;
    case "updated":
    case "created":
      return PG_TIMESTAMP.test(value) ? { value, number } : null;
    case "status":
      return UUID.test(value) ? { value, number } : null;
  }
}

function cursorOf(sort: TicketSort, row: Row): string {
  switch (sort) {
    case "number":
      return String(row.number);
    case "updated":
      return `${row.updatedKey}~${row.number}`;
    case "created":
      return `${row.createdKey}~${row.number}`;
    case "status":
      return `${row.statusId}~${row.number}`;
  }
}

/**
 * One keyset page of the tickets the actor may see, in the query's order. Each sort reads an index
 * in order and stops after a page: number and the two timestamps directly (with the number as the
 * tie-breaker), status as one index range per status, concatenated in bar order.
 */
async function pageOfTickets(ctx: Ctx, query: TicketListQuery) {
  const statusList = await loadTicketStatuses(ctx.db);
  const draft = systemStatus(statusList, "draft");
  const sort = query.sort ?? "number";
  const dir = query.dir ?? defaultDirection(sort);
  const base = ticketFilters(ctx, query, draft.id);
  const allowed = filteredStatusIds(query, statusList);
  const cursor = parseCursor(sort, query.cursor);
  const select = () => ctx.db.select(columns).from(tickets).leftJoin(assets, eq(assets.id, tickets.assetId));
  const limit = PAGE_SIZE + 1;
  let rows: Row[];

  if (sort === "status") {
    const ordered = statusList.filter((s) => !allowed || allowed.includes(s.id));
    if (dir === "desc") ordered.reverse();
    const start = cursor
      ? Math.max(
          0,
          ordered.findIndex((s) => s.id === cursor.value),
        )
      : 0;
    const branches = ordered.slice(start).map((status, i) =>
      select()
        .where(
          and(
            ...base,
            eq(tickets.statusId, status.id),
            i === 0 && cursor ? lt(tickets.number, cursor.number) : undefined,
          ),
        )
        .orderBy(desc(tickets.number))
        .limit(limit),
    );
    if (branches.length === 0) rows = [];
    else if (branches.length === 1) rows = await branches[0]!;
    else {
      const [first, second, ...rest] = branches;
      const all = await unionAll(first!, second!, ...rest);
      const rank = new Map(ordered.map((s, i) => [s.id, i]));
      // Each branch is at most a page: sorting what they bring is cheap.
      rows = all
        .sort((a, b) => rank.get(a.statusId)! - rank.get(b.statusId)! || b.number - a.number)
        .slice(0, limit);
    }
  } else {
    const where = [...base];
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
  const { items, nextCursor, statusList } = await pageOfTickets(ctx, query);
  const ids = items.map((i) => i.id);
  const creatorIds = [...new Set(items.map((i) => i.creatorId))];
  const [assigneeRows, creators] =
    items.length === 0
      ? [[], []]
      : await Promise.all([
          ctx.db
            .select({ ticketId: ticketAssignees.ticketId, name: users.name })
            .from(ticketAssignees)
            .innerJoin(users, eq(users.id, ticketAssignees.userId))
            .where(inArray(ticketAssignees.ticketId, ids)),
          ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, creatorIds)),
        ]);
  const byId = new Map(localizeStatuses(statusList, translator(ctx.actor.locale)).map((s) => [s.id, s]));
  const names = new Map(creators.map((c) => [c.id, c.name]));
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
        requester: { id: row.creatorId, name: names.get(row.creatorId) ?? "" },
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
        status: {
          id: status.id,
          name: status.name,
          color: status.color,
          category: status.category,
          archived: status.archived,
        },
        assignees: assigneeRows.filter((a) => a.ticketId === row.id).map((a) => a.name),
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
        updatedAt: row.updatedAt.toISOString(),
      };
    }),
  };
}
