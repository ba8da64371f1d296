import { TASK_WORKFLOW, type TaskCategory, type TaskState } from "./task-workflow";
import { NEW } from "./transition-table";
import {
  accept,
  checkMove,
  type Decision,
  type EngineActor,
  refuse,
  type StatusChanged,
  type StatusRef,
  systemStatus,
} from "./work-item-engine";

export type TaskStatusRef = StatusRef<TaskCategory>;

export type TaskDetails = {
  readonly title: string;
  readonly description: string;
  /** A calendar day, YYYY-MM-DD. */
  readonly dueDate: string | null;
};

export type TaskEventDraft =
  | { readonly type: "created"; readonly status: TaskStatusRef; readonly assigneeId: string | null }
  | StatusChanged<TaskCategory, "menu">
  | { readonly type: "assignee_changed"; readonly from: string | null; readonly to: string | null }
  | {
      readonly type: "details_changed";
      readonly changes: DetailChanges;
    };

export type DetailChanges = {
  -readonly [K in keyof TaskDetails]?: { readonly from: TaskDetails[K]; readonly to: TaskDetails[K] };
};

export type TaskCommand =
  | { readonly type: "create"; readonly assigneeId: string | null }
  | { readonly type: "change_status"; readonly to: TaskStatusRef }
  | { readonly type: "edit"; readonly details: Partial<TaskDetails>; readonly assigneeId?: string | null };

export type TaskEngineContext = {
  readonly actor: EngineActor;
  /** null while the task is being created. */
  readonly task: (TaskState & TaskDetails & { readonly status: TaskStatusRef }) | null;
  readonly statuses: readonly TaskStatusRef[];
};

export function decideTask(ctx: TaskEngineContext, command: TaskCommand): Decision<TaskEventDraft> {
  const { actor, task, statuses } = ctx;
  if (command.type === "create") {
    const refusal = checkMove(TASK_WORKFLOW, actor, null, NEW, "open", "create");
    if (refusal) return refusal;
    return accept([
      { type: "created", status: systemStatus(statuses, "open"), assigneeId: command.assigneeId },
    ]);
  }
  if (!task) return refuse("invalid", "engine.taskMissing");
  switch (command.type) {
    case "change_status": {
      const { to } = command;
      if (to.id === task.status.id) return refuse("invalid", "engine.taskAlreadyInStatus");
      const refusal = checkMove(TASK_WORKFLOW, actor, task, task.status.category, to.category, "menu");
      if (refusal) return refusal;
      return accept([{ type: "status_changed", from: task.status, to, reason: "menu" }]);
    }
    case "edit": {
      // Besides those who may move it, whoever wrote the task may still correct it.
      const isCreator = actor.id !== null && actor.id === task.creatorId && actor.role !== "code_user";
      if (TASK_WORKFLOW.partiesOf(actor, task).length === 0 && !isCreator) {
        return refuse("forbidden", "engine.taskNotYours");
      }
      const events: TaskEventDraft[] = [];
      const { title, description, dueDate } = command.details;
      const changes: DetailChanges = {};
      if (title !== undefined && title !== task.title) changes.title = { from: task.title, to: title };
      if (description !== undefined && description !== task.description) {
        changes.description = { from: task.description, to: description };
      }
      if (dueDate !== undefined && dueDate !== task.dueDate)
        changes.dueDate = { from: task.dueDate, to: dueDate };
      if (Object.keys(changes).length > 0) events.push({ type: "details_changed", changes });
      if (command.assigneeId !== undefined && command.assigneeId !== task.assigneeId) {
        events.push({ type: "assignee_changed", from: task.assigneeId, to: command.assigneeId });
      }
      if (events.length === 0) return refuse("invalid", "engine.nothingToChange");
      return accept(events);
    }
  }
}

/** The "Change status" menu of a task: exactly the moves the engine accepts. */
export function taskMenuTargets(ctx: TaskEngineContext): TaskStatusRef[] {
  return ctx.statuses.filter(
    (status) => !status.archived && decideTask(ctx, { type: "change_status", to: status }).ok,
  );
}
