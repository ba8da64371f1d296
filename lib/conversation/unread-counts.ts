import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Actor } from "../context";
import { UNREAD_CAP } from "./unread-cap";

/**
 * How many messages of the other side the actor has not read yet, per ticket of a list page: a
 * customer counts the employees' messages, an employee the customer's. One statement for the
 * page, each ticket read on its (ticket, id) index from the actor's last read message on.
 */
export async function unreadCounts(
  db: Db,
  actor: Actor,
  ticketIds: readonly string[],
): Promise<Map<string, number>> {
  if (ticketIds.length === 0) return new Map();
  const otherSide = actor.role === "code_user" ? sql`a.role <> 'code_user'` : sql`a.role = 'code_user'`;
  const ids = sql.join(
    ticketIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<{ ticket_id: string; unread: number }>(sql`
    select t.id as ticket_id, u.unread
      from unnest(array[${ids}]) as t(id)
      cross join lateral (
        select count(*)::int as unread from (
          select 1 from ticket_messages m
            join users a on a.id = m.author_id
           where m.ticket_id = t.id
             and m.id > coalesce((select r.last_read_id from ticket_message_reads r
                                   where r.ticket_id = t.id and r.user_id = ${actor.id}), 0)
             and m.author_id <> ${actor.id}
             and ${otherSide}
           limit ${UNREAD_CAP}
        ) x
      ) u
     where u.unread > 0`);
  const rows = Array.isArray(result)
    ? result
    : (result as { rows: { ticket_id: string; unread: number }[] }).rows;
  return new Map(rows.map((r) => [r.ticket_id, Number(r.unread)]));
}
