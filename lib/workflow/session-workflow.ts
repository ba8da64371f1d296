import { type Msg, msg } from "../i18n/msg";
import { NEW, type TransitionTable } from "./transition-table";
import type { EngineActor, WorkflowDefinition } from "./work-item-engine";

/** Fixed video-session statuses (workflow.md 3), in status-bar order. */
export const SESSION_CATEGORIES = [
  "requested",
  "confirmed",
  "in_progress",
  "done",
  "closed",
  "cancelled",
] as const;
export type SessionCategory = (typeof SESSION_CATEGORIES)[number];

/** Who a row names: A admin, M moderator, E an employee of this session, U its customer, sys the engine. */
export const SESSION_PARTIES = ["A", "M", "E", "U", "sys"] as const;
export type SessionParty = (typeof SESSION_PARTIES)[number];

export const SESSION_TRIGGERS = [
  "create",
  "confirm",
  "cancel",
  "call_started",
  "call_ended",
  "rating",
  "reopen",
] as const;
export type SessionTrigger = (typeof SESSION_TRIGGERS)[number];

/** The table of workflow.md 3, row by row. Anything not listed is refused. */
export const SESSION_TRANSITIONS: TransitionTable<SessionCategory, SessionParty, SessionTrigger> = [
  { from: [NEW], to: ["requested"], who: ["U"], via: ["create"], note: "optionally from a ticket" },
  { from: [NEW], to: ["confirmed"], who: ["E", "A", "M"], via: ["create"], note: "employee-created" },
  { from: ["requested"], to: ["confirmed"], who: ["E", "A", "M"], via: ["confirm"], note: "" },
  { from: ["requested"], to: ["cancelled"], who: ["U", "E", "A", "M"], via: ["cancel"], note: "U: own" },
  { from: ["confirmed"], to: ["in_progress"], who: ["sys"], via: ["call_started"], note: "both connected" },
  {
    from: ["in_progress"],
    to: ["done", "closed"],
    who: ["sys"],
    via: ["call_ended"],
    note: "done if rating",
  },
  { from: ["done"], to: ["closed"], who: ["sys"], via: ["rating"], note: "on the customer's rating" },
  {
    from: ["requested", "confirmed", "in_progress", "done"],
    to: ["cancelled"],
    who: ["E", "A", "M"],
    via: ["cancel"],
    note: "at any time",
  },
  {
    from: ["closed"],
    to: ["confirmed"],
    who: ["E", "A", "M"],
    via: ["reopen"],
    note: "customers request anew",
  },
];

/** The statuses the migration seeds for sessions; they cannot be renamed or extended. */
export const SESSION_SYSTEM_STATUSES = [
  { key: "requested", category: "requested", name: "Requested", color: "#3b82f6" },
  { key: "confirmed", category: "confirmed", name: "Confirmed", color: "#6366f1" },
  { key: "in_progress", category: "in_progress", name: "In Progress", color: "#f59e0b" },
  { key: "done", category: "done", name: "Done", color: "#22c55e" },
  { key: "closed", category: "closed", name: "Closed", color: "#15803d" },
  { key: "cancelled", category: "cancelled", name: "Cancelled", color: "#ef4444" },
] as const satisfies readonly { key: string; category: SessionCategory; name: string; color: string }[];

export const SESSION_STEPS = [
  "Requested",
  "Confirmed",
  "In Progress",
  "Done",
  "Closed",
  "Cancelled",
] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

export function sessionStepOf(category: SessionCategory): SessionStep {
  switch (category) {
    case "requested":
      return "Requested";
    case "confirmed":
      return "Confirmed";
    case "in_progress":
      return "In Progress";
    case "done":
      return "Done";
    case "closed":
      return "Closed";
    case "cancelled":
      return "Cancelled";
  }
}

export const sessionCategoryMsg = (category: SessionCategory): Msg => msg(`workflow.categories.${category}`);

/** What the engine knows of a session when it decides. */
export type SessionState = {
  readonly customerId: string;
  /** Employees who received the request (the asset's responsible employees, else every member). */
  readonly recipientIds: readonly string[];
  /** Whoever confirmed it, and admins/moderators who added themselves. */
  readonly responsibleIds: readonly string[];
};

/**
 * A member is "E" of a session they received or are responsible for (and of any session they
 * create); the customer is "U" of their own only.
 */
export function sessionPartiesOf(actor: EngineActor, session: SessionState | null): SessionParty[] {
  switch (actor.role) {
    case "sys":
      return ["sys"];
    case "admin":
      return ["A"];
    case "moderator":
      return ["M"];
    case "member":
      if (!session) return ["E"];
      return session.recipientIds.includes(actor.id) || session.responsibleIds.includes(actor.id)
        ? ["E"]
        : [];
    case "code_user":
      if (!session) return ["U"];
      return session.customerId === actor.id ? ["U"] : [];
  }
}

export const SESSION_WORKFLOW: WorkflowDefinition<
  SessionCategory,
  SessionParty,
  SessionTrigger,
  SessionState
> = {
  kind: "video_session",
  table: SESSION_TRANSITIONS,
  partiesOf: sessionPartiesOf,
  categoryMsg: sessionCategoryMsg,
  cannotMoveKey: "engine.sessionCannotMove",
  strangerKey: (actor) => (actor.role === "code_user" ? "engine.sessionOnlyOwn" : "engine.sessionNotYours"),
};
