import type { Tx } from "@/db/client";
import type { OutboxHandler, OutboxRow } from "../outbox/types";
import { planTaskNotifications, type TaskEventPayload } from "./plan-task-notifications";
import { writeNotifications } from "./write-notifications";

/** In-app notifications for a task event: its new assignee hears of it (workflow.md 6). */
export const notifyTaskEvent: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow) {
    const payload = row.payload as TaskEventPayload;
    const notified = await writeNotifications(
      tx,
      { kind: "task", id: payload.itemId, eventId: payload.eventId },
      planTaskNotifications(payload),
    );
    return { notifiedUserIds: notified };
  },
};
