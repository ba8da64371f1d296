import { z } from "zod";
import { validation } from "../i18n/msg";
import { VISIBILITIES } from "../workflow/ticket-categories";

const reason = z.string().trim().min(3, validation("reasonMin")).max(2_000, validation("reasonMax"));
const uuid = (name: Parameters<typeof validation>[0]) => z.string().uuid(validation(name));

/** A customer asks for a call about one of their assets, optionally from one of their tickets. */
export const requestSessionSchema = z.object({
  assetId: uuid("chooseAsset"),
  reason,
  ticketId: uuid("unknownTicket")
    .nullish()
    .transform((v) => v ?? null),
});
export type RequestSessionInput = z.input<typeof requestSessionSchema>;

/** An employee sets up a confirmed session with a customer of an asset. */
export const createSessionSchema = z.object({
  assetId: uuid("chooseAsset"),
  customerId: uuid("chooseCustomer"),
  reason,
  visibility: z.enum(VISIBILITIES, { message: validation("chooseVisibility") }).default("public"),
  ticketId: uuid("unknownTicket")
    .nullish()
    .transform((v) => v ?? null),
});
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const sessionRef = z.object({ sessionId: uuid("unknownSession") });
export const versionedSession = sessionRef.extend({ version: z.number().int().positive() });

export const rateSessionSchema = versionedSession.extend({
  stars: z.number().int().min(1, validation("stars")).max(5, validation("stars")),
  comment: z
    .string()
    .trim()
    .max(2_000, validation("commentMax"))
    .nullish()
    .transform((v) => (v ? v : null)),
});

export const sessionTicketSchema = versionedSession.extend({
  ticketNumber: z.coerce.number().int().positive(),
});

export const SESSION_STATUS_FILTERS = [
  "active",
  "requested",
  "confirmed",
  "in_progress",
  "done",
  "closed",
  "cancelled",
  "any",
] as const;
export const sessionListSchema = z.object({
  status: z.enum(SESSION_STATUS_FILTERS).catch("active"),
  asset: z.string().uuid().optional().catch(undefined),
  responsible: z
    .union([z.literal("me"), z.string().uuid()])
    .optional()
    .catch(undefined),
  after: z.coerce.number().int().positive().optional().catch(undefined),
});
export type SessionListQuery = z.output<typeof sessionListSchema>;
