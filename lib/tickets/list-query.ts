import { z } from "zod";
import { TICKET_CATEGORIES, VISIBILITIES } from "../workflow/ticket-categories";

const optionalId = z.string().uuid().optional().catch(undefined);

/** Columns the overview sorts by; every one is read by keyset, never by offset. */
export const TICKET_SORTS = ["number", "updated", "created", "status"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** "active": every category a ticket still needs work in (open … done). */
export const CATEGORY_FILTERS = [...TICKET_CATEGORIES, "active"] as const;
export type CategoryFilter = (typeof CATEGORY_FILTERS)[number];

/** Overview filters, parsed from the URL. Unknown values are dropped, never an error page. */
export const ticketListQuerySchema = z.object({
  status: optionalId,
  category: z.enum(CATEGORY_FILTERS).optional().catch(undefined),
  assignee: z
    .union([z.literal("me"), z.literal("none"), z.string().uuid()])
    .optional()
    .catch(undefined),
  visibility: z.enum(VISIBILITIES).optional().catch(undefined),
  asset: optionalId,
  requester: optionalId,
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(TICKET_SORTS).optional().catch(undefined),
  dir: z.enum(SORT_DIRECTIONS).optional().catch(undefined),
  /** Opaque keyset position of the next page (see list-tickets.ts). */
  cursor: z.string().max(200).optional().catch(undefined),
});
export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;

/** The filter keys of the overview, in URL order: a saved view is these and a sort. */
export const FILTER_KEYS = [
  "status",
  "category",
  "assignee",
  "visibility",
  "asset",
  "requester",
  "q",
] as const;

export const PAGE_SIZE = 25;
/** Counts that cannot come from the counters stop here and read "10,000+". */
export const COUNT_CAP = 10_000;

export function defaultDirection(sort: TicketSort): SortDirection {
  return sort === "status" ? "asc" : "desc";
}
