import "server-only";
import { EventEmitter } from "node:events";
import { getDbHandle } from "../server/db";
import { LIVE_CHANNEL, type LiveMessage } from "../tickets/apply-ticket-events";

type Hub = { emitter: EventEmitter; ready: Promise<void> };
const KEY = Symbol.for("helpdesk.live-hub");
type Holder = { [KEY]?: Hub };

/**
 * One LISTEN per process, fanned out to every open screen. NOTIFY goes through PostgreSQL, so
 * several app instances see each other's changes.
 */
function hub(): Hub {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    const ready = getDbHandle()
      .then((handle) =>
        handle.listen(LIVE_CHANNEL, (payload) => {
          try {
            emitter.emit("ticket", JSON.parse(payload) as LiveMessage);
          } catch (error) {
            console.error("Ignoring a malformed live message", error);
          }
        }),
      )
      .then(() => undefined);
    holder[KEY] = { emitter, ready };
    ready.catch(() => {
      delete holder[KEY];
    });
  }
  return holder[KEY];
}

export async function subscribeTicketChanges(onMessage: (message: LiveMessage) => void): Promise<() => void> {
  const { emitter, ready } = hub();
  await ready;
  emitter.on("ticket", onMessage);
  return () => emitter.off("ticket", onMessage);
}
