import { type MessageKey, type Msg, type MsgValue, msg } from "../i18n/msg";
import { english } from "../i18n/translate";
import type { DonePolicy } from "./done-policy";
import type { Role } from "./roles";
import { PAYMENT_METHODS, type PaymentMethod, type StatusActionType } from "./status-actions";
import {
  allowsCustomStatuses,
  categoryMsg,
  type OfferState,
  type SystemStatusKey,
  statusLabel,
  type TicketCategory,
} from "./ticket-categories";
import { findRow, type Party, partiesLeaving, type Trigger } from "./ticket-transitions";

export type StatusRef = {
  readonly id: string;
  readonly category: TicketCategory;
  readonly name: string;
  readonly systemKey: string | null;
  readonly archived: boolean;
  /** What entering this status sets off (workflow.md 2.5). */
  readonly actionTypes: readonly StatusActionType[];
};

export type PaymentInput = { readonly amountCents: number; readonly method: PaymentMethod };

export type EngineActor =
  | { readonly id: string; readonly role: Role }
  | { readonly id: null; readonly role: "sys" };

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
  | {
      readonly type: "status_changed";
      readonly from: StatusRef;
      readonly to: StatusRef;
      readonly reason: StatusChangeReason;
    }
  | { readonly type: "assignee_added"; readonly userId: string }
  | { readonly type: "assignee_removed"; readonly userId: string }
  | { readonly type: "offer_created"; readonly userId: string }
  | { readonly type: "offer_accepted"; readonly userId: string }
  | { readonly type: "offer_declined"; readonly userId: string }
  | { readonly type: "offer_withdrawn"; readonly userId: string }
  | { readonly type: "rated"; readonly stars: number; readonly comment: string | null }
  | { readonly type: "payment_recorded"; readonly amountCents: number; readonly method: PaymentMethod }
  | { readonly type: "amount_changed"; readonly from: number | null; readonly to: number | null };

export type RefusalCode = "forbidden" | "not_allowed" | "invalid";
export type Decision =
  | { readonly ok: true; readonly events: readonly TicketEventDraft[] }
  | {
      readonly ok: false;
      readonly code: RefusalCode;
      readonly msg: Msg;
      /** The reason in English (logs, tests); doors render `msg` in the reader's language. */
      readonly message: string;
    };

export type EngineContext = {
  readonly actor: EngineActor;
  readonly ticket: TicketState;
  /** Every status of the ticket kind, archived ones included. */
  readonly statuses: readonly StatusRef[];
  readonly policy: DonePolicy;
};

type EngineKey = MessageKey & `engine.${string}`;

function refuse(code: RefusalCode, key: EngineKey, values?: Record<string, MsgValue>): Decision {
  const reason = msg(key, values);
  return {
    ok: false,
    code,
    msg: reason,
    // Rendered only when read: the menu decides dozens of moves and shows none of their reasons.
    get message() {
      return english(reason);
    },
  };
}
const accept = (events: readonly TicketEventDraft[]): Decision => ({ ok: true, events });

/** Which parties of the transition table the actor is, for this ticket. */
export function partiesOf(actor: EngineActor, ticket: TicketState): Party[] {
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

export function systemStatus(statuses: readonly StatusRef[], key: SystemStatusKey): StatusRef {
  const status = statuses.find((s) => s.systemKey === key);
  if (!status) throw new Error(`System status "${key}" is missing: the migrations were not applied`);
  return status;
}

/** Events that end a ticket's open offers when it closes or is cancelled. */
function withdrawPendingOffers(ticket: TicketState): TicketEventDraft[] {
  return ticket.offers
    .filter((offer) => offer.state === "pending")
    .map((offer) => ({ type: "offer_withdrawn", userId: offer.userId }));
}

function statusChange(
  ctx: EngineContext,
  to: StatusRef,
  reason: StatusChangeReason,
  from: StatusRef = ctx.ticket.status,
): TicketEventDraft[] {
  const events: TicketEventDraft[] = [{ type: "status_changed", from, to, reason }];
  if (to.category === "done" && ctx.policy.mode === "immediate") {
    const closed = systemStatus(ctx.statuses, "closed");
    events.push({ type: "status_changed", from: to, to: closed, reason: "immediate_close" });
    events.push(...withdrawPendingOffers(ctx.ticket));
  } else if (
    to.category === "closed" ||
    to.category === "closed_unsuccessful" ||
    to.category === "cancelled"
  ) {
    events.push(...withdrawPendingOffers(ctx.ticket));
  }
  return events;
}

/** A move along the table through `via`, by whoever the actor is. */
function move(ctx: EngineContext, to: StatusRef, via: Trigger, reason: StatusChangeReason): Decision {
  const { ticket } = ctx;
  const from = ticket.status;
  if (to.archived) return refuse("invalid", "engine.statusArchived", { name: statusLabel(to) });
  if (to.id === from.id) return refuse("invalid", "engine.alreadyInStatus", { name: statusLabel(from) });
  const parties = partiesOf(ctx.actor, ticket);
  if (from.category === to.category) {
    const mayLeave = partiesLeaving(from.category).some((party) => parties.includes(party));
    if (via !== "menu" || !allowsCustomStatuses(from.category) || !mayLeave) {
      return refuse("not_allowed", "engine.mayNotMove", { from: statusLabel(from), to: statusLabel(to) });
    }
    return accept(statusChange(ctx, to, reason));
  }
  if (to.category === "assigned" && to.systemKey !== "reopened") {
    return refuse("not_allowed", "engine.assignedOnlyByOffer");
  }
  if (!findRow(from.category, to.category, parties, via)) {
    if (parties.length > 0) {
      return refuse("not_allowed", "engine.cannotMove", {
        from: categoryMsg(from.category),
        to: categoryMsg(to.category),
      });
    }
    return refuse(
      "not_allowed",
      ctx.actor.role === "code_user" ? "engine.onlyCreatorThis" : "engine.onlyAssignedChange",
    );
  }
  return accept(statusChange(ctx, to, reason));
}

function setAssignees(ctx: EngineContext, userIds: readonly string[]): Decision {
  const { actor, ticket } = ctx;
  if (actor.role !== "admin" && actor.role !== "moderator") {
    return refuse("forbidden", "engine.onlyManagersAssign");
  }
  const category = ticket.status.category;
  if (category === "draft" || category === "cancelled") {
    return refuse("not_allowed", "engine.assigneesFrozen", { category: categoryMsg(category) });
  }
  const wanted = [...new Set(userIds)];
  const added = wanted.filter((id) => !ticket.assigneeIds.includes(id));
  const removed = ticket.assigneeIds.filter((id) => !wanted.includes(id));
  if (added.length === 0 && removed.length === 0) return refuse("invalid", "engine.nothingToChange");
  if (wanted.length === 0 && category !== "open") {
    return refuse("not_allowed", "engine.keepOneAssignee");
  }
  const events: TicketEventDraft[] = [
    ...added.map((userId) => ({ type: "assignee_added" as const, userId })),
    ...removed.map((userId) => ({ type: "assignee_removed" as const, userId })),
    ...ticket.offers
      .filter((offer) => offer.state === "pending" && added.includes(offer.userId))
      .map((offer) => ({ type: "offer_withdrawn" as const, userId: offer.userId })),
  ];
  if (category === "open" && wanted.length > 0) {
    events.push(...statusChange(ctx, systemStatus(ctx.statuses, "assigned"), "assigned"));
  }
  return accept(events);
}

function acceptOffer(ctx: EngineContext): Decision {
  const { actor, ticket } = ctx;
  if (actor.role === "sys" || actor.role === "code_user")
    return refuse("forbidden", "engine.onlyEmployeesAccept");
  const offer = ticket.offers.find((o) => o.userId === actor.id && o.state === "pending");
  if (!offer) return refuse("not_allowed", "engine.noOpenOffer");
  const events: TicketEventDraft[] = [{ type: "offer_accepted", userId: actor.id }];
  if (!ticket.assigneeIds.includes(actor.id)) events.push({ type: "assignee_added", userId: actor.id });
  if (ticket.status.category === "open") {
    events.push(...statusChange(ctx, systemStatus(ctx.statuses, "assigned"), "offer_accepted"));
  }
  return accept(events);
}

function customerResolve(
  ctx: EngineContext,
  wanted: "rating" | "confirmation",
  event?: TicketEventDraft,
): Decision {
  const { actor, ticket, policy } = ctx;
  if (actor.role !== "code_user" || actor.id !== ticket.creatorId) {
    return refuse("forbidden", "engine.onlyCreatorThe");
  }
  if (ticket.status.category !== "done") return refuse("not_allowed", "engine.notDoneYet");
  if (policy.mode !== wanted) {
    return refuse("not_allowed", wanted === "rating" ? "engine.noRatings" : "engine.closesByRating");
  }
  const move = statusChange(ctx, systemStatus(ctx.statuses, "closed"), wanted);
  return accept(event ? [event, ...move] : move);
}

/** The single decision point for every ticket change: the events it produces, or why it is refused. */
export function decideTicket(ctx: EngineContext, command: TicketCommand): Decision {
  const { actor, ticket, statuses } = ctx;
  switch (command.type) {
    case "submit": {
      if (ticket.status.category !== "draft") return refuse("not_allowed", "engine.alreadySubmitted");
      if (actor.id !== ticket.creatorId) return refuse("forbidden", "engine.onlyCreatorSubmit");
      if (!findRow("draft", "open", creatorParty(actor), "submit")) {
        return refuse("forbidden", "engine.maySubmit");
      }
      const offers = [...new Set(command.offerTo)].map((userId) => ({
        type: "offer_created" as const,
        userId,
      }));
      return accept([...statusChange(ctx, systemStatus(statuses, "open"), "submitted"), ...offers]);
    }
    case "change_status": {
      if (actor.role === "code_user" || actor.role === "sys") {
        return refuse("forbidden", "engine.onlyEmployeesStatus");
      }
      const decision = move(
        ctx,
        command.to,
        "menu",
        command.to.category === "assigned" ? "reopened" : "menu",
      );
      if (!decision.ok) return decision;
      const payment = command.payment;
      if (!command.to.actionTypes.includes("open_payment")) {
        // The admin switched the window off while the dialog was open: never drop a payment silently.
        if (payment) {
          return refuse("invalid", "engine.noPaymentAnymore", { name: statusLabel(command.to) });
        }
        return decision;
      }
      // The payment window: the employee records the payment together with the change.
      if (!payment) {
        return refuse("invalid", "engine.paymentRequired", { name: statusLabel(command.to) });
      }
      if (
        !Number.isInteger(payment.amountCents) ||
        payment.amountCents <= 0 ||
        payment.amountCents > 100_000_000
      ) {
        return refuse("invalid", "engine.paymentPositive");
      }
      if (!PAYMENT_METHODS.includes(payment.method)) return refuse("invalid", "engine.paymentMethod");
      const [first, ...rest] = decision.events;
      return accept([
        first!,
        { type: "payment_recorded", amountCents: payment.amountCents, method: payment.method },
        ...rest,
      ]);
    }
    case "accept_offer":
      return acceptOffer(ctx);
    case "decline_offer": {
      if (actor.role === "sys") return refuse("forbidden", "engine.onlyOfferedDecline");
      const offer = ticket.offers.find((o) => o.userId === actor.id && o.state === "pending");
      if (!offer) return refuse("not_allowed", "engine.noOpenOffer");
      return accept([{ type: "offer_declined", userId: actor.id }]);
    }
    case "withdraw_offer": {
      if (actor.role !== "admin" && actor.role !== "moderator") {
        return refuse("forbidden", "engine.onlyManagersWithdraw");
      }
      const offer = ticket.offers.find((o) => o.userId === command.userId && o.state === "pending");
      if (!offer) return refuse("not_allowed", "engine.noOfferForEmployee");
      return accept([{ type: "offer_withdrawn", userId: command.userId }]);
    }
    case "set_assignees":
      return setAssignees(ctx, command.userIds);
    case "rate": {
      if (!Number.isInteger(command.stars) || command.stars < 1 || command.stars > 5) {
        return refuse("invalid", "engine.stars");
      }
      return customerResolve(ctx, "rating", {
        type: "rated",
        stars: command.stars,
        comment: command.comment,
      });
    }
    case "confirm_resolution":
      return customerResolve(ctx, "confirmation");
    case "reopen": {
      if (actor.role !== "code_user") {
        return actor.role === "sys"
          ? refuse("forbidden", "engine.engineNeverReopens")
          : move(ctx, systemStatus(statuses, "reopened"), "menu", "reopened");
      }
      if (actor.id !== ticket.creatorId) return refuse("forbidden", "engine.onlyCreatorReopen");
      if (ticket.status.category !== "done") {
        return refuse(
          "not_allowed",
          ticket.status.category === "closed" || ticket.status.category === "closed_unsuccessful"
            ? "engine.closedCreateNew"
            : "engine.onlyDoneReopen",
        );
      }
      return move(ctx, systemStatus(statuses, "reopened"), "reopen", "reopened");
    }
    case "cancel":
      return move(ctx, systemStatus(statuses, "cancelled"), "cancel", "cancelled");
    case "auto_close": {
      if (actor.role !== "sys") return refuse("forbidden", "engine.onlyEngineCloses");
      if (ticket.status.category !== "done") return refuse("not_allowed", "engine.notDone");
      if (ctx.policy.autoCloseAfterDays === null) return refuse("not_allowed", "engine.autoCloseOff");
      return move(ctx, systemStatus(statuses, "closed"), "resolve", "auto_close");
    }
    case "set_amount": {
      const parties = partiesOf(actor, ticket);
      if (!parties.some((p) => p === "A" || p === "M" || p === "E")) {
        return refuse("forbidden", "engine.onlyEmployeesAmount");
      }
      const category = ticket.status.category;
      if (category === "draft" || category === "cancelled") {
        return refuse("not_allowed", "engine.amountFrozen", { category: categoryMsg(category) });
      }
      const amount = ticket.amountCents ?? null;
      if (category === "closed" && amount !== null && (ticket.paidCents ?? 0) >= amount) {
        return refuse("not_allowed", "engine.amountFinal");
      }
      const to = command.amountCents;
      if (to !== null && (!Number.isInteger(to) || to < 0 || to > 100_000_000)) {
        return refuse("invalid", "engine.amountMin");
      }
      const from = ticket.amountCents ?? null;
      if (from === to) return refuse("invalid", "engine.amountUnchanged");
      return accept([{ type: "amount_changed", from, to }]);
    }
    case "customer_reply": {
      if (actor.role !== "sys") return refuse("forbidden", "engine.onlyEngineRule");
      if (ticket.status.category !== "waiting_customer") return accept([]);
      return move(ctx, systemStatus(statuses, "in_progress"), "customer_reply", "customer_reply");
    }
  }
}

function creatorParty(actor: EngineActor): Party[] {
  switch (actor.role) {
    case "admin":
      return ["A"];
    case "moderator":
      return ["M"];
    case "member":
      return ["E"];
    case "code_user":
      return ["U"];
    case "sys":
      return [];
  }
}

/** A move the "Change status" menu offers, with the actions of every status it enters on the way. */
export type MenuMove = {
  readonly status: StatusRef;
  readonly enters: readonly StatusActionType[];
  /** Whether the same person could move straight back (an "Undo"): nothing set off, nothing left behind. */
  readonly undoable: boolean;
};

function decideMenuMove(ctx: EngineContext, status: StatusRef): Decision {
  return decideTicket(ctx, {
    type: "change_status",
    to: status,
    // The menu asks for the payment in its dialog; only whether the move is allowed counts here.
    payment: status.actionTypes.includes("open_payment") ? { amountCents: 1, method: "cash" } : undefined,
  });
}

/** Done and then Closed under the "immediate" done policy: both statuses' actions, each once. */
function enteredActions(events: readonly TicketEventDraft[]): StatusActionType[] {
  return [...new Set(events.flatMap((e) => (e.type === "status_changed" ? e.to.actionTypes : [])))];
}

/** The "Change status" menu: exactly the moves the engine would accept, each decided once. */
export function menuMoves(ctx: EngineContext): MenuMove[] {
  const moves: MenuMove[] = [];
  for (const status of ctx.statuses) {
    if (status.archived) continue;
    const decision = decideMenuMove(ctx, status);
    if (!decision.ok) continue;
    const enters = enteredActions(decision.events);
    const final = finalStatus(ctx.ticket.status, decision.events);
    const back = { ...ctx, ticket: { ...ctx.ticket, status: final } };
    const undoable =
      enters.length === 0 && final.id === status.id && decideMenuMove(back, ctx.ticket.status).ok;
    moves.push({ status, enters, undoable });
  }
  return moves;
}

/** The statuses offered in the "Change status" menu. */
export function allowedTargets(ctx: EngineContext): StatusRef[] {
  return menuMoves(ctx).map((move) => move.status);
}

/** The actions a move into `target` sets off (none when the actor may not make it). */
export function entryActionTypes(ctx: EngineContext, target: StatusRef): StatusActionType[] {
  const decision = decideMenuMove(ctx, target);
  return decision.ok ? enteredActions(decision.events) : [];
}

export type CustomerActions = {
  readonly cancel: boolean;
  readonly reopen: boolean;
  readonly rate: boolean;
  readonly confirm: boolean;
};

export function customerActions(ctx: EngineContext): CustomerActions {
  if (ctx.actor.role !== "code_user") return { cancel: false, reopen: false, rate: false, confirm: false };
  return {
    cancel: decideTicket(ctx, { type: "cancel" }).ok,
    reopen: decideTicket(ctx, { type: "reopen" }).ok,
    rate: decideTicket(ctx, { type: "rate", stars: 5, comment: null }).ok,
    confirm: decideTicket(ctx, { type: "confirm_resolution" }).ok,
  };
}

/** The status a ticket ends in after applying the events. */
export function finalStatus(current: StatusRef, events: readonly TicketEventDraft[]): StatusRef {
  let status = current;
  for (const event of events) if (event.type === "status_changed") status = event.to;
  return status;
}
