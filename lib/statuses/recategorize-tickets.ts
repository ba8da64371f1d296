import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ticketEvents, tickets } from "@/db/schema";
import { LIVE_CHANNEL } from "../work-items/live-message";
import type { TicketCategory } from "../workflow/ticket-categories";

export const RECATEGORIZED_EVENT = "status_recategorized";

/**
 * A status moved to another category takes its tickets along (workflow.md 2.5, 7): each gets a
 * history event, a new version (a page opened before the move offers what the ticket could do
 * then, so its next change is refused as stale) and a live signal. Its clock restarts, so
 * "auto-close after N days" counts from the day the ticket reached Done. Set-based: one statement
 * each, whatever the number of tickets. Returns how many tickets moved.
 */
export async function recategorizeTickets(
  tx: Tx,
  actorId: string,
  status: { id: string; name: string },
  from: TicketCategory,
  to: TicketCategory,
): Promise<number> {
  const moved = await tx
    .update(tickets)
    .set({
      version: sql`${tickets.version} + 1`,
      updatedAt: sql`now()`,
      statusChangedAt: sql`now()`,
    })
    .where(eq(tickets.statusId, status.id))
    .returning({ id: tickets.id });
  if (moved.length === 0) return 0;
  const data = JSON.stringify({ statusName: status.name });
  await tx.execute(sql`
    insert into ${ticketEvents}
      (ticket_id, actor_id, type, from_status_id, to_status_id, from_category, to_category, data)
    select ${tickets.id}, ${actorId}::uuid, ${RECATEGORIZED_EVENT}, ${status.id}::uuid, ${status.id}::uuid,
      ${from}, ${to},
      ${data}::jsonb
    from ${tickets} where ${tickets.statusId} = ${status.id}`);
  // NOTIFY is transactional: screens hear of the move only if it commits.
  await tx.execute(sql`
    select pg_notify(${LIVE_CHANNEL}, json_build_object(
      'kind', 'ticket', 'id', ${tickets.id}, 'number', ${tickets.number}, 'version', ${tickets.version},
      'visibility', ${tickets.visibility}, 'creatorId', ${tickets.creatorId}, 'assetId', ${tickets.assetId}
    )::text)
    from ${tickets} where ${tickets.statusId} = ${status.id}`);
  return moved.length;
}
