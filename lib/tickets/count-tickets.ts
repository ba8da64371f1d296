import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { translator } from "../i18n/translate";
import { readTicketStatusesWithCounts } from "../statuses/load-statuses";
import { statusName } from "../statuses/localize-statuses";
import { TICKET_CATEGORIES } from "../workflow/ticket-categories";
import type { CategoryCount, StatusCount } from "./types";

/**
 * Per-status and per-category counts from the counters: constant time, whatever the number of
 * tickets, and the same read as the overview's filters (once per page). Employees only: the counts
 * include internal tickets. Drafts are left out: they are their creators' alone.
 */
export async function countTicketsByStatus(
  ctx: Ctx,
): Promise<{ statuses: StatusCount[]; categories: CategoryCount[] }> {
  if (ctx.actor.role === "code_user") throw forbidden();
  const rows = (await readTicketStatusesWithCounts(ctx.db, ctx.actor.id)).filter(
    (s) => s.category !== "draft",
  );
  const t = translator(ctx.actor.locale);
  return {
    statuses: rows.map((r) => ({
      id: r.id,
      name: statusName(r, t),
      category: r.category,
      archived: r.archived,
      count: r.ticketCount,
    })),
    categories: TICKET_CATEGORIES.filter((category) => category !== "draft").map((category) => ({
      category,
      count: rows.filter((r) => r.category === category).reduce((sum, r) => sum + r.ticketCount, 0),
    })),
  };
}
