import type { Db } from "@/db/client";
import { type DeliveredSignal, loadMissedSignals, loadSignal } from "./call-signals";

/**
 * One stream's delivery of call signals: in the order they were stored, each once, and — when the
 * browser reconnects with the id of the last one it got (Last-Event-ID) — what it missed meanwhile.
 */
export function createSignalDelivery(
  db: Db,
  recipientId: string,
  lastEventId: number,
  send: (signal: DeliveredSignal & { id: number }) => void,
) {
  let delivered = lastEventId;
  let chain: Promise<void> = Promise.resolve();
  const emit = (signal: (DeliveredSignal & { id: number }) | null) => {
    if (!signal || signal.id <= delivered) return;
    delivered = signal.id;
    send(signal);
  };
  const enqueue = (work: () => Promise<void>) => {
    chain = chain
      .then(work)
      .catch((error: unknown) => console.error("Could not deliver a call signal", error));
  };
  return {
    /** A notice of a signal for this recipient: read it and send it, after those before it. */
    deliver(id: number) {
      enqueue(async () => emit(await loadSignal(db, id, recipientId)));
    },
    /** After a reconnect: the signals stored since the last one this browser received. */
    replay() {
      if (lastEventId <= 0) return;
      enqueue(async () => {
        for (const signal of await loadMissedSignals(db, recipientId, lastEventId)) emit(signal);
      });
    },
  };
}
