import type { Ctx } from "../context";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { callParties, loadCallFor } from "./call-parties";
import { storeSignals } from "./call-signals";
import type { SignalPayload } from "./schemas";

/** Passes an offer, answer or ICE candidate to the other side of the call, on whatever instance. */
export async function sendCallSignal(
  ctx: Ctx,
  input: { sessionId: string; to: string; payload: SignalPayload },
): Promise<{ sent: true }> {
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    const loaded = await loadCallFor(tx, actor, input.sessionId, false);
    if (input.to === actor.id || !callParties(loaded).includes(input.to)) {
      throw invalid(msg("errors.sessions.notInCall"));
    }
    await storeSignals(tx, input.sessionId, actor.id, [input.to], input.payload);
    return { sent: true };
  });
}
