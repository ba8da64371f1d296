import { and, eq, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { callParticipants, callSignals, statuses, videoSessions } from "@/db/schema";
import { loadSessionState } from "../sessions/run-session-command";
import { CALL_GRACE_MS } from "./call-parties";
import { endCall, graceCutoff, markLeft, presentIn } from "./end-call";

/**
 * The engine's watch over running calls: a side whose page has not been heard from for the grace
 * period is gone. The call ends once it has lost its customer or its last responsible employee (an
 * admin who looked in and left does not end a call between the other two). Safe on every instance
 * at once. `now` is a fake clock for tests; unset, the database's clock decides.
 */
export async function endAbandonedCalls(db: Db, now?: Date, graceMs = CALL_GRACE_MS): Promise<number> {
  const cutoff: Date | SQL = now ? new Date(now.getTime() - graceMs) : graceCutoff();
  const gone = await db
    .select({ sessionId: callParticipants.sessionId, userId: callParticipants.userId })
    .from(callParticipants)
    .innerJoin(videoSessions, eq(videoSessions.id, callParticipants.sessionId))
    .innerJoin(statuses, eq(statuses.id, videoSessions.statusId))
    .where(
      and(
        eq(statuses.category, "in_progress"),
        isNull(callParticipants.leftAt),
        lt(callParticipants.seenAt, cutoff),
      ),
    )
    .limit(100);
  let ended = 0;
  for (const { sessionId, userId } of gone) {
    await db.transaction(async (tx) => {
      const loaded = await loadSessionState(tx, null, sessionId, true);
      if (loaded.engine.session!.status.category !== "in_progress") return;
      // Heard from since the scan (a page came back after a reload): it stays in the call.
      const [still] = await tx
        .select({ userId: callParticipants.userId })
        .from(callParticipants)
        .where(
          and(
            eq(callParticipants.sessionId, sessionId),
            eq(callParticipants.userId, userId),
            isNull(callParticipants.leftAt),
            lt(callParticipants.seenAt, cutoff),
          ),
        );
      if (!still) return;
      await markLeft(tx, sessionId, userId);
      const present = await presentIn(tx, sessionId, cutoff);
      const customerHere = present.includes(loaded.row.customerId);
      const employeeHere = loaded.engine.session!.responsibleIds.some((id) => present.includes(id));
      if (customerHere && employeeHere) return;
      await endCall(tx, sessionId, userId);
      ended++;
    });
  }
  return ended;
}

/** Signals are only needed while a call is being set up: an hour later they go. */
export async function pruneCallSignals(db: Db): Promise<void> {
  await db.delete(callSignals).where(lt(callSignals.createdAt, sql`now() - interval '1 hour'`));
}
