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
      let stuck = 0;
      for (const row of stale) {
        // One draft that cannot go (a reference nobody foresaw) must not hold back all the others.
        try {
          const keys = await tx.transaction(async (one) => {
            const removedKeys = await removeDraftRows(one, row.id);
            await recordAudit(one, {
              actorId: null,
              action: "ticket.draft_removed",
              targetId: row.id,
              targetLabel: `T-${row.number} ${row.title}`,
              before: { creator: row.creator, lastChange: row.updatedAt.toISOString() },
            });
            return removedKeys;
          });
          files.push(...keys);
        } catch (error) {
          stuck++;
          console.error(`Draft T-${row.number} could not be removed`, error);
        }
      }
      return { files, count: stale.length - stuck, seen: stale.length, stuck };
    });
    await removeBlobs(store, keys.files);
    removed += keys.count;
    // A batch with a stuck draft would find it again: stop rather than loop on it.
    if (keys.seen < batch || keys.stuck > 0) return removed;
  }
}
