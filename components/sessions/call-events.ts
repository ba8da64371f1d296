/** The window event that carries a call signal from the live stream to the call on the page. */
export const CALL_SIGNAL_EVENT = "helpdesk:call-signal";

/** Whether the live stream is open now, and the event that says it opened. */
export const LIVE_OPEN_EVENT = "helpdesk:live-open";
const KEY = "__helpdeskLiveOpen";

export function setLiveOpen(open: boolean): void {
  (window as unknown as Record<string, boolean>)[KEY] = open;
  if (open) window.dispatchEvent(new Event(LIVE_OPEN_EVENT));
}

/** Resolves once the live stream is open (or after `timeoutMs`, to try anyway). */
export function liveOpen(timeoutMs = 5_000): Promise<void> {
  if ((window as unknown as Record<string, boolean>)[KEY]) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener(LIVE_OPEN_EVENT, done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    window.addEventListener(LIVE_OPEN_EVENT, done);
  });
}
