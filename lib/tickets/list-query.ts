import { z } from "zod";
import { TICKET_CATEGORIES, VISIBILITIES } from "../workflow/ticket-categories";

const optionalId = z.string().uuid().optional().catch(undefined);

/** Overview filters, parsed from the URL. Unknown values are dropped, never an error page. */
export const ticketListQuerySchema = z.object({
  status: optionalId,
  category: z.enum(TICKET_CATEGORIES).optional().catch(undefined),
  assignee: z
    .union([z.literal("me"), z.literal("none"), z.string().uuid()])
    .optional()
    .catch(undefined),
  visibility: z.enum(VISIBILITIES).optional().catch(undefined),
  asset: optionalId,
  q: z.string().trim().max(200).optional().catch(undefined),
  cursor: z.coerce.number().int().positive().optional().catch(undefined),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

export const PAGE_SIZE = 25;
