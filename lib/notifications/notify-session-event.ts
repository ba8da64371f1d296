import type { Tx } from "@/db/client";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planSessionNotifications, type SessionEventPayload } from "./plan-session-notifications";
import { queueDeliveries } from "./queue-deliveries";
import { loadSessionFacts } from "./session-facts";
import { writeNotifications } from "./write-notifications";

/** Notifications of a session event, in the bell and by preference: the other side hears of it (workflow.md 6). */
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
    await queueDeliveries(
      tx,
      { kind: "video_session", id: payload.itemId, eventId: payload.eventId, actorId: payload.actorId },
      inApp,
    );
    return { notifiedUserIds: notified };
  },
};
