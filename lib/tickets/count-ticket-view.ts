import { and, eq, inArray, sql } from "drizzle-orm";
import { ticketAssignees, ticketStatusCounts, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { readTicketStatuses, type StatusRow } from "../statuses/load-statuses";
import { systemStatus } from "../workflow/ticket-engine";
import { COUNT_CAP, type TicketListQuery } from "./list-query";
import { filteredStatusIds, onlyStatusFilters, ticketFilters } from "./list-tickets";

export type ViewCount = { count: number; capped: boolean };

/** Searches the title index can answer: three characters or more, or a ticket number. */
const indexedSearch = (q: string) => q.length >= 3 || /^(?:t-?)?\d+$/i.test(q);

/**
 * How many tickets the overview's filters match, without scanning the table: exact from the
 * counters when only statuses or categories are filtered (plus the reader's own drafts), else
 * counted from an index up to `cap` ("10,000+"). A search too short for the title index is not
 * counted (null).
 */
export async function countTicketView(
  ctx: Ctx,
  query: TicketListQuery,
  cap = COUNT_CAP,
  statuses?: readonly StatusRow[],
): Promise<ViewCount | null> {
  if (ctx.actor.role === "code_user") throw forbidden();
  if (query.q && !indexedSearch(query.q)) return null;
  const statusList = statuses ?? (await readTicketStatuses(ctx.db));
  const draft = systemStatus(statusList, "draft");
  const allowed = filteredStatusIds(query, statusList);
  if (onlyStatusFilters(query)) {
    const ids = (allowed ?? statusList.map((s) => s.id)).filter((id) => id !== draft.id);
    const [counted, ownDrafts] = await Promise.all([
      ids.length === 0
        ? 0
        : ctx.db
            .select({ n: sql<number>`coalesce(sum(${ticketStatusCounts.count}), 0)::bigint` })
            .from(ticketStatusCounts)
            .where(inArray(ticketStatusCounts.statusId, ids))
            .then(([row]) => Number(row?.n ?? 0)),
      // The counters count everyone's drafts; the list shows the reader's own only.
      !allowed || allowed.includes(draft.id)
        ? ctx.db
            .select({ n: sql<number>`count(*)::int` })
            .from(tickets)
            .where(and(eq(tickets.creatorId, ctx.actor.id), eq(tickets.statusId, draft.id)))
            .then(([row]) => Number(row?.n ?? 0))
        : 0,
    ]);
    return { count: counted + ownDrafts, capped: false };
  }
  const assignee = query.assignee === "me" ? ctx.actor.id : query.assignee;
  const byPerson = assignee !== undefined && assignee !== "none";
  const where = ticketFilters(ctx, byPerson ? { ...query, assignee: undefined } : query, draft.id);
  if (allowed) where.push(allowed.length ? inArray(tickets.statusId, allowed) : sql`false`);
  const matching = byPerson
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
