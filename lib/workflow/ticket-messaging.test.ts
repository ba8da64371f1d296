import { describe, expect, it } from "vitest";
import { TICKET_CATEGORIES, type TicketCategory } from "./ticket-categories";
import { type MessagingRefusal, messagingRefusal, updateRefusal } from "./ticket-messaging";
import type { EngineActor } from "./ticket-model";

const CUSTOMER_WRITES: ReadonlySet<TicketCategory> = new Set([
  "open",
  "assigned",
  "in_progress",
  "waiting_customer",
  "on_hold",
  "done",
]);

const ticket = (category: TicketCategory) => ({
  creatorId: "cust",
  assigneeIds: ["assigned-member"],
  status: { category },
});

const actors: [string, EngineActor, (c: TicketCategory) => MessagingRefusal | null][] = [
  ["admin", { id: "a", role: "admin" }, () => null],
  ["moderator", { id: "m", role: "moderator" }, () => null],
  ["assigned member", { id: "assigned-member", role: "member" }, () => null],
  ["unassigned member", { id: "other-member", role: "member" }, () => "notAssigned"],
  ["creator", { id: "cust", role: "code_user" }, (c) => (CUSTOMER_WRITES.has(c) ? null : "customerReadOnly")],
  ["another customer", { id: "other", role: "code_user" }, () => "notYours"],
  ["engine", { id: null, role: "sys" }, () => "engine"],
];

describe("who may write in a ticket's messenger, every role × category", () => {
  for (const [label, actor, expected] of actors) {
    it.each(TICKET_CATEGORIES)(`${label} in %s`, (category) => {
      expect(messagingRefusal(actor, ticket(category))).toBe(expected(category));
    });
  }
});

describe("who may add an update: the writers of the messenger, internal ones employees only", () => {
  for (const [label, actor, expected] of actors) {
    it.each(TICKET_CATEGORIES)(`${label} in %s`, (category) => {
      expect(updateRefusal(actor, ticket(category), "public")).toBe(expected(category));
      const staff = actor.role !== "code_user" && actor.role !== "sys";
      expect(updateRefusal(actor, ticket(category), "internal")).toBe(
        staff ? expected(category) : "internalStaffOnly",
      );
    });
  }
});
