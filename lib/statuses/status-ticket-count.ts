import { type SQL, sql } from "drizzle-orm";
import { statuses, ticketStatusCounts } from "@/db/schema";

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
