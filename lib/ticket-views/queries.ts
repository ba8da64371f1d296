import { asc, eq } from "drizzle-orm";
import { ticketViews } from "@/db/schema";
import type { Ctx } from "../context";
import { readTicketStatuses } from "../statuses/load-statuses";
import { countTicketView, type ViewCount } from "../tickets/count-ticket-view";
import { ticketListQuerySchema } from "../tickets/list-query";
import { BUILT_IN_VIEWS, type BuiltInViewKey } from "./built-in-views";

export type ViewItem =
  | { kind: "built_in"; key: BuiltInViewKey; query: string }
  | { kind: "own"; id: string; name: string; query: string };

/** The actor's views: the built-in ones, then their own in the order they were saved. */
export async function listTicketViews({ actor, db }: Ctx): Promise<ViewItem[]> {
  if (actor.role === "code_user") return [];
  const own = await db
    .select({ id: ticketViews.id, name: ticketViews.name, query: ticketViews.query })
    .from(ticketViews)
    .where(eq(ticketViews.userId, actor.id))
    .orderBy(asc(ticketViews.createdAt), asc(ticketViews.id));
  return [
    ...BUILT_IN_VIEWS.map((v) => ({ kind: "built_in" as const, key: v.key, query: v.query })),
    ...own.map((v) => ({ kind: "own" as const, ...v })),
  ];
}

/** Each view's count (bounded, see countTicketView), in the order of the views. */
export async function countTicketViews(ctx: Ctx, views: readonly ViewItem[]): Promise<(ViewCount | null)[]> {
  const statuses = await readTicketStatuses(ctx.db);
  return Promise.all(
    views.map((view) =>
      countTicketView(
        ctx,
        ticketListQuerySchema.parse(Object.fromEntries(new URLSearchParams(view.query))),
        undefined,
        statuses,
      ),
    ),
  );
}
