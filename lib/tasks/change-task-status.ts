import type { Ctx } from "../context";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { runTaskCommand, type TaskChangeResult } from "./run-task-command";
import { type ChangeTaskStatusInput, changeTaskStatusSchema } from "./schemas";

/** The assignee, a moderator or an admin moves a task through its "Change status" menu. */
export function changeTaskStatus(ctx: Ctx, raw: ChangeTaskStatusInput): Promise<TaskChangeResult> {
  const input = parseInput(changeTaskStatusSchema, raw);
  return runTaskCommand(ctx, { taskId: input.taskId, expectedVersion: input.version }, ({ engine }) => {
    const to = engine.statuses.find((s) => s.id === input.statusId);
    if (!to) throw invalid(msg("errors.tickets.unknownStatus"));
    return { type: "change_status", to };
  });
}
