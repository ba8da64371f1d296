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
const byMember = { actorRole: "member" as const, creatorRole: "code_user" as const, assigneeIds: ["m1"] };

describe("planTicketNotifications", () => {
  describe("a new message reaches the other side", () => {
    const message = { type: "message_posted" } as TicketEventPayload["event"];
    it("a customer's: the assignees, or before anyone accepted, the employees with an open offer", () => {
      const assigned = planTicketNotifications(
        { ...base, actorId: "cust", event: message },
        { actorRole: "code_user", creatorRole: "code_user", assigneeIds: ["m1", "m2"], offeredIds: ["m3"] },
      );
      expect(assigned).toEqual([
        { userId: "m1", kind: "message" },
        { userId: "m2", kind: "message" },
      ]);
      const offered = planTicketNotifications(
        { ...base, actorId: "cust", event: message },
        { actorRole: "code_user", creatorRole: "code_user", assigneeIds: [], offeredIds: ["m3"] },
      );
      expect(offered).toEqual([{ userId: "m3", kind: "message" }]);
    });

    it("an employee's: the customer, never on an internal ticket, never the other employees", () => {
      for (const actorRole of ["admin", "moderator", "member"] as const) {
        const planned = planTicketNotifications(
          { ...base, actorId: "m1", event: message },
          { actorRole, creatorRole: "code_user", assigneeIds: ["m1", "m2"] },
        );
        expect(planned).toEqual([{ userId: "cust", kind: "message" }]);
        const internal = planTicketNotifications(
          { ...base, visibility: "internal", actorId: "m1", event: message },
          { actorRole, creatorRole: "code_user", assigneeIds: ["m1", "m2"] },
        );
        expect(internal).toEqual([]);
      }
      // A ticket an employee opened has no customer side.
      const staffTicket = planTicketNotifications(
        { ...base, creatorId: "m2", actorId: "m1", event: message },
        { actorRole: "member", creatorRole: "member", assigneeIds: ["m1", "m2"] },
      );
      expect(staffTicket).toEqual([]);
    });
  });

  it("confirms a customer's new ticket to them, and tells an employee nothing of their own", () => {
    const byCustomer = planTicketNotifications(
      { ...base, actorId: "cust", event: { type: "created" } },
      { actorRole: "code_user", creatorRole: "code_user", assigneeIds: [] },
    );
    expect(byCustomer).toEqual([{ userId: "cust", kind: "created" }]);
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
    expect(planned).toEqual([{ userId: "m1", kind: "offer" }]);
  });

  it("tells a customer when their step changes, never of a move between the employees' statuses", () => {
    const internal = planTicketNotifications(
      { ...base, actorId: "m1", event: status("In Progress", "in_progress", "Awaiting parts", "on_hold") },
      byMember,
    );
    expect(internal).toEqual([]);
    const custom = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("In Progress", "in_progress", "Compensation review", "in_progress"),
      },
      byMember,
    );
    expect(custom).toEqual([]);
    const done = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("Compensation review", "in_progress", "Ready for pickup", "done"),
      },
      byMember,
    );
    expect(done).toEqual([{ userId: "cust", kind: "status" }]);
    expect(JSON.stringify(done)).not.toContain("Ready for pickup");
  });

  it("asks the customer for their answer when the ticket starts waiting for them, and only then", () => {
    const waiting = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("In Progress", "in_progress", "Awaiting customer", "waiting_customer"),
      },
      byMember,
    );
    expect(waiting).toEqual([{ userId: "cust", kind: "waiting" }]);
    const stillWaiting = planTicketNotifications(
      {
        ...base,
        actorId: "m1",
        event: status("Awaiting customer", "waiting_customer", "Awaiting photos", "waiting_customer"),
      },
      byMember,
    );
    expect(stillWaiting).toEqual([]);
  });

  it("never tells a customer about an internal ticket", () => {
    for (const event of [
      status("Assigned", "assigned", "Done", "done"),
      status("In Progress", "in_progress", "Awaiting customer", "waiting_customer"),
    ]) {
      expect(
        planTicketNotifications({ ...base, visibility: "internal", actorId: "m1", event }, byMember),
      ).toEqual([]);
    }
  });

  it("tells assignees (not the actor) when the customer reopens, and confirms to the customer", () => {
    const planned = planTicketNotifications(
      { ...base, actorId: "cust", event: status("Done", "done", "Reopened", "assigned", "reopened") },
      { actorRole: "code_user", creatorRole: "code_user", assigneeIds: ["m1", "m2"] },
    );
    expect(planned).toEqual([
      { userId: "m1", kind: "reopened" },
      { userId: "m2", kind: "reopened" },
      { userId: "cust", kind: "reopened" },
    ]);
  });

  it("tells assignees of a rating and of a confirmation, but not twice for the rating's close", () => {
    const facts = { actorRole: "code_user" as const, creatorRole: "code_user" as const, assigneeIds: ["m1"] };
    expect(
      planTicketNotifications({ ...base, actorId: "cust", event: { type: "rated", stars: 4 } }, facts),
    ).toEqual([{ userId: "m1", kind: "rated", data: { stars: 4 } }]);
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
    ).toEqual([{ userId: "m1", kind: "confirmed" }]);
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
      byMember,
    );
    expect(self).toEqual([]);
  });
});
