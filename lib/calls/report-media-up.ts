import { and, eq, gte, isNotNull, isNull, sql } from "drizzle-orm";
import { callParticipants } from "@/db/schema";
import type { Ctx } from "../context";
import { applySessionCommand } from "../sessions/run-session-command";
import { loadCallFor } from "./call-parties";
import { graceCutoff } from "./end-call";

/**
 * A side's media connection is up. Once the customer and a responsible employee both report it,
 * the engine starts the call (confirmed → in progress) — once, however the two reports interleave:
 * each report locks the session first and then reads both sides as committed.
 */
export async function reportMediaUp(ctx: Ctx, input: { sessionId: string }): Promise<{ started: boolean }> {
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    const loaded = await loadCallFor(tx, actor, input.sessionId, true);
    await tx
      .update(callParticipants)
      .set({ mediaUpAt: sql`now()`, seenAt: sql`now()` })
      .where(
        and(
          eq(callParticipants.sessionId, input.sessionId),
          eq(callParticipants.userId, actor.id),
          isNull(callParticipants.leftAt),
        ),
      );
    const up = await tx
      .select({ userId: callParticipants.userId })
      .from(callParticipants)
      .where(
        and(
          eq(callParticipants.sessionId, input.sessionId),
          isNotNull(callParticipants.mediaUpAt),
          isNull(callParticipants.leftAt),
          gte(callParticipants.seenAt, graceCutoff()),
        ),
      );
    const ids = up.map((p) => p.userId);
    const session = loaded.engine.session!;
    const bothSides =
      ids.includes(loaded.row.customerId) && session.responsibleIds.some((id) => ids.includes(id));
    if (!bothSides || session.status.category !== "confirmed") return { started: false };
    await applySessionCommand(tx, null, { sessionId: input.sessionId, expectedVersion: null }, () => ({
      type: "call_started",
    }));
    return { started: true };
  });
}
