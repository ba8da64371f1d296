import { and, eq, ne } from "drizzle-orm";
import { statuses } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { translator } from "../i18n/translate";
import { statusName } from "../statuses/localize-statuses";
import { statusTicketCount } from "../statuses/status-ticket-count";
import { TICKET_CATEGORIES, ticketCategory } from "../workflow/ticket-categories";
import type { CategoryCount, StatusCount } from "./types";

/**
 * Per-status and per-category counts from the counters a trigger keeps: constant time, whatever the
 * number of tickets. Employees only: the counts include internal tickets. Drafts are left out:
 * they are their creators' alone.
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
      count: statusTicketCount(),
    })
    .from(statuses)
    .where(and(eq(statuses.kind, "ticket"), ne(statuses.category, "draft")))
    .orderBy(statuses.position);
  const t = translator(ctx.actor.locale);
  return {
    statuses: rows.map((r) => ({
      id: r.id,
      name: statusName(r, t),
      category: ticketCategory(r.category),
      archived: r.archivedAt !== null,
      count: r.count,
    })),
    categories: TICKET_CATEGORIES.filter((category) => category !== "draft").map((category) => ({
      category,
      count: rows.filter((r) => r.category === category).reduce((sum, r) => sum + r.count, 0),
    })),
  };
}
