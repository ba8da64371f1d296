/** Ticket verbs, part 2: done policies, auto-close, reopen and cancel. */
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { ratings, tickets } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { autoCloseTickets } from "@/lib/tickets/auto-close-tickets";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { confirmTicketResolution } from "@/lib/tickets/confirm-ticket-resolution";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { reopenTicket } from "@/lib/tickets/reopen-ticket";
import { DEFAULT_DONE_POLICY } from "@/lib/workflow/done-policy";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import {
  driveTo,
  eventsOf,
  expectChange,
  expectUnchanged,
  moveTo,
  offersOf,
  refusal,
  setDonePolicy,
  snapshot,
  statusIdOf,
  ticketRow,
} from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let m1: Actor;
let m2: Actor;
let cust: Actor;
let otherCust: Actor;
let as: TicketWorld["as"];
let openTicket: TicketWorld["openTicket"];
let assignedTicket: TicketWorld["assignedTicket"];
let doneTicket: TicketWorld["doneTicket"];

beforeAll(async () => {
  handle = await createTestDb();
  ({ db, admin, m1, m2, cust, otherCust, as, openTicket, assignedTicket, doneTicket } = await makeTicketWorld(
    handle.db,
  ));
});
afterAll(() => handle.close());
afterEach(() => setDonePolicy(db, DEFAULT_DONE_POLICY));

describe("closing a done ticket", () => {
  it("rating (default policy) closes it and stores the rating", async () => {
    const id = await doneTicket();
    const before = await snapshot(db, id);
    const byOther = rateTicket(as(otherCust), {
      ticketId: id,
      version: before.version,
      stars: 5,
      comment: null,
    });
    expect((await refusal(byOther)).code).toBe("forbidden");
    const outOfRange = rateTicket(as(cust), {
      ticketId: id,
      version: before.version,
      stars: 6,
      comment: null,
    });
    expect((await refusal(outOfRange)).code).toBe("invalid");
    const confirm = confirmTicketResolution(as(cust), { ticketId: id, version: before.version });
    expect((await refusal(confirm)).code).toBe("not_allowed");
    await expectUnchanged(db, id, before);

    await rateTicket(as(cust), { ticketId: id, version: before.version, stars: 4, comment: "Quick fix" });
    const events = await expectChange(db, id, before, ["rated", "status_changed", "offer_withdrawn"]);
    expect(events[1]).toMatchObject({ fromCategory: "done", toCategory: "closed" });
    expect(await db.select().from(ratings).where(eq(ratings.ticketId, id))).toMatchObject([
      { userId: cust.id, stars: 4, comment: "Quick fix" },
    ]);
    const { number } = await ticketRow(db, id);
    expect((await getTicketDetail(as(cust), number))?.rating).toEqual({ stars: 4, comment: "Quick fix" });
    // Another holder of the asset sees the stars, not the creator's comment.
    expect((await getTicketDetail(as(otherCust), number))?.rating).toEqual({ stars: 4, comment: null });
    expect((await getTicketDetail(as(m2), number))?.rating).toEqual({ stars: 4, comment: "Quick fix" });
  });

  it("confirmation policy: the customer confirms and the ticket closes", async () => {
    await setDonePolicy(db, { mode: "confirmation", autoCloseAfterDays: null });
    const id = await doneTicket();
    const before = await snapshot(db, id);
    const rate = rateTicket(as(cust), { ticketId: id, version: before.version, stars: 5, comment: null });
    expect((await refusal(rate)).code).toBe("not_allowed");
    await confirmTicketResolution(as(cust), { ticketId: id, version: before.version });
    const [event] = await expectChange(db, id, before, ["status_changed", "offer_withdrawn"]);
    expect(event).toMatchObject({ toCategory: "closed", data: { reason: "confirmation" } });
    expect(await db.select().from(ratings).where(eq(ratings.ticketId, id))).toHaveLength(0);
  });

  it("immediate policy: Done moves on to Closed in the same call", async () => {
    await setDonePolicy(db, { mode: "immediate", autoCloseAfterDays: null });
    const id = await assignedTicket();
    await moveTo(as(m1), id, "in_progress");
    const before = await snapshot(db, id);
    const result = await moveTo(as(m1), id, "done");
    const events = await expectChange(db, id, before, [
      "status_changed",
      "status_changed",
      "offer_withdrawn",
    ]);
    expect(events.map((e) => e.toCategory)).toEqual(["done", "closed", null]);
    expect(result.statusId).toBe(await statusIdOf(db, "closed"));
  });

  it("auto-close closes done tickets older than the policy's days, and only those", async () => {
    await setDonePolicy(db, { mode: "rating", autoCloseAfterDays: 3 });
    const [old, recent] = [await doneTicket(), await doneTicket()];
    const day = 24 * 60 * 60 * 1000;
    await db
      .update(tickets)
      .set({ statusChangedAt: new Date(Date.now() - 4 * day) })
      .where(eq(tickets.id, old));
    await db
      .update(tickets)
      .set({ statusChangedAt: new Date(Date.now() - 2 * day) })
      .where(eq(tickets.id, recent));
    const [beforeOld, beforeRecent] = [await snapshot(db, old), await snapshot(db, recent)];
    expect(await autoCloseTickets(db)).toBe(1);
    const [event] = await expectChange(db, old, beforeOld, ["status_changed", "offer_withdrawn"]);
    expect(event).toMatchObject({ toCategory: "closed", actorId: null, data: { reason: "auto_close" } });
    const recentRow = await ticketRow(db, recent);
    expect([recentRow.version, recentRow.statusId]).toEqual([beforeRecent.version, beforeRecent.statusId]);
    expect(await eventsOf(db, recent, beforeRecent.lastEventId)).toEqual([]);
  });
});

describe("reopenTicket and cancelTicket", () => {
  it("the customer reopens a done ticket as Reopened (category assigned)", async () => {
    const id = await doneTicket();
    const before = await snapshot(db, id);
    const result = await reopenTicket(as(cust), { ticketId: id, version: before.version });
    const [event] = await expectChange(db, id, before, ["status_changed"]);
    expect(event).toMatchObject({
      fromCategory: "done",
      toCategory: "assigned",
      data: { toName: "Reopened" },
    });
    expect(result.statusId).toBe(await statusIdOf(db, "reopened"));
  });

  it("a closed ticket: the customer is told to create a new one; an employee may reopen", async () => {
    const id = await doneTicket();
    await rateTicket(as(cust), {
      ticketId: id,
      version: (await ticketRow(db, id)).version,
      stars: 3,
      comment: null,
    });
    const before = await snapshot(db, id);
    const error = await refusal(reopenTicket(as(cust), { ticketId: id, version: before.version }));
    expect(error.code).toBe("not_allowed");
    expect(error.message).toMatch(/create a new ticket/i);
    await expectUnchanged(db, id, before);
    await reopenTicket(as(m1), { ticketId: id, version: before.version });
    await expectChange(db, id, before, ["status_changed"]);
    expect((await ticketRow(db, id)).statusId).toBe(await statusIdOf(db, "reopened"));
  });

  it("a ticket reopened after its rating is rated again when done again; the newer rating stands", async () => {
    const id = await doneTicket();
    const rate = async (stars: number, comment: string) =>
      rateTicket(as(cust), { ticketId: id, version: (await ticketRow(db, id)).version, stars, comment });
    await rate(2, "Still drips");
    await reopenTicket(as(m1), { ticketId: id, version: (await ticketRow(db, id)).version });
    await driveTo(db, admin, id, ["in_progress", "done"]);
    const before = await snapshot(db, id);
    await rate(5, "Fixed for good");
    await expectChange(db, id, before, ["rated", "status_changed"]);
    expect((await ticketRow(db, id)).statusId).toBe(await statusIdOf(db, "closed"));
    expect(await db.select().from(ratings).where(eq(ratings.ticketId, id))).toMatchObject([
      { userId: cust.id, stars: 5, comment: "Fixed for good" },
    ]);
    const rated = (await eventsOf(db, id)).filter((e) => e.type === "rated");
    expect(rated.map((e) => e.data)).toMatchObject([{ stars: 2 }, { stars: 5 }]);
  });

  it("the customer cancels their own open ticket; pending offers become withdrawn", async () => {
    const id = await openTicket();
    const before = await snapshot(db, id);
    const byOther = await refusal(cancelTicket(as(otherCust), { ticketId: id, version: before.version }));
    expect(byOther.code).toBe("not_allowed");
    await expectUnchanged(db, id, before);
    await cancelTicket(as(cust), { ticketId: id, version: before.version });
    const events = await expectChange(db, id, before, [
      "status_changed",
      "offer_withdrawn",
      "offer_withdrawn",
    ]);
    expect(events[0]).toMatchObject({ fromCategory: "open", toCategory: "cancelled" });
    expect(await offersOf(db, id)).toEqual({ [m1.id]: "withdrawn", [m2.id]: "withdrawn" });
    const again = await refusal(cancelTicket(as(admin), { ticketId: id, version: before.version + 1 }));
    expect(again.code).toBe("invalid"); // already cancelled
  });

  it("the customer cannot cancel an assigned ticket; an admin can", async () => {
    const id = await assignedTicket();
    const before = await snapshot(db, id);
    expect((await refusal(cancelTicket(as(cust), { ticketId: id, version: before.version }))).code).toBe(
      "not_allowed",
    );
    await expectUnchanged(db, id, before);
    await cancelTicket(as(admin), { ticketId: id, version: before.version });
    await expectChange(db, id, before, ["status_changed", "offer_withdrawn"]);
  });
});
