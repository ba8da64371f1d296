import { z } from "zod";
import { validation } from "../i18n/msg";
import { PAYMENT_METHODS } from "../workflow/status-actions";
import { VISIBILITIES } from "../workflow/ticket-categories";

export const ticketRef = z.object({ ticketId: z.string().uuid(validation("unknownTicket")) });
export const versioned = ticketRef.extend({ version: z.number().int().positive() });

export const createTicketSchema = z.object({
  title: z.string().trim().min(3, validation("titleMin")).max(200, validation("titleMax")),
  description: z.string().trim().max(10_000, validation("descriptionMax")).default(""),
  assetId: z
    .string()
    .uuid(validation("chooseAsset"))
    .nullish()
    .transform((v) => v ?? null),
  visibility: z.enum(VISIBILITIES, { message: validation("chooseVisibility") }).default("public"),
});
export type CreateTicketInput = z.input<typeof createTicketSchema>;

/** Largest amount a ticket or payment may have: 1,000,000.00. */
const MAX_CENTS = 100_000_000;
const TOO_LARGE = validation("amountMax");

export const paymentSchema = z.object({
  amountCents: z
    .number({ message: validation("amountNumber") })
    .int(validation("amountDecimals"))
    .positive(validation("paymentPositive"))
    .max(MAX_CENTS, TOO_LARGE),
  method: z.enum(PAYMENT_METHODS, { message: validation("paymentMethod") }),
});

export const changeStatusSchema = versioned.extend({
  statusId: z.string().uuid(validation("unknownStatus")),
  payment: paymentSchema.nullish(),
});
export const setAmountSchema = versioned.extend({
  amountCents: z
    .number({ message: validation("amountNumber") })
    .int(validation("amountDecimals"))
    .min(0, validation("amountMin"))
    .max(MAX_CENTS, TOO_LARGE)
    .nullable(),
});
export const setAssigneesSchema = versioned.extend({ userIds: z.array(z.string().uuid()).max(50) });
export const withdrawOfferSchema = versioned.extend({ userId: z.string().uuid() });
export const rateTicketSchema = versioned.extend({
  stars: z.coerce.number().int().min(1, validation("stars")).max(5, validation("stars")),
  comment: z
    .string()
    .trim()
    .max(2000, validation("commentMax"))
    .nullish()
    .transform((v) => (v ? v : null)),
});

/** Most tickets one bulk action changes: each is its own transaction, reported on its own. */
export const MAX_BULK = 50;
const bulkTickets = z
  .array(versioned)
  .min(1, validation("bulkNone"))
  .max(MAX_BULK, validation("bulkTooMany"));
export const bulkChangeStatusSchema = z.object({
  statusId: z.string().uuid(validation("unknownStatus")),
  tickets: bulkTickets,
});
export const bulkAssignSchema = z.object({
  userId: z.string().uuid(validation("unknownUser")),
  tickets: bulkTickets,
});
