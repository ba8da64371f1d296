import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { taskEvents, tasks } from "@/db/schema";
import { type KindWriter, serializeStatusChange } from "../work-items/apply-work-item-events";
import type { TaskEventDraft } from "../workflow/task-engine";
import type { TaskCategory } from "../workflow/task-workflow";

function eventRow(
  taskId: string,
  actorId: string | null,
  event: TaskEventDraft,
): typeof taskEvents.$inferInsert {
  const base = { taskId, actorId, type: event.type };
  switch (event.type) {
    case "created":
      return { ...base, toStatusId: event.status.id, data: { assigneeId: event.assigneeId } };
    case "status_changed":
      return {
        ...base,
        fromStatusId: event.from.id,
        toStatusId: event.to.id,
        data: { reason: event.reason, fromCategory: event.from.category, toCategory: event.to.category },
      };
    case "assignee_changed":
      return { ...base, data: { from: event.from, to: event.to } };
    case "details_changed":
      return { ...base, data: { changes: event.changes } };
  }
}

/** Tasks on the shared writer. Code users never hear of them: their live signals are internal. */
export const taskWriter: KindWriter<TaskCategory, TaskEventDraft> = {
  kind: "task",
  table: tasks,
  async apply(tx: Tx, task, _actorId, event) {
    switch (event.type) {
      case "assignee_changed":
        await tx.update(tasks).set({ assigneeId: event.to }).where(eq(tasks.id, task.id));
        break;
      case "details_changed": {
        const { title, description, dueDate } = event.changes;
        await tx
          .update(tasks)
          .set({
            ...(title ? { title: title.to } : {}),
            ...(description ? { description: description.to } : {}),
            ...(dueDate ? { dueDate: dueDate.to } : {}),
          })
          .where(eq(tasks.id, task.id));
        break;
      }
      case "created":
      case "status_changed":
        break;
    }
  },
  insertEvents(tx, task, actorId, events) {
    return tx
      .insert(taskEvents)
      .values(events.map((event) => eventRow(task.id, actorId, event)))
      .returning({ id: taskEvents.id });
  },
  serialize: (event) => (event.type === "status_changed" ? serializeStatusChange(event) : { ...event }),
};
