import type { Msg } from "../i18n/msg";
import type { DonePolicy } from "./done-policy";
import type { PaymentMethod } from "./status-actions";
import { categoryMsg, type OfferState, type TicketCategory, type Visibility } from "./ticket-categories";
import { type Party, TICKET_TRANSITIONS, type Trigger } from "./ticket-transitions";
import type {
  EngineActor,
  StatusChanged,
  StatusRef,
  WorkflowDefinition,
  Decision as WorkItemDecision,
} from "./work-item-engine";

export type { EngineActor, RefusalCode, StatusRef } from "./work-item-engine";

export type PaymentInput = { readonly amountCents: number; readonly method: PaymentMethod };

export type TicketState = {
  readonly status: StatusRef;
  readonly amountCents?: number | null;
  /** Paid so far, in cents; known when the ticket is closed (a closed, paid ticket's amount is final). */
  readonly paidCents?: number;
  readonly creatorId: string;
  readonly assigneeIds: readonly string[];
  readonly offers: readonly { readonly userId: string; readonly state: OfferState }[];
};

export type TicketCommand =
  | { readonly type: "submit"; readonly offerTo: readonly string[] }
  | { readonly type: "change_status"; readonly to: StatusRef; readonly payment?: PaymentInput | null }
  | { readonly type: "accept_offer" }
  | { readonly type: "decline_offer" }
  | { readonly type: "withdraw_offer"; readonly userId: string }
  | { readonly type: "set_assignees"; readonly userIds: readonly string[] }
  | { readonly type: "rate"; readonly stars: number; readonly comment: string | null }
  | { readonly type: "confirm_resolution" }
  | { readonly type: "reopen" }
  | { readonly type: "cancel" }
  | { readonly type: "auto_close" }
  | { readonly type: "customer_reply" }
  | {
      readonly type: "post_message";
      readonly body: string;
      readonly attachmentIds: readonly string[];
      readonly videoSessionId: string | null;
    }
  | {
      readonly type: "add_update";
      readonly updateId: string;
      readonly visibility: Visibility;
      readonly body: string;
      readonly attachmentIds: readonly string[];
    }
  | { readonly type: "set_amount"; readonly amountCents: number | null };

export const STATUS_CHANGE_REASONS = [
  "submitted",
  "menu",
  "offer_accepted",
  "assigned",
  "customer_reply",
  "rating",
  "confirmation",
  "immediate_close",
  "auto_close",
  "reopened",
  "cancelled",
] as const;
export type StatusChangeReason = (typeof STATUS_CHANGE_REASONS)[number];

export type TicketEventDraft =
  | StatusChanged<TicketCategory, StatusChangeReason>
  | { readonly type: "assignee_added"; readonly userId: string }
  | { readonly type: "assignee_removed"; readonly userId: string }
  | { readonly type: "offer_created"; readonly userId: string }
  | { readonly type: "offer_accepted"; readonly userId: string }
  | { readonly type: "offer_declined"; readonly userId: string }
  | { readonly type: "offer_withdrawn"; readonly userId: string }
  | { readonly type: "rated"; readonly stars: number; readonly comment: string | null }
  | { readonly type: "payment_recorded"; readonly amountCents: number; readonly method: PaymentMethod }
  | { readonly type: "amount_changed"; readonly from: number | null; readonly to: number | null }
  | {
      readonly type: "message_posted";
      readonly body: string;
      readonly attachmentIds: readonly string[];
      readonly videoSessionId: string | null;
    }
  | {
      readonly type: "update_added";
      readonly updateId: string;
      readonly visibility: Visibility;
      readonly body: string;
      readonly attachmentIds: readonly string[];
    };

export type Decision = WorkItemDecision<TicketEventDraft>;

export type EngineContext = {
  readonly actor: EngineActor;
  readonly ticket: TicketState;
  /** Every status of the ticket kind, archived ones included. */
  readonly statuses: readonly StatusRef[];
  readonly policy: DonePolicy;
};

/** Which parties of the transition table the actor is, for this ticket. */
export function partiesOf(
  actor: EngineActor,
  ticket: Pick<TicketState, "creatorId" | "assigneeIds">,
): Party[] {
  switch (actor.role) {
    case "sys":
      return ["sys"];
    case "admin":
      return ["A"];
    case "moderator":
      return ["M"];
    case "member":
      return ticket.assigneeIds.includes(actor.id) ? ["E"] : [];
    case "code_user":
      return actor.id === ticket.creatorId ? ["U"] : [];
  }
}

/** Tickets on the shared core: their table, parties and refusals. */
export const TICKET_WORKFLOW: WorkflowDefinition<TicketCategory, Party, Trigger, TicketState> = {
  kind: "ticket",
  table: TICKET_TRANSITIONS,
  partiesOf: (actor, ticket) => (ticket ? partiesOf(actor, ticket) : []),
  categoryMsg: (category): Msg => categoryMsg(category),
  cannotMoveKey: "engine.cannotMove",
  strangerKey: (actor) =>
    actor.role === "code_user" ? "engine.onlyCreatorThis" : "engine.onlyAssignedChange",
};
