import { TICKET_CATEGORIES } from "../workflow/ticket-categories";

/** Columns the overview sorts by; every one is read by keyset, never by offset. */
export const TICKET_SORTS = ["number", "updated", "created", "status"] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** "active": every category a ticket still needs work in (open … done). */
export const CATEGORY_FILTERS = [...TICKET_CATEGORIES, "active"] as const;
export type CategoryFilter = (typeof CATEGORY_FILTERS)[number];

export function defaultDirection(sort: TicketSort): SortDirection {
  return sort === "status" ? "asc" : "desc";
}
