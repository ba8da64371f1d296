import { and, eq, exists, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { assetMembers, statuses, tickets } from "@/db/schema";
import type { Actor } from "../context";

/**
 * The rows of `tickets` an actor may see, as SQL: employees see every ticket but other people's
 * drafts; a code user sees public tickets they created or that belong to an asset they hold a code for.
 */
export function visibleTicketsWhere(actor: Actor, draftStatusId: string | SQL): SQL {
  if (actor.role !== "code_user") {
    return or(ne(tickets.statusId, draftStatusId), eq(tickets.creatorId, actor.id))!;
  }
  const holdsAsset = exists(
    sql`(select 1 from ${assetMembers} where ${assetMembers.assetId} = ${tickets.assetId} and ${assetMembers.userId} = ${actor.id})`,
  );
  return and(
    eq(tickets.visibility, "public"),
    or(eq(tickets.creatorId, actor.id), and(ne(tickets.statusId, draftStatusId), holdsAsset)),
  )!;
}

export async function canSeeTicket(db: Db | Tx, actor: Actor, ticketId: string, draftStatusId: string) {
  const [row] = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), visibleTicketsWhere(actor, draftStatusId)))
    .limit(1);
  return Boolean(row);
}

/** A ticket that is not a draft: work (sessions, tasks) is only ever linked to real tickets. */
export const notDraftWhere = (): SQL =>
  sql`${tickets.statusId} <> (select s.id from ${statuses} s where s.kind = 'ticket' and s.system_key = 'draft')`;
