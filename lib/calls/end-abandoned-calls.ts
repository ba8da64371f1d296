import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { callParticipants, statuses, videoSessions } from "@/db/schema";
import { CALL_GRACE_MS } from "./call-parties";
import { leaveAndEndCall } from "./end-call";

/**
 * The engine's watch over running calls: a side whose page has not been heard from for the grace
 * period is gone, and its call ends as if it had hung up. Safe to run on every instance at once.
 */
export async function endAbandonedCalls(db: Db, now = new Date(), graceMs = CALL_GRACE_MS): Promise<number> {
  const gone = await db
    .select({ sessionId: callParticipants.sessionId, userId: callParticipants.userId })
    .from(callParticipants)
    .innerJoin(videoSessions, eq(videoSessions.id, callParticipants.sessionId))
    .innerJoin(statuses, eq(statuses.id, videoSessions.statusId))
    .where(
      and(
        eq(statuses.category, "in_progress"),
        isNull(callParticipants.leftAt),
        lt(callParticipants.seenAt, new Date(now.getTime() - graceMs)),
      ),
    )
    .limit(100);

  const cutoff = new Date(now.getTime() - graceMs);
  let ended = 0;
  for (const { sessionId, userId } of gone) {
    await db.transaction(async (tx) => {
      await tx
        .select({ id: videoSessions.id })
        .from(videoSessions)
        .where(eq(videoSessions.id, sessionId))
        .for("update");
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
      await leaveAndEndCall(tx, sessionId, userId);
      ended++;
    });
  }
  return ended;
}
