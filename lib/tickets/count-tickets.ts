import { and, eq, inArray, sql } from "drizzle-orm";
import { statuses, ticketAssignees, ticketStatusCounts, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { translator } from "../i18n/translate";
import { loadTicketStatuses } from "../statuses/load-statuses";
import { statusName } from "../statuses/localize-statuses";
import { TICKET_CATEGORIES } from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import { COUNT_CAP, type TicketListQuery } from "./list-query";
import { filteredStatusIds, onlyStatusFilters, ticketFilters } from "./list-tickets";
import type { CategoryCount, StatusCount } from "./types";

/**
 * Per-status and per-category counts from the counters a trigger keeps: constant time, whatever the
 * number of tickets. Employees only: the counts include internal tickets.
 */
export async function countTicketsByStatus(
  ctx: Ctx,
): Promise<{ statuses: StatusCount[]; categories: CategoryCount[] }> {
  if (ctx.actor.role === "code_user") throw forbidden();
  const rows = await ctx.db
    .select({
      id: statuses.id,
      name: statuses.name,
      systemKey: statuses.systemKey,
      category: statuses.category,
      archivedAt: statuses.archivedAt,
      count: ticketStatusCounts.count,
    })
    .from(statuses)
    .innerJoin(ticketStatusCounts, eq(ticketStatusCounts.statusId, statuses.id))
    .where(eq(statuses.kind, "ticket"))
    .orderBy(statuses.position);
  const t = translator(ctx.actor.locale);
  return {
    statuses: rows.map((r) => ({
      id: r.id,
      name: statusName(r, t),
      category: r.category,
      archived: r.archivedAt !== null,
      count: r.count,
    })),
    categories: TICKET_CATEGORIES.map((category) => ({
      category,
      count: rows.filter((r) => r.category === category).reduce((sum, r) => sum + r.count, 0),
    })),
  };
}

export type ViewCount = { count: number; capped: boolean };

/**
 * How many tickets the overview's filters match, without scanning the table: exact from the
 * counters when only statuses or categories are filtered, else counted up to COUNT_CAP ("10,000+").
 */
export async function countTicketView(ctx: Ctx, query: TicketListQuery, cap = COUNT_CAP): Promise<ViewCount> {
  if (ctx.actor.role === "code_user") throw forbidden();
  const statusList = await loadTicketStatuses(ctx.db);
  const draft = systemStatus(statusList, "draft");
  const allowed = filteredStatusIds(query, statusList);
  if (onlyStatusFilters(query)) {
    // Drafts are their creators' alone: the overview never counts them.
    const ids = (allowed ?? statusList.map((s) => s.id)).filter((id) => id !== draft.id);
    if (ids.length === 0) return { count: 0, capped: false };
    const [row] = await ctx.db
      .select({ n: sql<number>`coalesce(sum(${ticketStatusCounts.count}), 0)::bigint` })
      .from(ticketStatusCounts)
      .where(inArray(ticketStatusCounts.statusId, ids));
    return { count: Number(row?.n ?? 0), capped: false };
  }
  const assignee = query.assignee === "me" ? ctx.actor.id : query.assignee;
  const where = ticketFilters(
    ctx,
    assignee && assignee !== "none" ? { ...query, assignee: undefined } : query,
    draft.id,
  );
  if (allowed) where.push(allowed.length ? inArray(tickets.statusId, allowed) : sql`false`);
  const matching =
    assignee && assignee !== "none"
      ? // One person's tickets: walk their assignments, not the tickets table.
        ctx.db
          .select({ one: sql`1` })
          .from(ticketAssignees)
          .crossJoinLateral(
            ctx.db
              .select({ one: sql`1`.as("hit") })
              .from(tickets)
              .where(and(eq(tickets.id, ticketAssignees.ticketId), ...where))
              .as("hit"),
          )
          .where(eq(ticketAssignees.userId, assignee))
          .limit(cap + 1)
          .as("matching")
      : ctx.db
          .select({ one: sql`1` })
          .from(tickets)
          .where(and(...where))
          .limit(cap + 1)
          .as("matching");
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(matching);
  const count = Number(row?.n ?? 0);
  return count > cap ? { count: cap, capped: true } : { count, capped: false };
}
