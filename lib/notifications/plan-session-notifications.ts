import type { Role } from "../workflow/roles";

/** What the outbox row of a session event carries (see work-items/outbox-row.ts). */
export type SessionEventPayload = {
  kind: "video_session";
  itemId: string;
  number: number;
  actorId: string | null;
  creatorId: string;
  visibility: "internal" | "public";
  eventId: number;
  event:
    | { type: "created"; status: { category: string } }
    | { type: "status_changed"; reason: string; to: { category: string } }
    | { type: string };
};

export const SESSION_NOTIFICATION_KINDS = [
  "session_requested",
  "session_set_up",
  "session_confirmed",
  "session_cancelled",
] as const;
export type SessionNotificationKind = (typeof SESSION_NOTIFICATION_KINDS)[number];

export type SessionFacts = {
  actorRole: Role | "sys";
  recipientIds: readonly string[];
  responsibleIds: readonly string[];
};

/**
 * workflow.md 6, "video session requested / confirmed / cancelled → the other side": a request
 * tells the employees who received it; a confirmation (or a session set up by an employee) and an
 * employee's cancellation tell the customer, in the bell and by e-mail; a customer's cancellation
 * tells the employees. Nobody is told of their own action, and a customer never of an internal
 * session.
 */
export function planSessionNotifications(
  payload: SessionEventPayload,
  facts: SessionFacts,
): {
  inApp: { userId: string; kind: SessionNotificationKind }[];
  emailCustomer: SessionNotificationKind | null;
} {
  const planned = planFor(payload, facts);
  if (payload.visibility === "public") return planned;
  return { inApp: planned.inApp.filter((n) => n.userId !== payload.creatorId), emailCustomer: null };
}

function planFor(
  payload: SessionEventPayload,
  facts: SessionFacts,
): {
  inApp: { userId: string; kind: SessionNotificationKind }[];
  emailCustomer: SessionNotificationKind | null;
} {
  const { event } = payload;
  const customer = payload.creatorId;
  const staff = [...new Set([...facts.responsibleIds, ...facts.recipientIds])];
  const to = (ids: readonly string[], kind: SessionNotificationKind) =>
    ids.filter((id) => id !== payload.actorId).map((userId) => ({ userId, kind }));
  if (event.type === "created" && "status" in event) {
    if (event.status.category === "requested")
      return { inApp: to(facts.recipientIds, "session_requested"), emailCustomer: null };
    return { inApp: to([customer], "session_set_up"), emailCustomer: "session_set_up" };
  }
  if (event.type === "status_changed" && "reason" in event) {
    if (event.reason === "confirmed")
      return { inApp: to([customer], "session_confirmed"), emailCustomer: "session_confirmed" };
    if (event.reason === "cancelled") {
      if (facts.actorRole === "code_user")
        return { inApp: to(staff, "session_cancelled"), emailCustomer: null };
      return { inApp: to([customer], "session_cancelled"), emailCustomer: "session_cancelled" };
    }
  }
  return { inApp: [], emailCustomer: null };
}
