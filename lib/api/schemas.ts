import "zod-openapi";
import { z } from "zod";
import { CONVERSATION_SIDES, MESSAGE_KINDS, MESSAGE_MAX_LENGTH } from "../conversation/message-kinds";
import { validation } from "../i18n/msg";
import { SESSION_STATUS_FILTERS } from "../sessions/schemas";
import { TASK_SCOPES } from "../tasks/schemas";
import { CATEGORY_FILTERS, SORT_DIRECTIONS, TICKET_SORTS } from "../tickets/list-sorts";
import { changeStatusSchema, createTicketSchema, paymentSchema } from "../tickets/schemas";
import { ROLES } from "../workflow/roles";
import { SESSION_CATEGORIES } from "../workflow/session-workflow";
import { TASK_CATEGORIES } from "../workflow/task-workflow";
import { OFFER_STATES, TICKET_CATEGORIES, TICKET_STEPS, VISIBILITIES } from "../workflow/ticket-categories";

/**
 * The public shapes of API v1. Responses are parsed through these (unknown fields are stripped),
 * and the OpenAPI document is generated from the same schemas, so the two cannot drift.
 */
const id = z.string().uuid();
const time = z.string().datetime({ offset: true });
const named = z.object({ id, name: z.string() });

export const ticketStatus = z
  .object({
    id,
    name: z.string(),
    color: z.string(),
    category: z.enum(TICKET_CATEGORIES),
    archived: z.boolean(),
  })
  .meta({ id: "TicketStatus" });

export const staffTicketSummary = z
  .object({
    id,
    number: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    status: ticketStatus,
    visibility: z.enum(VISIBILITIES),
    assetName: z.string().nullable(),
    assignees: z.array(z.string()).meta({ description: "Names of the assigned employees" }),
    requester: named,
    createdAt: time,
    updatedAt: time,
  })
  .meta({ id: "StaffTicketSummary" });

export const customerTicketSummary = z
  .object({
    id,
    number: z.number().int(),
    title: z.string(),
    step: z.enum(TICKET_STEPS),
    attention: z.enum(["answer", "rate", "confirm"]).nullable(),
    assetName: z.string().nullable(),
    mine: z.boolean(),
    updatedAt: time,
  })
  .meta({ id: "CustomerTicketSummary" });

export const ticketPage = z
  .object({
    items: z.array(z.union([staffTicketSummary, customerTicketSummary])),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page" }),
  })
  .meta({ id: "TicketPage" });

const rating = z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable();

export const staffTicket = z
  .object({
    audience: z.literal("staff"),
    id,
    number: z.number().int(),
    title: z.string(),
    description: z.string(),
    visibility: z.enum(VISIBILITIES),
    version: z.number().int(),
    createdAt: time,
    creator: z.object({ id, name: z.string(), isCustomer: z.boolean() }),
    asset: named.nullable(),
    status: ticketStatus,
    assignees: z.array(named),
    offers: z.array(z.object({ userId: id, name: z.string(), state: z.enum(OFFER_STATES) })),
    transitions: z
      .array(z.object({ id, name: z.string(), category: z.enum(TICKET_CATEGORIES) }))
      .meta({ description: "Statuses this token's owner may move the ticket to now" }),
    amountCents: z.number().int().nullable(),
    rating,
  })
  .meta({ id: "StaffTicket" });

export const customerTicket = z
  .object({
    audience: z.literal("customer"),
    id,
    number: z.number().int(),
    title: z.string(),
    description: z.string(),
    version: z.number().int(),
    createdAt: time,
    mine: z.boolean(),
    asset: named.nullable(),
    step: z.enum(TICKET_STEPS),
    assignees: z.array(z.string()),
    actions: z.object({ cancel: z.boolean(), reopen: z.boolean(), rate: z.boolean(), confirm: z.boolean() }),
    rating,
  })
  .meta({ id: "CustomerTicket" });

export const ticket = z.discriminatedUnion("audience", [staffTicket, customerTicket]).meta({ id: "Ticket" });

export const statusList = z.object({ items: z.array(ticketStatus) }).meta({ id: "StatusList" });
export const assetList = z
  .object({ items: z.array(z.object({ id, name: z.string() })) })
  .meta({ id: "AssetList" });
export const userList = z
  .object({
    items: z.array(
      z.object({ id, name: z.string(), email: z.string(), role: z.enum(ROLES), active: z.boolean() }),
    ),
  })
  .meta({ id: "UserList" });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "One entry per invalid field" }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

/** Request bodies: the doors' own schemas, without what the path already says. */
export const createTicketBody = createTicketSchema.meta({ id: "CreateTicket" });
const version = z
  .number()
  .int()
  .positive()
  .optional()
  .meta({ description: "The version you last read; a stale one is refused with 409. Or send If-Match." });
export const changeStatusBody = z
  .object({
    statusId: changeStatusSchema.shape.statusId,
    version,
    payment: paymentSchema.nullish(),
  })
  .meta({ id: "ChangeStatus" });
export const setAssigneesBody = z
  .object({ userIds: z.array(z.string().uuid()).max(50), version })
  .meta({ id: "SetAssignees" });

/** The overview's filters, strictly: the API names a bad value instead of dropping it as the page does. */
export const ticketListQuery = z
  .object({
    status: id.optional(),
    category: z.enum(CATEGORY_FILTERS).optional(),
    assignee: z
      .union([z.literal("me"), z.literal("none"), id])
      .optional()
      .meta({ description: "`me`, `none` or an employee's id (employees)" }),
    visibility: z.enum(VISIBILITIES).optional(),
    asset: id.optional(),
    requester: id.optional(),
    q: z.string().trim().max(200).optional().meta({ description: "Words of the title, or a ticket number" }),
    sort: z.enum(TICKET_SORTS).optional(),
    dir: z.enum(SORT_DIRECTIONS).optional(),
    cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the previous page" }),
  })
  .strict();

export const ticketNumberParam = z
  .string()
  .meta({ description: "The ticket's number, `T-1042` or `1042`", example: "T-1042" });

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
  .object({ statusId: id, version: changeStatusBody.shape.version })
  .meta({ id: "ChangeTaskStatus" });
