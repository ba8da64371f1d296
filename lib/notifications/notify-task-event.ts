import type { Tx } from "@/db/client";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planTaskNotifications, type TaskEventPayload } from "./plan-task-notifications";
import { queueDeliveries } from "./queue-deliveries";
import { writeNotifications } from "./write-notifications";

/** Notifications of a task event: its new assignee hears of it, in the bell and by preference. */
export const notifyTaskEvent: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow) {
    const payload = row.payload as TaskEventPayload;
    const planned = planTaskNotifications(payload);
    const notified = await writeNotifications(
      tx,
      { kind: "task", id: payload.itemId, eventId: payload.eventId },
      planned,
    );
    await queueDeliveries(
      tx,
      { kind: "task", id: payload.itemId, eventId: payload.eventId, actorId: payload.actorId },
      planned,
    );
    return { notifiedUserIds: notified };
  },
};
