import "server-only";
import { removeOldKeys } from "../api/idempotency";
import { removeUnsentAttachments } from "../attachments/remove-unsent-attachments";
import { endAbandonedCalls, pruneCallSignals } from "../calls/end-abandoned-calls";
import { removeStaleDrafts } from "../flows/remove-stale-drafts";
import { subscribeWorkItemChanges } from "../live/live-hub";
import { sweepInterruptedSends } from "../messaging/deliver-once";
import { sweepDigests } from "../notifications/deliver-digest";
import { dispatchOutbox } from "../outbox/dispatch-outbox";
import { pruneRateLimits } from "../security/sign-in-limits";
import { attachmentStore } from "../storage/attachment-store";
import { autoCloseTickets } from "../tickets/auto-close-tickets";
import { deliverDueWebhooks, removeOldDeliveries } from "../webhooks/deliver-webhooks";
import { getDb } from "./db";

const KEY = Symbol.for("helpdesk.jobs");
const AUTO_CLOSE_EVERY_MS = 5 * 60 * 1000;
const OUTBOX_POLL_MS = 5_000;
const CALL_WATCH_MS = 5_000;
const WEBHOOK_POLL_MS = 2_000;

/** Background jobs of this process (started once per process, whatever bundle calls it). */
export function startJobs(): void {
  const holder = globalThis as { [KEY]?: boolean };
  if (holder[KEY]) return;
  holder[KEY] = true;

  // Sends due webhook deliveries; one runner per process, others share rows through SKIP LOCKED.
  let sending = false;
  const sendWebhooks = async () => {
    if (sending) return;
    sending = true;
    try {
      const db = await getDb();
      while ((await deliverDueWebhooks(db)) > 0) {}
    } catch (error) {
      console.error("Sending webhooks failed", error);
    } finally {
      sending = false;
    }
  };
  setInterval(sendWebhooks, WEBHOOK_POLL_MS).unref();

  let running = false;
  let again = false;
  // Drains the outbox; a change signal while it runs schedules one more pass instead of a second runner.
  const drain = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const db = await getDb();
      do {
        again = false;
        while ((await dispatchOutbox(db)) > 0) {}
      } while (again);
    } catch (error) {
      console.error("Outbox dispatch failed", error);
    } finally {
      running = false;
    }
    void sendWebhooks();
  };
  void subscribeWorkItemChanges(() => void drain());
  setInterval(drain, OUTBOX_POLL_MS).unref();
  void drain();

  const autoClose = async () => {
    try {
      const closed = await autoCloseTickets(await getDb());
      if (closed > 0) console.log(`Auto-closed ${closed} done ticket(s).`);
    } catch (error) {
      console.error("Auto-close failed", error);
    }
  };
  setInterval(autoClose, AUTO_CLOSE_EVERY_MS).unref();
  void autoClose();

  // Attempt counters whose window has passed only take space.
  const pruneLimits = async () => {
    try {
      const db = await getDb();
      await pruneRateLimits(db);
      await removeOldKeys(db);
      await removeOldDeliveries(db);
    } catch (error) {
      console.error("Pruning rate limits failed", error);
    }
  };
  setInterval(pruneLimits, AUTO_CLOSE_EVERY_MS).unref();

  const removeUnsent = async () => {
    try {
      await removeUnsentAttachments(await getDb(), attachmentStore());
    } catch (error) {
      console.error("Removing unsent attachments failed", error);
    }
  };
  setInterval(removeUnsent, AUTO_CLOSE_EVERY_MS).unref();

  const removeDrafts = async () => {
    try {
      const removed = await removeStaleDrafts(await getDb(), attachmentStore());
      if (removed > 0) console.log(`Removed ${removed} draft(s) nobody touched for too long.`);
    } catch (error) {
      console.error("Removing old drafts failed", error);
    }
  };
  setInterval(removeDrafts, AUTO_CLOSE_EVERY_MS).unref();

  // Sends cut off by a crash are reported in Settings → Mail, never repeated.
  const sweepSends = async () => {
    try {
      const db = await getDb();
      const cut = (await sweepInterruptedSends(db)) + (await sweepDigests(db));
      if (cut > 0) console.warn(`${cut} send(s) were cut off by a restart; marked failed, not resent.`);
    } catch (error) {
      console.error("Sweeping interrupted sends failed", error);
    }
  };
  setInterval(sweepSends, AUTO_CLOSE_EVERY_MS).unref();

  // A side gone past the grace period ends its call: checked often, as calls wait on it.
  const watchCalls = async () => {
    try {
      const db = await getDb();
      await endAbandonedCalls(db);
      if (Math.random() < 0.02) await pruneCallSignals(db); // about every four minutes
    } catch (error) {
      console.error("Ending abandoned calls failed", error);
    }
  };
  setInterval(watchCalls, CALL_WATCH_MS).unref();
}
