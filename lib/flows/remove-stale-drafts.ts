import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tickets, users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { env } from "../env";
import { loadTicketStatuses } from "../statuses/load-statuses";
import type { BlobStore } from "../storage/blob-store";
import { systemStatus } from "../workflow/ticket-engine";
import { removeBlobs, removeDraftRows } from "./delete-draft";

/**
 * Drafts nobody touched for DRAFT_RETENTION_DAYS (30 by default) are removed, each with an entry
 * in the audit log (the draft's own history goes with it). Several instances may run this at once:
 * a draft is taken with SKIP LOCKED, so each is removed by one of them.
 */
export async function removeStaleDrafts(
  db: Db,
  store: BlobStore,
  days = env().DRAFT_RETENTION_DAYS,
  batch = 50,
): Promise<number> {
  const draft = systemStatus(await loadTicketStatuses(db), "draft");
  let removed = 0;
  for (;;) {
    const keys = await db.transaction(async (tx) => {
      const stale = await tx
        .select({
          id: tickets.id,
          number: tickets.number,
          title: tickets.title,
          updatedAt: tickets.updatedAt,
          creator: users.email,
        })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.creatorId))
        .where(
          and(
            eq(tickets.statusId, draft.id),
            lt(tickets.updatedAt, sql`now() - make_interval(days => ${days})`),
          ),
        )
        .orderBy(asc(tickets.updatedAt))
        .limit(batch)
        .for("update", { of: tickets, skipLocked: true });
      const files: string[] = [];
      for (const row of stale) {
        files.push(...(await removeDraftRows(tx, row.id)));
        await recordAudit(tx, {
          actorId: null,
          action: "ticket.draft_removed",
          targetId: row.id,
          targetLabel: `T-${row.number} ${row.title}`,
          before: { creator: row.creator, lastChange: row.updatedAt.toISOString() },
        });
      }
      return { files, count: stale.length };
    });
    await removeBlobs(store, keys.files);
    removed += keys.count;
    if (keys.count < batch) return removed;
  }
}
