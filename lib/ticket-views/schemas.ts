import { z } from "zod";
import { validation } from "../i18n/msg";
import { FILTER_KEYS, type TicketListQuery, ticketListQuerySchema } from "../tickets/list-query";

export const MAX_VIEWS = 20;

export const createTicketViewSchema = z.object({
  name: z
    .string({ message: validation("viewName") })
    .trim()
    .min(1, validation("viewName"))
    .max(60, validation("viewName")),
  /** The overview's query string when the view was saved. */
  query: z.string().max(2000),
});
export type CreateTicketViewInput = z.input<typeof createTicketViewSchema>;

export const ticketViewRefSchema = z.object({ viewId: z.uuid(validation("invalid")) });

/**
 * The part of an overview URL a view keeps: its filters and sort, parsed like the overview parses
 * them (unknown keys and values dropped), never the page position.
 */
export function viewQueryString(raw: string): string {
  const parsed: TicketListQuery = ticketListQuerySchema.parse(Object.fromEntries(new URLSearchParams(raw)));
  const out = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "sort", "dir"] as const) {
    const value = parsed[key];
    if (value) out.set(key, String(value));
  }
  return out.toString();
}
