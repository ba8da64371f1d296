import { describe, expect, it } from "vitest";
import { planTicketNotifications, type TicketEventPayload } from "./plan-ticket-notifications";

const base = { eventId: 1, ticketId: "t1", number: 1042, creatorId: "cust", visibility: "public" as const };
const status = (from: string, fromCat: string, to: string, toCat: string, reason = "menu") =>
  ({
    type: "status_changed",
    reason,
    from: { name: from, category: fromCat },
    to: { name: to, category: toCat },
  }) as TicketEventPayload["event"];

describe("planTicketNotifications", () => {
  it("confirms a customer's new ticket to them, and tells an employee nothing of their own", () => {
    const byCustomer = planTicketNotifications(
      { ...base, actorId: "cust", event: { type: "created" } },
      { actorRole: "code_user", creatorRole: "code_user", assigneeIds: [] },
    );
    expect(byCustomer).toEqual([
      {
        userId: "cust",
        kind: "created",
        title: "We received your ticket T-1042",
        link: "/portal/tickets/1042",
      },
    ]);
    const byEmployee = planTicketNotifications(
      { ...base, creatorId: "m1", actorId: "m1", event: { type: "created" } },
      { actorRole: "member", creatorRole: "member", assigneeIds: [] },
    );
    expect(byEmployee).toEqual([]);
  });

  it("offers a ticket to the offered employee", () => {
    const planned = planTicketNotifications(
      { ...base, actorId: "cust", event: { type: "offer_created", userId: "m1" } },
      { actorRole: "code_user", creatorRole: "code_user", assigneeIds: [] },
    );
    expect(planned).toEqual([
      { userId: "m1", kind: "offer", title: "New ticket offer: T-1042", link: "/tickets/1042" },
    ]);
  });

  it("tells a customer creator the step in category words, never the custom name", () => {
    const planned = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("In Progress", "in_progress", "Awaiting customer", "waiting_customer"),
      },
      { actorRole: "member", creatorRole: "code_user", assigneeIds: ["m1"] },
    );
    expect(planned).toEqual([]); // still "In Progress" for the customer: nothing new to say
    const done = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("Compensation review", "in_progress", "Ready for pickup", "done"),
      },
      { actorRole: "member", creatorRole: "code_user", assigneeIds: ["m1"] },
    );
    expect(done).toEqual([
      {
        userId: "cust",
        kind: "status",
        title: "Your ticket T-1042 is now Done",
        link: "/portal/tickets/1042",
      },
    ]);
    expect(JSON.stringify(done)).not.toContain("Ready for pickup");
  });

  it("never tells a customer about an internal ticket", () => {
    const planned = planTicketNotifications(
      {
        ...base,
        visibility: "internal",
        actorId: "m1",
        event: status("Assigned", "assigned", "Done", "done"),
      },
      { actorRole: "member", creatorRole: "code_user", assigneeIds: ["m1"] },
    );
    expect(planned).toEqual([]);
  });

  it("tells assignees (not the actor) when the customer reopens, and confirms to the customer", () => {
    const planned = planTicketNotifications(
      { ...base, actorId: "cust", event: status("Done", "done", "Reopened", "assigned", "reopened") },
      { actorRole: "code_user", creatorRole: "code_user", assigneeIds: ["m1", "m2"] },
    );
    expect(planned.map((p) => p.userId)).toEqual(["m1", "m2", "cust"]);
    expect(planned[2]?.link).toBe("/portal/tickets/1042");
  });

  it("tells assignees of a rating and of a confirmation, but not twice for the rating's close", () => {
    const facts = { actorRole: "code_user" as const, creatorRole: "code_user" as const, assigneeIds: ["m1"] };
    expect(
      planTicketNotifications({ ...base, actorId: "cust", event: { type: "rated", stars: 4 } }, facts),
    ).toHaveLength(1);
    expect(
      planTicketNotifications(
        { ...base, actorId: "cust", event: status("Done", "done", "Closed", "closed", "rating") },
        facts,
      ),
    ).toEqual([]);
    expect(
      planTicketNotifications(
        { ...base, actorId: "cust", event: status("Done", "done", "Closed", "closed", "confirmation") },
        facts,
      ),
    ).toHaveLength(1);
  });

  it("does not notify people of their own actions", () => {
    const planned = planTicketNotifications(
      {
        ...base,
        creatorId: "m1",
        actorId: "m1",
        event: status("Assigned", "assigned", "In Progress", "in_progress"),
      },
      { actorRole: "member", creatorRole: "member", assigneeIds: ["m1"] },
    );
    expect(planned).toEqual([]);
    const self = planTicketNotifications(
      { ...base, actorId: "m1", event: { type: "assignee_added", userId: "m1" } },
      { actorRole: "member", creatorRole: "code_user", assigneeIds: ["m1"] },
    );
    expect(self).toEqual([]);
  });
});
