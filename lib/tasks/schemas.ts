import { z } from "zod";
import { validation } from "../i18n/msg";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dueDate = z
  .string()
  .trim()
  .transform((v) => (v === "" ? null : v))
  .nullish()
  .transform((v) => v ?? null)
  .refine((v) => v === null || (DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
    message: validation("dueDate"),
  });
const assigneeId = z
  .string()
  .uuid(validation("unknownUser"))
  .or(z.literal(""))
  .nullish()
  .transform((v) => (v ? v : null));

export const createTaskSchema = z.object({
  title: z.string().trim().min(3, validation("titleMin")).max(200, validation("titleMax")),
  description: z.string().trim().max(10_000, validation("descriptionMax")).default(""),
  assigneeId,
  dueDate,
  /** The ticket the task was created on ("New task" on a ticket page). */
  ticketId: z
    .string()
    .uuid(validation("unknownTicket"))
    .nullish()
    .transform((v) => v ?? null),
});
export type CreateTaskInput = z.input<typeof createTaskSchema>;

const versionedTask = z.object({
  taskId: z.string().uuid(validation("unknownTask")),
  version: z.number().int().positive(),
});

export const changeTaskStatusSchema = versionedTask.extend({
  statusId: z.string().uuid(validation("unknownStatus")),
});
export type ChangeTaskStatusInput = z.input<typeof changeTaskStatusSchema>;

export const editTaskSchema = versionedTask.extend({
  title: z.string().trim().min(3, validation("titleMin")).max(200, validation("titleMax")).optional(),
  description: z.string().trim().max(10_000, validation("descriptionMax")).optional(),
  dueDate: dueDate.optional(),
  assigneeId: assigneeId.optional(),
});
export type EditTaskInput = z.input<typeof editTaskSchema>;

export const TASK_SCOPES = ["mine", "all", "unassigned"] as const;
export const taskListSchema = z.object({
  scope: z.enum(TASK_SCOPES).catch("mine"),
  status: z.enum(["open", "in_progress", "closed", "active", "any"]).catch("active"),
  assignee: z.string().uuid().optional().catch(undefined),
  overdue: z
    .enum(["1"])
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  /** Keyset: the number of the last task on the previous page. */
  after: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TaskListQuery = z.output<typeof taskListSchema>;
