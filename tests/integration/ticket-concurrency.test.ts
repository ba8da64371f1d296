import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import {
  assigneesOf,
  eventsOf,
  expectOutboxFor,
  offersOf,
  snapshot,
  statusIdOf,
  ticketRow,
} from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let cust: Actor;
let members: Actor[];
const as = (actor: Actor): Ctx => ({ actor, db });

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin");
  cust = await makeUser(db, "code_user");
  members = [];
  for (let i = 0; i < 8; i++) members.push(await makeUser(db, "member"));
});
afterAll(() => handle.close());

async function ticketOfferedTo(responsible: Actor[]): Promise<string> {
  const asset = await makeAsset(db, { responsible, holders: [cust] });
  return (await createTicket(as(cust), { title: "Race", assetId: asset.id })).ticketId;
}

function codesOf(results: PromiseSettledResult<unknown>[]) {
  return results.flatMap((r) =>
    r.status === "rejected" ? [r.reason instanceof DomainError ? r.reason.code : String(r.reason)] : [],
  );
}

describe("concurrent changes to one ticket", () => {
  it("20 status changes at the same version: one wins, 19 conflict, one event and one outbox row", async () => {
    const [m1] = members;
    const id = await ticketOfferedTo([m1!]);
    await acceptOffer(as(m1!), { ticketId: id });
    const before = await snapshot(db, id);
    const inProgress = await statusIdOf(db, "in_progress");

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        changeTicketStatus(as(i % 2 ? admin : m1!), {
          ticketId: id,
          version: before.version,
          statusId: inProgress,
        }),
      ),
    );

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const codes = codesOf(results);
    expect(codes).toHaveLength(19);
    expect(new Set(codes)).toEqual(new Set(["conflict"]));

    const after = await snapshot(db, id);
    expect(after.version).toBe(before.version + 1);
    expect(after.statusId).toBe(inProgress);
    const events = await eventsOf(db, id, before.lastEventId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "status_changed",
      fromCategory: "assigned",
      toCategory: "in_progress",
    });
    expect(after.allEvents - before.allEvents).toBe(1);
    expect(after.allOutbox - before.allOutbox).toBe(1);
    await expectOutboxFor(db, id, events);
  });

  it("two members accepting at the same moment: both assigned, one move to Assigned", async () => {
    const [a, b] = [members[0]!, members[1]!];
    const id = await ticketOfferedTo([a, b]);
    const before = await snapshot(db, id);

    const results = await Promise.allSettled([
      acceptOffer(as(a), { ticketId: id }),
      acceptOffer(as(b), { ticketId: id }),
    ]);
    expect(codesOf(results)).toEqual([]);

    expect(await assigneesOf(db, id)).toEqual([a.id, b.id].sort());
    expect(await offersOf(db, id)).toEqual({ [a.id]: "accepted", [b.id]: "accepted" });
    const events = await eventsOf(db, id, before.lastEventId);
    const moves = events.filter((e) => e.type === "status_changed");
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ fromCategory: "open", toCategory: "assigned" });
    expect(events.map((e) => e.type).sort()).toEqual(
      ["assignee_added", "assignee_added", "offer_accepted", "offer_accepted", "status_changed"].sort(),
    );
    // Two changes, one version step each; every event row has its outbox row.
    const row = await ticketRow(db, id);
    expect(row.version).toBe(before.version + 2);
    expect(row.statusId).toBe(await statusIdOf(db, "assigned"));
    await expectOutboxFor(db, id, events);
    expect((await snapshot(db, id)).outbox - before.outbox).toBe(events.length);
  });

  it("eight members accepting at once: all assigned, still exactly one move to Assigned", async () => {
    const id = await ticketOfferedTo(members);
    const before = await snapshot(db, id);

    const results = await Promise.allSettled(members.map((m) => acceptOffer(as(m), { ticketId: id })));
    expect(codesOf(results)).toEqual([]);

    expect(await assigneesOf(db, id)).toEqual(members.map((m) => m.id).sort());
    const events = await eventsOf(db, id, before.lastEventId);
    expect(events.filter((e) => e.type === "status_changed")).toHaveLength(1);
    expect(events.filter((e) => e.type === "assignee_added")).toHaveLength(members.length);
    expect((await ticketRow(db, id)).version).toBe(before.version + members.length);
    await expectOutboxFor(db, id, events);
  });
});
