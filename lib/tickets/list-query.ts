import { z } from "zod";
import { VISIBILITIES } from "../workflow/ticket-categories";
import { CATEGORY_FILTERS, SORT_DIRECTIONS, TICKET_SORTS } from "./list-sorts";

export {
  type CategoryFilter,
  defaultDirection,
  SORT_DIRECTIONS,
  type SortDirection,
  TICKET_SORTS,
  type TicketSort,
} from "./list-sorts";

const optionalId = z.string().uuid().optional().catch(undefined);

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
