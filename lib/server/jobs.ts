import "server-only";
import { autoCloseTickets } from "../tickets/auto-close-tickets";
import { getDb } from "./db";

const KEY = Symbol.for("helpdesk.jobs");
const AUTO_CLOSE_EVERY_MS = 5 * 60 * 1000;

/** Background jobs of this process (once per process, whatever bundle calls it). */
export function startJobs(): void {
  const holder = globalThis as { [KEY]?: boolean };
  if (holder[KEY]) return;
  holder[KEY] = true;
  const tick = async () => {
    try {
      const closed = await autoCloseTickets(await getDb());
      if (closed > 0) console.log(`Auto-closed ${closed} done ticket(s).`);
    } catch (error) {
      console.error("Auto-close failed", error);
    }
  };
  setInterval(tick, AUTO_CLOSE_EVERY_MS).unref();
  void tick();
}
