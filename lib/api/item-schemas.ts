import "zod-openapi";
import { z } from "zod";
import { CONVERSATION_SIDES, MESSAGE_KINDS, MESSAGE_MAX_LENGTH } from "../conversation/message-kinds";
import { validation } from "../i18n/msg";
import { SESSION_STATUS_FILTERS } from "../sessions/schemas";
import { TASK_SCOPES } from "../tasks/schemas";
import { SESSION_CATEGORIES } from "../workflow/session-workflow";
import { TASK_CATEGORIES } from "../workflow/task-workflow";
import { VISIBILITIES } from "../workflow/ticket-categories";
import { id, named, rating, time, version } from "./schemas";

/** API v1 shapes of tasks, video sessions and a ticket's conversation (messages, updates). */
const person = named.nullable();
const linkedTicket = z.object({ number: z.number().int(), title: z.string() }).nullable();

export const taskSummary = z
  .object({
    id,
    number: z.number().int(),
    title: z.string(),
    category: z.enum(TASK_CATEGORIES),
    assignee: person,
    dueDate: z.string().nullable(),
    overdue: z.boolean(),
    ticket: linkedTicket,
    updatedAt: time,
  })
  .meta({ id: "TaskSummary" });
export const taskPage = z
  .object({
    items: z.array(taskSummary),
    nextAfter: z.number().int().nullable().meta({ description: "Pass as `after` for the next page" }),
  })
  .meta({ id: "TaskPage" });
export const task = taskSummary
  .omit({ updatedAt: true })
  .extend({
    description: z.string(),
    version: z.number().int(),
    statusId: id,
    creator: named,
    createdAt: time,
    moves: z
      .array(z.object({ statusId: id, category: z.enum(TASK_CATEGORIES) }))
      .meta({ description: "Statuses the token's owner may move the task to now" }),
  })
  .meta({ id: "Task" });

export const sessionSummary = z
  .object({
    id,
    number: z.number().int(),
    reason: z.string(),
    category: z.enum(SESSION_CATEGORIES),
    asset: named,
    customer: named,
    createdAt: time,
  })
  .meta({ id: "VideoSessionSummary" });
export const sessionPage = z
  .object({ items: z.array(sessionSummary), nextAfter: z.number().int().nullable() })
  .meta({ id: "VideoSessionPage" });
export const session = sessionSummary
  .extend({
    audience: z.enum(["staff", "customer"]),
    version: z.number().int(),
    visibility: z.enum(VISIBILITIES),
    responsibles: z.array(named),
    linkedTickets: z.array(z.object({ number: z.number().int(), title: z.string() })),
    callStartedAt: time.nullable(),
    callEndedAt: time.nullable(),
    durationSeconds: z.number().int().nullable(),
    rating,
  })
  .meta({ id: "VideoSession" });

export const taskListQuery = z
  .object({
    scope: z.enum(TASK_SCOPES).default("all"),
    status: z.enum(["open", "in_progress", "closed", "active", "any"]).default("active"),
    assignee: id.optional(),
    overdue: z.enum(["1"]).optional(),
    after: z.coerce.number().int().positive().optional(),
  })
  .strict();
export const sessionListQuery = z
  .object({
    status: z.enum(SESSION_STATUS_FILTERS).default("active"),
    asset: id.optional(),
    responsible: z.union([z.literal("me"), id]).optional(),
    after: z.coerce.number().int().positive().optional(),
  })
  .strict();

export const message = z
  .object({
    id: z.number().int(),
    kind: z.enum(MESSAGE_KINDS),
    text: z.string().meta({ description: "The words as plain text (emphasis dropped, links as their text)" }),
    authorName: z.string(),
    side: z.enum(CONVERSATION_SIDES),
    mine: z.boolean(),
    at: time,
    videoSessionNumber: z.number().int().nullable(),
  })
  .meta({ id: "Message" });
export const messagePage = z
  .object({
    items: z.array(message).meta({ description: "Oldest first within the page" }),
    olderBefore: z.number().int().nullable().meta({ description: "Pass as `before` for older messages" }),
  })
  .meta({ id: "MessagePage" });
export const messageListQuery = z.object({ before: z.coerce.number().int().positive().optional() }).strict();
export const postMessageBody = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, validation("messageRequired"))
      .max(MESSAGE_MAX_LENGTH, validation("messageMax")),
  })
  .meta({ id: "PostMessage" });

export const ticketUpdate = z
  .object({
    id: z.number().int(),
    at: time,
    text: z.string().meta({ description: "Who added it, as the history says" }),
    body: z.string().meta({ description: "The update's words as plain text" }),
    internal: z.boolean().meta({ description: "Only employees see it" }),
  })
  .meta({ id: "TicketUpdate" });
export const ticketUpdateList = z.object({ items: z.array(ticketUpdate) }).meta({ id: "TicketUpdateList" });
export const addUpdateBody = z
  .object({
    body: z
      .string()
      .trim()
      .min(1, validation("updateRequired"))
      .max(MESSAGE_MAX_LENGTH, validation("messageMax")),
    visibility: z.enum(VISIBILITIES).default("public").meta({ description: "`internal`: employees only" }),
  })
  .meta({ id: "AddTicketUpdate" });

export const changeTaskStatusBody = z
  .object({ statusId: id, version: version })
  .meta({ id: "ChangeTaskStatus" });
