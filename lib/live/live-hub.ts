import "server-only";
import { EventEmitter } from "node:events";
import { CALL_SIGNAL_CHANNEL, type CallSignalNotice } from "../calls/call-signals";
import { NOTIFICATION_CHANNEL } from "../outbox/dispatch-outbox";
import { getDbHandle } from "../server/db";
import { ACCOUNT_CHANNEL } from "../users/session-version";
import { LIVE_CHANNEL, type LiveMessage } from "../work-items/live-message";

type Hub = { emitter: EventEmitter; ready: Promise<void> };
const KEY = Symbol.for("helpdesk.live-hub");
type Holder = { [KEY]?: Hub };

/**
 * One LISTEN per channel and process, fanned out to every open screen and job. NOTIFY goes through
 * PostgreSQL, so several app instances see each other's changes.
 */
function hub(): Hub {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    const relay = (channel: string) => (payload: string) => {
      try {
        emitter.emit(channel, JSON.parse(payload));
      } catch (error) {
        console.error("Ignoring a malformed live message", error);
      }
    };
    const ready = getDbHandle()
      .then((handle) =>
        Promise.all([
          handle.listen(LIVE_CHANNEL, relay(LIVE_CHANNEL)),
          handle.listen(NOTIFICATION_CHANNEL, relay(NOTIFICATION_CHANNEL)),
          handle.listen(CALL_SIGNAL_CHANNEL, relay(CALL_SIGNAL_CHANNEL)),
          handle.listen(ACCOUNT_CHANNEL, relay(ACCOUNT_CHANNEL)),
        ]),
      )
      .then(() => undefined);
    holder[KEY] = { emitter, ready };
    ready.catch(() => {
      delete holder[KEY];
    });
  }
  return holder[KEY];
}

async function subscribe<T>(channel: string, listener: (message: T) => void): Promise<() => void> {
  const { emitter, ready } = hub();
  await ready;
  emitter.on(channel, listener);
  return () => emitter.off(channel, listener);
}

/** "An item changed" signals of every kind. */
export const subscribeWorkItemChanges = (listener: (message: LiveMessage) => void) =>
  subscribe<LiveMessage>(LIVE_CHANNEL, listener);

/** Lists of user ids who just received notifications. */
export const subscribeNotifications = (listener: (userIds: string[]) => void) =>
  subscribe<string[]>(NOTIFICATION_CHANNEL, listener);

/** "A call signal waits for user X" notices. */
export const subscribeCallSignals = (listener: (notice: CallSignalNotice) => void) =>
  subscribe<CallSignalNotice>(CALL_SIGNAL_CHANNEL, listener);

/** The id of each account whose sessions or access just changed (revoked, disabled, new role). */
export const subscribeAccountChanges = (listener: (userId: string) => void) =>
  subscribe<string>(ACCOUNT_CHANNEL, listener);
