import { type SQL, sql } from "drizzle-orm";
import { statuses, ticketStatusCounts, tickets } from "@/db/schema";

/**
 * The number of tickets of the row of `statuses` a query reads: the sum of its counter shards
 * (db/migrations/0010), exact in the statement's snapshot, from at most 16 rows on the primary key.
 * Qualified by hand: drizzle leaves columns unqualified in single-table queries.
 */
export function statusTicketCount(): SQL<number> {
  return sql<number>`(select coalesce(sum(c.count), 0)::bigint from ${ticketStatusCounts} c where c.status_id = ${statuses}.id)`.mapWith(
    Number,
  );
}

/**
 * For a viewer, how many tickets a status has as they may know it: Draft counts only their own
 * drafts (up to a thousand), since nobody else's draft is theirs to count; every other status its total.
 */
export function viewerStatusTicketCount(viewerId: string): SQL<number> {
  return sql<number>`coalesce(case when ${statuses}.system_key = 'draft' then (select count(*)::int from (select 1 from ${tickets} t where t.creator_id = ${viewerId} and t.status_id = ${statuses}.id limit 1000) own) end, ${statusTicketCount()})`.mapWith(
    Number,
  );
}
