"use server";

import { actorAction } from "@/lib/server/action-client";
import { changeTaskStatus } from "@/lib/tasks/change-task-status";
import { createTask } from "@/lib/tasks/create-task";
import { editTask } from "@/lib/tasks/edit-task";
import { changeTaskStatusSchema, createTaskSchema, editTaskSchema } from "@/lib/tasks/schemas";

// Thin doors: parse, call one verb; the verb authorizes and decides.
export const createTaskAction = actorAction
  .inputSchema(createTaskSchema)
  .action(({ parsedInput, ctx }) => createTask(ctx, parsedInput));

export const changeTaskStatusAction = actorAction
  .inputSchema(changeTaskStatusSchema)
  .action(({ parsedInput, ctx }) => changeTaskStatus(ctx, parsedInput));

export const editTaskAction = actorAction
  .inputSchema(editTaskSchema)
  .action(({ parsedInput, ctx }) => editTask(ctx, parsedInput));
