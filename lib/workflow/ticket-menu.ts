import type { StatusActionType } from "./status-actions";
import { decideTicket } from "./ticket-commands";
import type { Decision, EngineContext, TicketEventDraft } from "./ticket-model";
import { finalStatus, type StatusRef } from "./work-item-engine";

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
