import { PAYMENT_METHODS } from "./status-actions";
import { allowsCustomStatuses, categoryMsg, statusLabel } from "./ticket-categories";
import { decideMessage, decideUpdate } from "./ticket-conversation-commands";
import {
  type Decision,
  type EngineContext,
  partiesOf,
  type StatusChangeReason,
  TICKET_WORKFLOW,
  type TicketCommand,
  type TicketEventDraft,
  type TicketState,
} from "./ticket-model";
import { findRow, type Party, partiesLeaving, type Trigger } from "./ticket-transitions";
import {
  accept as acceptEvents,
  checkMove,
  type EngineActor,
  refuse,
  type StatusRef,
  systemStatus,
} from "./work-item-engine";

const accept = (events: readonly TicketEventDraft[]): Decision => acceptEvents(events);

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
  const refusal = checkMove(TICKET_WORKFLOW, ctx.actor, ticket, from.category, to.category, via);
  return refusal ?? accept(statusChange(ctx, to, reason));
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
    case "post_message":
      return decideMessage(actor, ticket, command);
    case "add_update":
      return decideUpdate(actor, ticket, command);
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
