import {
  ACTIVE_CATEGORIES,
  CLOSED_CATEGORIES,
  type TicketCategory,
  WORK_CATEGORIES,
} from "./ticket-categories";
import { findTableRow, partiesLeavingVia, type TransitionTable } from "./transition-table";

/**
 * Parties of workflow.md 2.2: A admin, M moderator, E a member assigned to the ticket,
 * U the code user who created it, sys the engine itself.
 */
export const PARTIES = ["A", "M", "E", "U", "sys"] as const;
export type Party = (typeof PARTIES)[number];

/** How a row is triggered: the "Change status" menu, or a dedicated command. */
export const TRIGGERS = [
  "submit",
  "menu",
  "assignment",
  "customer_reply",
  "resolve",
  "reopen",
  "cancel",
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export type TransitionRow = TransitionTable<TicketCategory, Party, Trigger>[number];

/** The transition table of workflow.md 2.2, row by row. Anything not listed is refused. */
export const TICKET_TRANSITIONS: TransitionTable<TicketCategory, Party, Trigger> = [
  {
    from: ["draft"],
    to: ["open"],
    who: ["U", "A", "M", "E"],
    via: ["submit"],
    note: "creator submits; sends offers",
  },
  {
    from: ["open"],
    to: ["assigned"],
    who: ["sys"],
    via: ["assignment"],
    note: "first offer accepted or A/M assigns",
  },
  { from: ["assigned"], to: ["in_progress"], who: ["E", "A", "M"], via: ["menu"], note: "" },
  { from: WORK_CATEGORIES, to: WORK_CATEGORIES, who: ["E", "A", "M"], via: ["menu"], note: "" },
  {
    from: ["waiting_customer"],
    to: ["in_progress"],
    who: ["sys"],
    via: ["customer_reply"],
    note: "the customer posted a message",
  },
  { from: WORK_CATEGORIES, to: ["done"], who: ["E", "A", "M"], via: ["menu"], note: "" },
  { from: ["done"], to: WORK_CATEGORIES, who: ["E", "A", "M"], via: ["menu"], note: "more work needed" },
  {
    from: ["done"],
    to: ["closed"],
    who: ["sys", "U"],
    via: ["resolve"],
    note: "rating or confirmation per the done policy",
  },
  {
    from: ["done"],
    to: ["assigned"],
    who: ["U", "E", "A", "M"],
    via: ["reopen", "menu"],
    note: "Reopened",
  },
  {
    from: ACTIVE_CATEGORIES,
    to: CLOSED_CATEGORIES,
    who: ["A", "M"],
    via: ["menu"],
    note: "force close, close without payment",
  },
  {
    from: CLOSED_CATEGORIES,
    to: ["assigned"],
    who: ["E", "A", "M"],
    via: ["menu"],
    note: "Reopened; customers create a new ticket",
  },
  { from: ["draft", "open"], to: ["cancelled"], who: ["U", "A", "M"], via: ["cancel", "menu"], note: "" },
  { from: ACTIVE_CATEGORIES, to: ["cancelled"], who: ["A", "M"], via: ["cancel", "menu"], note: "" },
];

export function findRow(
  from: TicketCategory,
  to: TicketCategory,
  parties: readonly Party[],
  via: Trigger,
): TransitionRow | undefined {
  return findTableRow(TICKET_TRANSITIONS, from, to, parties, via);
}

/** Parties that may leave `category` through the menu: they may also move within it. */
export function partiesLeaving(category: TicketCategory): readonly Party[] {
  return partiesLeavingVia(TICKET_TRANSITIONS, category, "menu");
}
