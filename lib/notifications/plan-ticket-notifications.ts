import type { Role } from "../workflow/roles";
import { customerLabel, type TicketCategory } from "../workflow/ticket-categories";

/** What the outbox row of a ticket event carries (see ticket-event-outbox.ts). */
export type TicketEventPayload = {
  eventId: number;
  ticketId: string;
  number: number;
  actorId: string | null;
  visibility: "internal" | "public";
  creatorId: string;
  event:
    | {
        type: "status_changed";
        reason: string;
        from: { name: string; category: TicketCategory };
        to: { name: string; category: TicketCategory };
      }
    | { type: "offer_created" | "assignee_added" | "assignee_removed"; userId: string }
    | { type: "rated"; stars: number }
    | { type: string };
};

export type Facts = {
  actorRole: Role | "sys";
  creatorRole: Role;
  assigneeIds: readonly string[];
  /** Employees with a pending offer: who hears of a customer's message before anyone is assigned. */
  offeredIds?: readonly string[];
};

/** What a bell entry says happened last; its words come from the ticket's state when read. */
export const NOTIFICATION_KINDS = [
  "created",
  "offer",
  "assigned",
  "rated",
  "reopened",
  "confirmed",
  "status",
  "waiting",
  "message",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type PlannedNotification = { userId: string; kind: NotificationKind; data?: Record<string, unknown> };

/**
 * Who hears of a ticket event (workflow.md 6). Customers hear of public tickets only, and only of
 * what concerns them: their ticket arrived, its step changed, or it waits for their answer; never
 * of moves between the employees' own statuses.
 */
export function planTicketNotifications(p: TicketEventPayload, facts: Facts): PlannedNotification[] {
  const notActor = (userId: string) => userId !== p.actorId;
  const toAssignees = (kind: NotificationKind, data?: Record<string, unknown>) =>
    facts.assigneeIds.filter(notActor).map((userId) => ({ userId, kind, ...(data ? { data } : {}) }));
  const creatorIsCustomer = facts.creatorRole === "code_user";
  const creatorMayHear = !creatorIsCustomer || p.visibility === "public";
  const event = p.event;

  switch (event.type) {
    case "created":
      // Employees made it themselves; a customer is told it arrived.
      return creatorIsCustomer ? [{ userId: p.creatorId, kind: "created" }] : [];
    case "offer_created":
      return "userId" in event ? [{ userId: event.userId, kind: "offer" }] : [];
    case "assignee_added":
      if (!("userId" in event) || !notActor(event.userId)) return [];
      return [{ userId: event.userId, kind: "assigned" }];
    case "rated":
      return "stars" in event ? toAssignees("rated", { stars: event.stars }) : [];
    case "status_changed": {
      if (!("to" in event)) return [];
      if (facts.actorRole === "code_user") {
        if (event.reason === "reopened") {
          const own = p.actorId ? [{ userId: p.actorId, kind: "reopened" as const }] : [];
          return [...toAssignees("reopened"), ...own];
        }
        if (event.reason === "confirmation") return toAssignees("confirmed");
        return []; // a rating says it already; a customer's own cancel needs no echo
      }
      if (!creatorMayHear || !notActor(p.creatorId)) return [];
      if (!creatorIsCustomer) return [{ userId: p.creatorId, kind: "status" }];
      if (event.to.category === "waiting_customer" && event.from.category !== "waiting_customer") {
        return [{ userId: p.creatorId, kind: "waiting" }];
      }
      if (customerLabel(event.to.category) === customerLabel(event.from.category)) return [];
      return [{ userId: p.creatorId, kind: "status" }];
    }
    case "message_posted": {
      // The other side: a customer's message reaches the assignees (or, before anyone accepted, the
      // employees it was offered to); an employee's reaches the customer, never on an internal ticket.
      if (facts.actorRole === "code_user") {
        const staff = facts.assigneeIds.length > 0 ? facts.assigneeIds : (facts.offeredIds ?? []);
        return staff.filter(notActor).map((userId) => ({ userId, kind: "message" as const }));
      }
      if (!creatorIsCustomer || !creatorMayHear || !notActor(p.creatorId)) return [];
      return [{ userId: p.creatorId, kind: "message" }];
    }
    default:
      return [];
  }
}
