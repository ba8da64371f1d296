import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { callSignals } from "@/db/schema";
import type { DeliveredSignal } from "./schemas";

export type { DeliveredSignal };

/** The PostgreSQL channel of "a signal is waiting for user X": the stream of X reads and sends it. */
export const CALL_SIGNAL_CHANNEL = "call_signals";
export type CallSignalNotice = { id: number; to: string };

/**
 * Stores a signal and announces it in the same transaction. NOTIFY carries only its id (SDP can be
 * larger than a NOTIFY payload may be); whichever app instance holds the recipient's stream sends it.
 */
export async function storeSignals(
  tx: Tx,
  sessionId: string,
  from: string,
  to: readonly string[],
  payload: DeliveredSignal["payload"],
): Promise<void> {
  if (to.length === 0) return;
  const rows = await tx
    .insert(callSignals)
    .values(to.map((toUserId) => ({ sessionId, fromUserId: from, toUserId, payload })))
    .returning({ id: callSignals.id, to: callSignals.toUserId });
  for (const row of rows) {
    const notice: CallSignalNotice = { id: row.id, to: row.to };
    await tx.execute(sql`select pg_notify(${CALL_SIGNAL_CHANNEL}, ${JSON.stringify(notice)})`);
  }
}

/** A waiting signal, read by its recipient's stream only. */
export async function loadSignal(
  db: Db,
  id: number,
  recipientId: string,
): Promise<(DeliveredSignal & { id: number }) | null> {
  const [row] = await db
    .select({ sessionId: callSignals.sessionId, from: callSignals.fromUserId, payload: callSignals.payload })
    .from(callSignals)
    .where(and(eq(callSignals.id, id), eq(callSignals.toUserId, recipientId)))
    .limit(1);
  return row
    ? { id, sessionId: row.sessionId, from: row.from, payload: row.payload as DeliveredSignal["payload"] }
    : null;
}

/** Signals for the recipient after `afterId`, from the last minute: what a reconnecting stream missed. */
export async function loadMissedSignals(
  db: Db,
  recipientId: string,
  afterId: number,
): Promise<(DeliveredSignal & { id: number })[]> {
  const rows = await db
    .select({
      id: callSignals.id,
      sessionId: callSignals.sessionId,
      from: callSignals.fromUserId,
      payload: callSignals.payload,
    })
    .from(callSignals)
    .where(
      and(
        eq(callSignals.toUserId, recipientId),
        gt(callSignals.id, afterId),
        gt(callSignals.createdAt, sql`now() - interval '1 minute'`),
      ),
    )
    .orderBy(asc(callSignals.id))
    .limit(200);
  return rows.map((row) => ({ ...row, payload: row.payload as DeliveredSignal["payload"] }));
}
