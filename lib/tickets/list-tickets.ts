import { and, desc, eq, exists, ilike, inArray, lt, notExists, or, type SQL, sql } from "drizzle-orm";
import { assets, ticketAssignees, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { customerLabel } from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import { PAGE_SIZE, type TicketListQuery } from "./list-query";
import { visibleTicketsWhere } from "./ticket-access";
import type { Page, PortalTicketListItem, StaffTicketListItem } from "./types";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(
  ctx: Ctx,
  query: TicketListQuery,
  draftId: string,
  categoryStatusIds: string[] | null,
): SQL[] {
  const { actor } = ctx;
  const where: SQL[] = [visibleTicketsWhere(actor, draftId)];
  if (query.status) where.push(eq(tickets.statusId, query.status));
  if (categoryStatusIds) where.push(inArray(tickets.statusId, categoryStatusIds));
  if (query.asset) where.push(eq(tickets.assetId, query.asset));
  if (query.cursor) where.push(lt(tickets.number, query.cursor));
  if (query.q) {
    const byNumber = /^(?:t-?)?(\d{1,9})$/i.exec(query.q);
    const titleMatch = ilike(tickets.title, `%${escapeLike(query.q)}%`);
    where.push(byNumber ? or(eq(tickets.number, Number(byNumber[1])), titleMatch)! : titleMatch);
  }
  if (actor.role !== "code_user") {
    if (query.visibility) where.push(eq(tickets.visibility, query.visibility));
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

/** One keyset page of the tickets the actor may see, newest first. */
async function pageOfTickets(ctx: Ctx, query: TicketListQuery) {
  const statusList = await loadTicketStatuses(ctx.db);
  const draft = systemStatus(statusList, "draft");
  const categoryStatusIds = query.category
    ? statusList.filter((s) => s.category === query.category).map((s) => s.id)
    : null;
  const rows = await ctx.db
    .select({
      id: tickets.id,
      number: tickets.number,
      title: tickets.title,
      visibility: tickets.visibility,
      creatorId: tickets.creatorId,
      updatedAt: tickets.updatedAt,
      statusId: tickets.statusId,
      assetName: assets.name,
    })
    .from(tickets)
    .leftJoin(assets, eq(assets.id, tickets.assetId))
    .where(and(...filters(ctx, query, draft.id, categoryStatusIds)))
    .orderBy(desc(tickets.number))
    .limit(PAGE_SIZE + 1);
  const items = rows.slice(0, PAGE_SIZE);
  const nextCursor = rows.length > PAGE_SIZE ? (items.at(-1)?.number ?? null) : null;
  const byId = new Map(statusList.map((s) => [s.id, s]));
  return { items, nextCursor, byId };
}

export async function listStaffTickets(ctx: Ctx, query: TicketListQuery): Promise<Page<StaffTicketListItem>> {
  const { items, nextCursor, byId } = await pageOfTickets(ctx, query);
  const assigneeRows =
    items.length === 0
      ? []
      : await ctx.db
          .select({ ticketId: ticketAssignees.ticketId, name: users.name })
          .from(ticketAssignees)
          .innerJoin(users, eq(users.id, ticketAssignees.userId))
          .where(
            inArray(
              ticketAssignees.ticketId,
              items.map((i) => i.id),
            ),
          );
  return {
    nextCursor,
    items: items.map((row) => {
      const status = byId.get(row.statusId)!;
      return {
        id: row.id,
        number: row.number,
        title: row.title,
        visibility: row.visibility,
        assetName: row.assetName,
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
  // Customers filter by step, never by (custom) status.
  const { items, nextCursor, byId } = await pageOfTickets(ctx, {
    ...query,
    status: undefined,
    visibility: undefined,
  });
  return {
    nextCursor,
    items: items.map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      step: customerLabel(byId.get(row.statusId)!.category),
      assetName: row.assetName,
      mine: row.creatorId === ctx.actor.id,
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
