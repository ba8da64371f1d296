import type { Ctx } from "../context";
import { loadSessionState } from "../sessions/run-session-command";
import { endCall, markLeft } from "./end-call";

/** "End call": this side leaves and the call ends for everyone. */
export async function hangUpCall(ctx: Ctx, input: { sessionId: string }): Promise<{ ended: true }> {
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    // Not loadCallFor: hanging up stays possible after the session moved on (the other side ended it).
    const loaded = await loadSessionState(tx, actor, input.sessionId, true);
    const parties = [loaded.row.customerId, ...loaded.engine.session!.responsibleIds];
    if (parties.includes(actor.id)) {
      await markLeft(tx, input.sessionId, actor.id);
      await endCall(tx, input.sessionId, actor.id);
    }
    return { ended: true };
  });
}
