import type { Tx } from "@/db/client";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planSessionNotifications, type SessionEventPayload } from "./plan-session-notifications";
import { loadSessionFacts } from "./session-facts";
import { writeNotifications } from "./write-notifications";

/** In-app notifications for a session event: the other side hears of it (workflow.md 6). */
export const notifySessionEvent: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow) {
    const payload = row.payload as SessionEventPayload;
    const { inApp } = planSessionNotifications(payload, await loadSessionFacts(tx, payload));
    const notified = await writeNotifications(
      tx,
      { kind: "video_session", id: payload.itemId, eventId: payload.eventId },
      inApp,
    );
    return { notifiedUserIds: notified };
  },
};
