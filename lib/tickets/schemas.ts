import { z } from "zod";
import { PAYMENT_METHODS } from "../workflow/status-actions";
import { VISIBILITIES } from "../workflow/ticket-categories";

export const ticketRef = z.object({ ticketId: z.string().uuid("Unknown ticket.") });
export const versioned = ticketRef.extend({ version: z.number().int().positive() });

export const createTicketSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Enter a title of at least 3 characters.")
    .max(200, "Keep the title under 200 characters."),
  description: z.string().trim().max(10_000, "Keep the description under 10,000 characters.").default(""),
  assetId: z
    .string()
    .uuid("Choose an asset from the list.")
    .nullish()
    .transform((v) => v ?? null),
  visibility: z.enum(VISIBILITIES, { message: "Choose Internal or Public." }).default("public"),
});
export type CreateTicketInput = z.input<typeof createTicketSchema>;

/** Largest amount a ticket or payment may have: 1,000,000.00. */
const MAX_CENTS = 100_000_000;
const TOO_LARGE = "Enter an amount of at most 1,000,000.00.";

export const paymentSchema = z.object({
  amountCents: z
    .number({ message: "Enter the amount as a number, e.g. 49.90." })
    .int("Enter the amount with at most two decimals.")
    .positive("Enter a payment amount greater than 0.")
    .max(MAX_CENTS, TOO_LARGE),
  method: z.enum(PAYMENT_METHODS, { message: "Choose cash, card or bank transfer." }),
});

export const changeStatusSchema = versioned.extend({
  statusId: z.string().uuid("Unknown status."),
  payment: paymentSchema.nullish(),
});
export const setAmountSchema = versioned.extend({
  amountCents: z
    .number({ message: "Enter the amount as a number, e.g. 49.90." })
    .int("Enter the amount with at most two decimals.")
    .min(0, "Enter an amount of 0 or more.")
    .max(MAX_CENTS, TOO_LARGE)
    .nullable(),
});
export const setAssigneesSchema = versioned.extend({ userIds: z.array(z.string().uuid()).max(50) });
export const withdrawOfferSchema = versioned.extend({ userId: z.string().uuid() });
export const rateTicketSchema = versioned.extend({
  stars: z.coerce.number().int().min(1, "Choose 1 to 5 stars.").max(5, "Choose 1 to 5 stars."),
  comment: z
    .string()
    .trim()
    .max(2000, "Keep the comment under 2,000 characters.")
    .nullish()
    .transform((v) => (v ? v : null)),
});
