import { and, eq, isNull, sql } from "drizzle-orm";
import { callParticipants } from "@/db/schema";
import type { Ctx } from "../context";
import { loadCallFor } from "./call-parties";
import { storeSignals } from "./call-signals";

/** The call page is still open: this side stays in the call past the grace period. */
export async function pingCall(ctx: Ctx, input: { sessionId: string }): Promise<{ inCall: boolean }> {
  const { actor, db } = ctx;
  const rows = await db
    .update(callParticipants)
    .set({ seenAt: sql`now()` })
    .where(
      and(
        eq(callParticipants.sessionId, input.sessionId),
        eq(callParticipants.userId, actor.id),
        isNull(callParticipants.leftAt),
      ),
    )
    .returning({ userId: callParticipants.userId });
  return { inCall: rows.length > 0 };
}

/**
 * The page is going away (a reload, a closed tab): the others hear at once that this side's
 * connection dropped and wait for it to come back; the call itself ends only after the grace.
 */
export async function leaveForNow(
  ctx: Ctx,
  input: { sessionId: string; epoch?: string },
): Promise<{ told: number }> {
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    await loadCallFor(tx, actor, input.sessionId, false);
    const others = await tx
      .select({ userId: callParticipants.userId })
      .from(callParticipants)
      .where(and(eq(callParticipants.sessionId, input.sessionId), isNull(callParticipants.leftAt)));
    const to = others.map((o) => o.userId).filter((id) => id !== actor.id);
    await storeSignals(tx, input.sessionId, actor.id, to, { type: "left", epoch: input.epoch });
    return { told: to.length };
  });
}
