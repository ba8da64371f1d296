import "zod-openapi";
import { z } from "zod";
import { CATEGORY_FILTERS, SORT_DIRECTIONS, TICKET_SORTS } from "../tickets/list-sorts";
import { changeStatusSchema, createTicketSchema, paymentSchema } from "../tickets/schemas";
import { ROLES } from "../workflow/roles";
import { OFFER_STATES, TICKET_CATEGORIES, TICKET_STEPS, VISIBILITIES } from "../workflow/ticket-categories";

/**
 * The public shapes of API v1. Responses are parsed through these (unknown fields are stripped),
 * and the OpenAPI document is generated from the same schemas, so the two cannot drift.
 */
export const id = z.string().uuid();
export const time = z.string().datetime({ offset: true });
export const named = z.object({ id, name: z.string() });

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

export const rating = z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable();

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
export const version = z
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
