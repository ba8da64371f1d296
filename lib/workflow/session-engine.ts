import { SESSION_WORKFLOW, type SessionCategory, type SessionState } from "./session-workflow";
import { NEW } from "./transition-table";
import {
  accept,
  checkMove,
  type Decision,
  type EngineActor,
  refuse,
  type StatusChanged,
  type StatusRef,
  systemStatus,
} from "./work-item-engine";

export type SessionStatusRef = StatusRef<SessionCategory>;

export const SESSION_CHANGE_REASONS = [
  "confirmed",
  "cancelled",
  "call_started",
  "call_ended",
  "rating",
  "reopened",
] as const;
export type SessionChangeReason = (typeof SESSION_CHANGE_REASONS)[number];

export type SessionEventDraft =
  | { readonly type: "created"; readonly status: SessionStatusRef }
  | StatusChanged<SessionCategory, SessionChangeReason>
  | { readonly type: "responsible_added"; readonly userId: string }
  | { readonly type: "rated"; readonly stars: number; readonly comment: string | null }
  | { readonly type: "ticket_linked"; readonly ticketId: string; readonly number: number }
  | { readonly type: "ticket_unlinked"; readonly ticketId: string; readonly number: number };

export type SessionCommand =
  | { readonly type: "create" }
  | { readonly type: "confirm" }
  | { readonly type: "cancel" }
  | { readonly type: "reopen" }
  | { readonly type: "call_started" }
  | { readonly type: "call_ended" }
  | { readonly type: "rate"; readonly stars: number; readonly comment: string | null }
  | { readonly type: "add_responsible" }
  | { readonly type: "link_ticket"; readonly ticketId: string; readonly number: number }
  | { readonly type: "unlink_ticket"; readonly ticketId: string; readonly number: number };

export type SessionEngineContext = {
  readonly actor: EngineActor;
  /** null while the session is being created. */
  readonly session:
    | (SessionState & { readonly status: SessionStatusRef; readonly linkedTicketIds: readonly string[] })
    | null;
  readonly statuses: readonly SessionStatusRef[];
  /** The done policy's rating is on: a finished call waits in Done for the customer's stars. */
  readonly ratingOn: boolean;
};

const SYS: EngineActor = { id: null, role: "sys" };
type Session = NonNullable<SessionEngineContext["session"]>;

function moveTo(
  ctx: SessionEngineContext,
  session: Session,
  key: SessionCategory,
  via: "confirm" | "cancel" | "reopen" | "call_started" | "call_ended" | "rating",
  reason: SessionChangeReason,
  actor: EngineActor = ctx.actor,
): Decision<SessionEventDraft> {
  const to = systemStatus(ctx.statuses, key);
  if (to.id === session.status.id) return refuse("invalid", "engine.sessionAlreadyInStatus");
  const refusal = checkMove(SESSION_WORKFLOW, actor, session, session.status.category, to.category, via);
  return refusal ?? accept([{ type: "status_changed", from: session.status, to, reason }]);
}

const isEmployee = (actor: EngineActor): actor is { id: string; role: "admin" | "moderator" | "member" } =>
  actor.role === "admin" || actor.role === "moderator" || actor.role === "member";

export function decideSession(
  ctx: SessionEngineContext,
  command: SessionCommand,
): Decision<SessionEventDraft> {
  const { actor, session, statuses } = ctx;
  if (command.type === "create") {
    const to = actor.role === "code_user" ? "requested" : "confirmed";
    const refusal = checkMove(SESSION_WORKFLOW, actor, null, NEW, to, "create");
    if (refusal) return refusal;
    const created: SessionEventDraft = { type: "created", status: systemStatus(statuses, to) };
    return accept(isEmployee(actor) ? [created, { type: "responsible_added", userId: actor.id }] : [created]);
  }
  if (!session) return refuse("invalid", "engine.sessionMissing");
  const category = session.status.category;
  switch (command.type) {
    case "confirm": {
      const decision = moveTo(ctx, session, "confirmed", "confirm", "confirmed");
      if (!decision.ok || !isEmployee(actor) || session.responsibleIds.includes(actor.id)) return decision;
      return accept([...decision.events, { type: "responsible_added", userId: actor.id }]);
    }
    case "cancel":
      return moveTo(ctx, session, "cancelled", "cancel", "cancelled");
    case "reopen":
      if (actor.role === "code_user") return refuse("not_allowed", "engine.sessionRequestNew");
      return moveTo(ctx, session, "confirmed", "reopen", "reopened");
    case "call_started":
      if (actor.role !== "sys") return refuse("forbidden", "engine.onlyEngineRule");
      // Both sides report the connection; the second report finds the call already running.
      if (category !== "confirmed") return accept([]);
      return moveTo(ctx, session, "in_progress", "call_started", "call_started");
    case "call_ended":
      if (actor.role !== "sys") return refuse("forbidden", "engine.onlyEngineRule");
      if (category !== "in_progress") return accept([]);
      return moveTo(ctx, session, ctx.ratingOn ? "done" : "closed", "call_ended", "call_ended");
    case "rate": {
      if (actor.role !== "code_user" || actor.id !== session.customerId) {
        return refuse("forbidden", "engine.sessionOnlyOwn");
      }
      if (category !== "done") return refuse("not_allowed", "engine.sessionNotDone");
      if (!Number.isInteger(command.stars) || command.stars < 1 || command.stars > 5) {
        return refuse("invalid", "engine.stars");
      }
      // The customer rates; the rule "done → closed on the rating" is the engine's own move.
      const decision = moveTo(ctx, session, "closed", "rating", "rating", SYS);
      if (!decision.ok) return decision;
      return accept([{ type: "rated", stars: command.stars, comment: command.comment }, ...decision.events]);
    }
    case "add_responsible": {
      if (actor.role !== "admin" && actor.role !== "moderator") {
        return refuse("forbidden", "engine.sessionOnlyManagersJoin");
      }
      if (category === "closed" || category === "cancelled") {
        return refuse("not_allowed", "engine.sessionFinished");
      }
      if (session.responsibleIds.includes(actor.id))
        return refuse("invalid", "engine.sessionAlreadyResponsible");
      return accept([{ type: "responsible_added", userId: actor.id }]);
    }
    case "link_ticket":
    case "unlink_ticket": {
      if (!isEmployee(actor) || SESSION_WORKFLOW.partiesOf(actor, session).length === 0) {
        return refuse("forbidden", "engine.sessionNotYours");
      }
      const linked = session.linkedTicketIds.includes(command.ticketId);
      if (command.type === "link_ticket" && linked) return refuse("invalid", "engine.sessionTicketLinked");
      if (command.type === "unlink_ticket" && !linked)
        return refuse("invalid", "engine.sessionTicketNotLinked");
      const type = command.type === "link_ticket" ? "ticket_linked" : "ticket_unlinked";
      return accept<SessionEventDraft>([{ type, ticketId: command.ticketId, number: command.number }]);
    }
  }
}

/** Whether the actor takes part in the call: the customer, or an employee responsible for it. */
export function mayJoinCall(ctx: SessionEngineContext): boolean {
  const { actor, session } = ctx;
  if (!session || actor.id === null) return false;
  const category = session.status.category;
  if (category !== "confirmed" && category !== "in_progress") return false;
  return actor.id === session.customerId || session.responsibleIds.includes(actor.id);
}

export type SessionActions = {
  readonly confirm: boolean;
  readonly cancel: boolean;
  readonly reopen: boolean;
  readonly rate: boolean;
  readonly addResponsible: boolean;
  readonly linkTickets: boolean;
  readonly joinCall: boolean;
};

/** The buttons a detail page shows: each is exactly what the engine would accept. */
export function sessionActions(ctx: SessionEngineContext): SessionActions {
  const ok = (command: SessionCommand) => decideSession(ctx, command).ok;
  const probe = "00000000-0000-0000-0000-000000000000";
  return {
    confirm: ok({ type: "confirm" }),
    cancel: ok({ type: "cancel" }),
    reopen: ok({ type: "reopen" }),
    rate: ok({ type: "rate", stars: 5, comment: null }),
    addResponsible: ok({ type: "add_responsible" }),
    linkTickets: ok({ type: "link_ticket", ticketId: probe, number: 0 }),
    joinCall: mayJoinCall(ctx),
  };
}
