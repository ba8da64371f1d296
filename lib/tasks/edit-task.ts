import type { Ctx } from "../context";
import { parseInput } from "../parse-input";
import { checkAssignee } from "./check-assignee";
import { runTaskCommand, type TaskChangeResult } from "./run-task-command";
import { type EditTaskInput, editTaskSchema } from "./schemas";

/** Changes a task's title, description, due date or assignee; each change is an event. */
export function editTask(ctx: Ctx, raw: EditTaskInput): Promise<TaskChangeResult> {
  const input = parseInput(editTaskSchema, raw);
  return runTaskCommand(
    ctx,
    { taskId: input.taskId, expectedVersion: input.version },
    async (_loaded, tx) => {
      if (input.assigneeId !== undefined) await checkAssignee(tx, input.assigneeId);
      return {
        type: "edit",
        details: { title: input.title, description: input.description, dueDate: input.dueDate },
        ...(input.assigneeId === undefined ? {} : { assigneeId: input.assigneeId }),
      };
    },
  );
}
