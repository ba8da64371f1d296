import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { callParticipants } from "@/db/schema";
import { applySessionCommand } from "../sessions/run-session-command";
import { storeSignals } from "./call-signals";

/**
 * One side leaves: it is marked gone, the others are told ("bye"), and a running call ends
 * (in progress → done or closed). A second hang-up finds the call ended and changes nothing more.
 */
export async function leaveAndEndCall(tx: Tx, sessionId: string, userId: string): Promise<void> {
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
  const others = await tx
    .select({ userId: callParticipants.userId })
    .from(callParticipants)
    .where(
      and(
        eq(callParticipants.sessionId, sessionId),
        ne(callParticipants.userId, userId),
        isNull(callParticipants.leftAt),
      ),
    );
  await storeSignals(
    tx,
    sessionId,
    userId,
    others.map((o) => o.userId),
    { type: "bye" },
  );
  await applySessionCommand(tx, null, { sessionId, expectedVersion: null }, () => ({ type: "call_ended" }));
}
