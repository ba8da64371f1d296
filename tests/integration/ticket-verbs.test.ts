/** Ticket verbs, part 1: creating, offers, assignment and the status menu (closing: ticket-closing.test.ts). */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { declineOffer } from "@/lib/tickets/decline-offer";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { setTicketAssignees } from "@/lib/tickets/set-ticket-assignees";
import { withdrawOffer } from "@/lib/tickets/withdraw-offer";
import { makeAsset } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import {
  assigneesOf,
  eventsOf,
  expectChange,
  expectOutboxFor,
  expectUnchanged,
  moveTo,
  offersOf,
  refusal,
  snapshot,
  statusIdOf,
  ticketRow,
} from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let moderator: Actor;
let m1: Actor;
let m2: Actor;
let m3: Actor;
let disabledMember: Actor;
let cust: Actor;
let asset: TicketWorld["asset"];
let bareAsset: TicketWorld["asset"];
let as: TicketWorld["as"];
let openTicket: TicketWorld["openTicket"];
let assignedTicket: TicketWorld["assignedTicket"];

beforeAll(async () => {
  handle = await createTestDb();
  ({
    db,
    admin,
    moderator,
    m1,
    m2,
    m3,
    disabledMember,
    cust,
    asset,
    bareAsset,
    as,
    openTicket,
    assignedTicket,
  } = await makeTicketWorld(handle.db));
});
afterAll(() => handle.close());

describe("createTicket", () => {
  it("submits draft → open with a created event, a status change and offers to the active responsibles", async () => {
    const result = await createTicket(as(cust), {
      title: "Pump leaks",
      assetId: asset.id,
      visibility: "internal",
    });
    const row = await ticketRow(db, result.ticketId);
    expect(row.statusId).toBe(await statusIdOf(db, "open"));
    expect(row.visibility).toBe("public"); // customers' tickets are forced public
    expect(row.version).toBe(2); // inserted at 1, one change
    expect(result.version).toBe(2);
    const events = await eventsOf(db, result.ticketId);
    expect(events.map((e) => e.type)).toEqual([
      "created",
      "status_changed",
      "offer_created",
      "offer_created",
    ]);
    expect(events[1]).toMatchObject({ fromCategory: "draft", toCategory: "open" });
    expect(await offersOf(db, result.ticketId)).toEqual({ [m1.id]: "pending", [m2.id]: "pending" });
    // Every event gets its outbox row, "created" (the creator's confirmation) included.
    await expectOutboxFor(db, result.ticketId, events);
    expect((await snapshot(db, result.ticketId)).outbox).toBe(4);
  });

  it("offers to every active member when the asset has no responsible employees", async () => {
    const { ticketId } = await createTicket(as(cust), { title: "No one responsible", assetId: bareAsset.id });
    expect(await offersOf(db, ticketId)).toEqual({
      [m1.id]: "pending",
      [m2.id]: "pending",
      [m3.id]: "pending",
    });
  });

  it("keeps an employee's internal ticket internal", async () => {
    const { ticketId } = await createTicket(as(m3), { title: "Internal check", visibility: "internal" });
    expect((await ticketRow(db, ticketId)).visibility).toBe("internal");
  });

  it("refuses a customer an asset they do not hold, writing nothing", async () => {
    const foreign = await makeAsset(db, { responsible: [m1] });
    const before = await db.select().from(tickets);
    const error = await refusal(createTicket(as(cust), { title: "Not mine", assetId: foreign.id }));
    expect(error.code).toBe("invalid");
    expect(await db.select().from(tickets)).toHaveLength(before.length);
  });
});

describe("offers", () => {
  it("accepting moves open → assigned, adds the assignee and marks the offer accepted", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    const result = await acceptOffer(as(m1), { ticketId: id });
    const events = await expectChange(db, id, before, ["offer_accepted", "assignee_added", "status_changed"]);
    expect(events[2]).toMatchObject({
      fromCategory: "open",
      toCategory: "assigned",
      toStatusId: result.statusId,
    });
    expect(result.statusId).toBe(await statusIdOf(db, "assigned"));
    expect(await assigneesOf(db, id)).toEqual([m1.id]);
    expect(await offersOf(db, id)).toEqual({ [m1.id]: "accepted", [m2.id]: "pending" });

    // A second acceptance adds an assignee without another status change.
    const again = await snapshot(db, id);
    await acceptOffer(as(m2), { ticketId: id });
    await expectChange(db, id, again, ["offer_accepted", "assignee_added"]);
    expect(await assigneesOf(db, id)).toEqual([m1.id, m2.id].sort());
  });

  it("refuses accepting without a pending offer", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    expect((await refusal(acceptOffer(as(m3), { ticketId: id }))).code).toBe("not_allowed");
    await expectUnchanged(db, id, before);
  });

  it("declining keeps the ticket open and marks the offer declined, once", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    await declineOffer(as(m2), { ticketId: id });
    await expectChange(db, id, before, ["offer_declined"]);
    expect(await offersOf(db, id)).toEqual({ [m1.id]: "pending", [m2.id]: "declined" });
    expect((await ticketRow(db, id)).statusId).toBe(before.statusId);
    expect((await refusal(declineOffer(as(m2), { ticketId: id }))).code).toBe("not_allowed");
  });

  it("withdrawing is for admins and moderators only", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    const asMember = refusal(withdrawOffer(as(m1), { ticketId: id, version: before.version, userId: m2.id }));
    expect((await asMember).code).toBe("forbidden");
    await expectUnchanged(db, id, before);
    await withdrawOffer(as(moderator), { ticketId: id, version: before.version, userId: m2.id });
    await expectChange(db, id, before, ["offer_withdrawn"]);
    const next = await snapshot(db, id);
    await withdrawOffer(as(admin), { ticketId: id, version: next.version, userId: m1.id });
    await expectChange(db, id, next, ["offer_withdrawn"]);
    expect(await offersOf(db, id)).toEqual({ [m1.id]: "withdrawn", [m2.id]: "withdrawn" });
  });
});

describe("setTicketAssignees", () => {
  it("assigning on an open ticket moves it to Assigned; the last assignee cannot be removed", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    await setTicketAssignees(as(admin), { ticketId: id, version: before.version, userIds: [m3.id] });
    const events = await expectChange(db, id, before, ["assignee_added", "status_changed"]);
    expect(events[1]).toMatchObject({ fromCategory: "open", toCategory: "assigned" });
    expect(await assigneesOf(db, id)).toEqual([m3.id]);

    const assigned = await snapshot(db, id);
    const removeAll = await refusal(
      setTicketAssignees(as(admin), { ticketId: id, version: assigned.version, userIds: [] }),
    );
    expect(removeAll.code).toBe("not_allowed");
    await expectUnchanged(db, id, assigned);

    // Swapping m3 for m1 withdraws m1's pending offer in the same change.
    await setTicketAssignees(as(moderator), { ticketId: id, version: assigned.version, userIds: [m1.id] });
    await expectChange(db, id, assigned, ["assignee_added", "assignee_removed", "offer_withdrawn"]);
    expect(await assigneesOf(db, id)).toEqual([m1.id]);
  });

  it("refuses members, and anyone who is not an active employee", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    const byMember = await refusal(
      setTicketAssignees(as(m1), { ticketId: id, version: before.version, userIds: [m1.id] }),
    );
    expect(byMember.code).toBe("forbidden");
    for (const user of [cust, disabledMember]) {
      const error = await refusal(
        setTicketAssignees(as(admin), { ticketId: id, version: before.version, userIds: [user.id] }),
      );
      expect(error.code).toBe("invalid");
    }
    await expectUnchanged(db, id, before);
  });
});

describe("changeTicketStatus", () => {
  it("lets an assigned member work the ticket to Done, one event per step", async () => {
    const id = await assignedTicket();
    for (const [key, from, to] of [
      ["in_progress", "assigned", "in_progress"],
      ["waiting_customer", "in_progress", "waiting_customer"],
      ["done", "waiting_customer", "done"],
    ] as const) {
      const before = await snapshot(db, id);
      const result = await moveTo(as(m1), id, key);
      const [event] = await expectChange(db, id, before, ["status_changed"]);
      expect(event).toMatchObject({ fromCategory: from, toCategory: to, actorId: m1.id });
      expect(result).toMatchObject({ version: before.version + 1, statusId: await statusIdOf(db, key) });
    }
  });

  it("refuses what the table does not allow, leaving version, status, events and outbox unchanged", async () => {
    const id = await assignedTicket();
    const before = await snapshot(db, id);
    const tryMove = async (actor: Actor, key: Parameters<typeof statusIdOf>[1]) =>
      (await refusal(moveTo(as(actor), id, key))).code;
    expect(await tryMove(m2, "in_progress")).toBe("not_allowed"); // not assigned (offer still pending)
    expect(await tryMove(admin, "open")).toBe("not_allowed"); // never back to open
    expect(await tryMove(admin, "draft")).toBe("not_allowed");
    expect(await tryMove(admin, "done")).toBe("not_allowed"); // assigned → done skips the work
    expect(await tryMove(m1, "closed")).toBe("not_allowed"); // only A/M force close
    expect(await tryMove(cust, "in_progress")).toBe("forbidden");
    await expectUnchanged(db, id, before);
  });

  it("lets an admin close unsuccessfully, withdrawing pending offers", async () => {
    const id = await assignedTicket();
    await moveTo(as(admin), id, "in_progress");
    const before = await snapshot(db, id);
    await moveTo(as(admin), id, "closed_unsuccessful");
    await expectChange(db, id, before, ["status_changed", "offer_withdrawn"]);
    expect(await offersOf(db, id)).toEqual({ [m1.id]: "accepted", [m2.id]: "withdrawn" });
  });

  it("a stale version is a conflict and writes nothing", async () => {
    const id = await assignedTicket();
    const before = await snapshot(db, id);
    const stale = changeTicketStatus(as(admin), {
      ticketId: id,
      version: before.version - 1,
      statusId: await statusIdOf(db, "in_progress"),
    });
    expect((await refusal(stale)).code).toBe("conflict");
    await expectUnchanged(db, id, before);
  });

  it("an unknown ticket is not_found; an unknown status is invalid", async () => {
    const inProgress = await statusIdOf(db, "in_progress");
    const missing = changeTicketStatus(as(admin), {
      ticketId: randomUUID(),
      version: 1,
      statusId: inProgress,
    });
    expect((await refusal(missing)).code).toBe("not_found");
    const id = await assignedTicket();
    const before = await snapshot(db, id);
    const bad = changeTicketStatus(as(admin), {
      ticketId: id,
      version: before.version,
      statusId: randomUUID(),
    });
    expect((await refusal(bad)).code).toBe("invalid");
    await expectUnchanged(db, id, before);
  });
});

describe("history", () => {
  it("shows employees one item per event, and customers their status steps only", async () => {
    const id = await assignedTicket(); // created, submitted, offers to m1 and m2, m1 took the offer
    const { version } = await ticketRow(db, id);
    await setTicketAssignees(as(admin), { ticketId: id, version, userIds: [m1.id, m3.id] });
    await moveTo(as(m1), id, "in_progress");
    const { number } = await ticketRow(db, id);

    const staff = (await getTicketDetail(as(admin), number))!.history.map((h) => h.text);
    expect(staff).toHaveLength((await eventsOf(db, id)).length);
    expect(staff).toEqual(
      expect.arrayContaining([
        `Offer accepted by ${m1.name}`,
        `${m1.name} assigned (took the offer)`,
        `${m3.name} assigned by ${admin.name}`,
        `Status changed to In Progress by ${m1.name}`,
      ]),
    );
    const customer = (await getTicketDetail(as(cust), number))!.history.map((h) => h.text);
    expect(customer).toEqual([
      "Ticket created",
      "Status changed to Open",
      "Status changed to Assigned",
      "Status changed to In Progress",
    ]);
  });
});
