import type { ConversationSide } from "../conversation/message-kinds";
import type { Role } from "./roles";
import type { TicketCategory, Visibility } from "./ticket-categories";
import { type EngineActor, partiesOf, type TicketState } from "./ticket-model";

/** Where a ticket's customer may still write (workflow.md 2.3): from `open` to `done`. */
const CUSTOMER_WRITES_IN: ReadonlySet<TicketCategory> = new Set([
  "open",
  "assigned",
  "in_progress",
  "waiting_customer",
  "on_hold",
  "done",
]);

export type MessagingRefusal = "customerReadOnly" | "notYours" | "notAssigned" | "engine";

/**
 * Who may write in a ticket's messenger (workflow.md 2.3): admins and moderators always; a member
 * once assigned; the customer who created it while it is between `open` and `done`; the engine never.
 * Null: allowed; otherwise why not.
 */
export type MessagingTicket = Pick<TicketState, "creatorId" | "assigneeIds"> & {
  readonly status: { readonly category: TicketCategory };
};

export function messagingRefusal(actor: EngineActor, ticket: MessagingTicket): MessagingRefusal | null {
  const parties = partiesOf(actor, ticket);
  switch (actor.role) {
    case "admin":
    case "moderator":
      return null;
    case "member":
      return parties.includes("E") ? null : "notAssigned";
    case "code_user":
      if (!parties.includes("U")) return "notYours";
      return CUSTOMER_WRITES_IN.has(ticket.status.category) ? null : "customerReadOnly";
    case "sys":
      return "engine";
  }
}

/**
 * Who may add an update to the service record: whoever may write in the messenger, and for an
 * internal update only the employees among them.
 */
export function updateRefusal(
  actor: EngineActor,
  ticket: MessagingTicket,
  visibility: Visibility,
): MessagingRefusal | "internalStaffOnly" | null {
  if (visibility === "internal" && (actor.role === "code_user" || actor.role === "sys")) {
    return "internalStaffOnly";
  }
  return messagingRefusal(actor, ticket);
}

export const sideOf = (role: Role): ConversationSide => (role === "code_user" ? "customer" : "staff");
