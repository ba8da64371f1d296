import { type Msg, msg } from "../i18n/msg";
import { NEW, type TransitionTable } from "./transition-table";
import type { EngineActor, WorkflowDefinition } from "./work-item-engine";

/** Fixed task statuses (workflow.md 4), in status-bar order. */
export const TASK_CATEGORIES = ["open", "in_progress", "closed"] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

/** A admin, M moderator, E the task's assignee (any employee when creating one). */
export const TASK_PARTIES = ["A", "M", "E"] as const;
export type TaskParty = (typeof TASK_PARTIES)[number];

export const TASK_TRIGGERS = ["create", "menu"] as const;
export type TaskTrigger = (typeof TASK_TRIGGERS)[number];

/** The table of workflow.md 4. Code users are no party of any row: they never see a task. */
export const TASK_TRANSITIONS: TransitionTable<TaskCategory, TaskParty, TaskTrigger> = [
  { from: [NEW], to: ["open"], who: ["E", "A", "M"], via: ["create"], note: "any employee" },
  { from: ["open"], to: ["in_progress"], who: ["E", "A", "M"], via: ["menu"], note: "" },
  { from: ["in_progress"], to: ["closed"], who: ["E", "A", "M"], via: ["menu"], note: "" },
  { from: ["open"], to: ["closed"], who: ["E", "A", "M"], via: ["menu"], note: "no longer needed" },
  { from: ["closed"], to: ["open"], who: ["E", "A", "M"], via: ["menu"], note: "reopen" },
];

export const TASK_SYSTEM_STATUSES = [
  { key: "open", category: "open", name: "Open", color: "#3b82f6" },
  { key: "in_progress", category: "in_progress", name: "In Progress", color: "#f59e0b" },
  { key: "closed", category: "closed", name: "Closed", color: "#15803d" },
] as const satisfies readonly { key: string; category: TaskCategory; name: string; color: string }[];

export const TASK_STEPS = ["Open", "In Progress", "Closed"] as const;
export type TaskStep = (typeof TASK_STEPS)[number];

export function taskStepOf(category: TaskCategory): TaskStep {
  switch (category) {
    case "open":
      return "Open";
    case "in_progress":
      return "In Progress";
    case "closed":
      return "Closed";
  }
}

export const taskCategoryMsg = (category: TaskCategory): Msg => msg(`workflow.categories.${category}`);

export type TaskState = { readonly assigneeId: string | null; readonly creatorId: string };

export function taskPartiesOf(actor: EngineActor, task: TaskState | null): TaskParty[] {
  switch (actor.role) {
    case "admin":
      return ["A"];
    case "moderator":
      return ["M"];
    case "member":
      return !task || task.assigneeId === actor.id ? ["E"] : [];
    case "code_user":
    case "sys":
      return [];
  }
}

export const TASK_WORKFLOW: WorkflowDefinition<TaskCategory, TaskParty, TaskTrigger, TaskState> = {
  kind: "task",
  table: TASK_TRANSITIONS,
  partiesOf: taskPartiesOf,
  categoryMsg: taskCategoryMsg,
  cannotMoveKey: "engine.taskCannotMove",
  strangerKey: () => "engine.taskNotYours",
};
