import { and, eq, gte, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { callParticipants } from "@/db/schema";
import { applySessionCommand } from "../sessions/run-session-command";
import { CALL_GRACE_MS } from "./call-parties";
import { storeSignals } from "./call-signals";

/** The moment before which a side that has not pinged counts as gone (the database's clock). */
export const graceCutoff = (): SQL => sql`now() - ${sql.raw(`interval '${CALL_GRACE_MS / 1000} seconds'`)}`;

/** This side is out of the call (its row stays, for the record of who took part). */
export async function markLeft(tx: Tx, sessionId: string, userId: string): Promise<void> {
  await tx
    .update(callParticipants)
    .set({ leftAt: sql`now()` })
    .where(
      and(
        eq(callParticipants.sessionId, sessionId),
        eq(callParticipants.userId, userId),
        isNull(callParticipants.leftAt),
      ),
    );
}

/** Who is in the call now: joined, not left, heard from since `cutoff`. */
export async function presentIn(
  tx: Tx,
  sessionId: string,
  cutoff: Date | SQL = graceCutoff(),
): Promise<string[]> {
  const rows = await tx
    .select({ userId: callParticipants.userId })
    .from(callParticipants)
    .where(
      and(
        eq(callParticipants.sessionId, sessionId),
        isNull(callParticipants.leftAt),
        gte(callParticipants.seenAt, cutoff),
      ),
    );
  return rows.map((r) => r.userId);
}

/**
 * The call ends: the others still in it are told ("bye"), and a running call moves on (in progress →
 * done or closed); the session's writer then closes every participant's row. A second end finds the
 * call over and changes nothing more.
 */
export async function endCall(tx: Tx, sessionId: string, byUserId: string): Promise<void> {
  const others = await tx
    .select({ userId: callParticipants.userId })
    .from(callParticipants)
    .where(
      and(
        eq(callParticipants.sessionId, sessionId),
        ne(callParticipants.userId, byUserId),
        isNull(callParticipants.leftAt),
      ),
    );
  await storeSignals(
    tx,
    sessionId,
    byUserId,
    others.map((o) => o.userId),
    { type: "bye" },
  );
  await applySessionCommand(tx, null, { sessionId, expectedVersion: null }, () => ({ type: "call_ended" }));
}
