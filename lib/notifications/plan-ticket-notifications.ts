import type { Role } from "../workflow/roles";
import { customerLabel, type TicketCategory } from "../workflow/ticket-categories";

/** What the outbox row of a ticket event carries (see apply-ticket-events.ts). */
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
};

export type PlannedNotification = { userId: string; kind: string; title: string; link: string };

const staffLink = (n: number) => `/tickets/${n}`;
const portalLink = (n: number) => `/portal/tickets/${n}`;

/**
 * Who hears of a ticket event, and what they read (workflow.md 6). Customers hear only of public
 * tickets and only in category words: no custom status names, no internal detail.
 */
export function planTicketNotifications(p: TicketEventPayload, facts: Facts): PlannedNotification[] {
  const ref = `T-${p.number}`;
  const notActor = (userId: string) => userId !== p.actorId;
  const toAssignees = (kind: string, title: string) =>
    facts.assigneeIds.filter(notActor).map((userId) => ({ userId, kind, title, link: staffLink(p.number) }));
  const creatorIsCustomer = facts.creatorRole === "code_user";
  const creatorMayHear = !creatorIsCustomer || p.visibility === "public";
  const event = p.event;

  switch (event.type) {
    case "created":
      // Employees made it themselves; a customer is told it arrived.
      return creatorIsCustomer
        ? [
            {
              userId: p.creatorId,
              kind: "created",
              title: `We received your ticket ${ref}`,
              link: portalLink(p.number),
            },
          ]
        : [];
    case "offer_created":
      if (!("userId" in event)) return [];
      return [
        { userId: event.userId, kind: "offer", title: `New ticket offer: ${ref}`, link: staffLink(p.number) },
      ];
    case "assignee_added":
      if (!("userId" in event) || !notActor(event.userId)) return [];
      return [
        {
          userId: event.userId,
          kind: "assigned",
          title: `You were assigned to ${ref}`,
          link: staffLink(p.number),
        },
      ];
    case "rated":
      return "stars" in event
        ? toAssignees("rated", `${ref} was rated ${event.stars} of 5 by the customer`)
        : [];
    case "status_changed": {
      if (!("to" in event)) return [];
      if (facts.actorRole === "code_user") {
        if (event.reason === "reopened") {
          return [
            ...toAssignees("reopened", `The customer reopened ${ref}`),
            ...(p.actorId
              ? [
                  {
                    userId: p.actorId,
                    kind: "reopened",
                    title: `You reopened ${ref}`,
                    link: portalLink(p.number),
                  },
                ]
              : []),
          ];
        }
        if (event.reason === "confirmation")
          return toAssignees("closed", `The customer confirmed ${ref} is resolved`);
        return []; // a rating says it already; a customer's own cancel needs no echo
      }
      if (!creatorMayHear || !notActor(p.creatorId)) return [];
      if (creatorIsCustomer) {
        const step = customerLabel(event.to.category);
        if (step === customerLabel(event.from.category)) return [];
        return [
          {
            userId: p.creatorId,
            kind: "status",
            title: `Your ticket ${ref} is now ${step}`,
            link: portalLink(p.number),
          },
        ];
      }
      return [
        {
          userId: p.creatorId,
          kind: "status",
          title: `${ref} is now ${event.to.name}`,
          link: staffLink(p.number),
        },
      ];
    }
    default:
      return [];
  }
}
