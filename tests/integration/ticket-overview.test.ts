import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { tickets } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { createTicketView } from "@/lib/ticket-views/create-ticket-view";
import { deleteTicketView } from "@/lib/ticket-views/delete-ticket-view";
import { listTicketViews } from "@/lib/ticket-views/queries";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { bulkAssignTickets } from "@/lib/tickets/bulk-assign-tickets";
import { bulkChangeTicketStatus } from "@/lib/tickets/bulk-change-status";
import { countTicketView } from "@/lib/tickets/count-ticket-view";
import { createTicket } from "@/lib/tickets/create-ticket";
import { overviewOptions } from "@/lib/tickets/form-options";
import {
  SORT_DIRECTIONS,
  TICKET_SORTS,
  type TicketListQuery,
  ticketListQuerySchema,
} from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";
import type { StaffTicketListItem } from "@/lib/tickets/types";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { assigneesOf, moveTo, refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let member: Actor;
let other: Actor;
let cust: Actor;
const as = (actor: Actor): Ctx => ({ actor, db });
const ids: string[] = [];

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin");
  member = await makeUser(db, "member");
  other = await makeUser(db, "member");
  cust = await makeUser(db, "code_user");
  const asset = await makeAsset(db, { responsible: [member], holders: [cust] });
  // 37 tickets over the categories, some with the same "updated" time (ties break by number).
  for (let i = 0; i < 37; i++) {
    const { ticketId } = await createTicket(as(cust), { title: `Pump ${i}`, assetId: asset.id });
    ids.push(ticketId);
    if (i % 3 !== 0) await acceptOffer(as(member), { ticketId });
    if (i % 3 === 1) await moveTo(as(member), ticketId, "in_progress");
    if (i % 6 === 1) await moveTo(as(member), ticketId, "waiting_customer");
    if (i % 9 === 4) await moveTo(as(member), ticketId, "done");
    const minute = i % 4 === 0 ? 0 : i;
    await db
      .update(tickets)
      .set({ updatedAt: sql`timestamptz '2026-06-01 10:00:00.123456+00' + ${`${minute} minutes`}::interval` })
      .where(eq(tickets.id, ticketId));
  }
  // Drafts (a creation flow left half-way): the admin's own two are listed for them, the member's never.
  const draft = await statusIdOf(db, "draft");
  await db.insert(tickets).values([
    { title: "Draft of the admin A", visibility: "public", creatorId: admin.id, statusId: draft },
    { title: "Draft of the admin B", visibility: "internal", creatorId: admin.id, statusId: draft },
    { title: "Draft of the member", visibility: "public", creatorId: member.id, statusId: draft },
  ]);
});
afterAll(() => handle.close());

/** Every page of a query, following the cursor to the end. */
async function allPages(query: TicketListQuery): Promise<StaffTicketListItem[]> {
  const seen: StaffTicketListItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listStaffTickets(as(admin), { ...query, cursor });
    seen.push(...result.items);
    if (!result.nextCursor) return seen;
    cursor = result.nextCursor;
  }
  throw new Error("the cursor never ended");
}

/** The order a sort must produce, computed from the rows themselves. */
async function expectedOrder(query: TicketListQuery, matching: (t: StaffTicketListItem) => boolean) {
  const everything = (await allPages({ sort: "number", dir: "desc" })).filter(matching);
  const rank = new Map((await loadTicketStatuses(db)).map((s, i) => [s.id, i]));
  const sort = query.sort ?? "number";
  const asc = (query.dir ?? (sort === "status" ? "asc" : "desc")) === "asc";
  const time = (t: StaffTicketListItem) => (sort === "updated" ? t.updatedAt : t.createdAt);
  return everything
    .sort((a, b) => {
      if (sort === "status") {
        const byStatus = rank.get(a.status.id)! - rank.get(b.status.id)!;
        return (asc ? byStatus : -byStatus) || b.number - a.number;
      }
      const primary = sort === "number" ? a.number - b.number : time(a).localeCompare(time(b));
      const value = primary || a.number - b.number;
      return asc ? value : -value;
    })
    .map((t) => t.number);
}

describe("overview sorting: every column, both ways, page by page (keyset)", () => {
  const cases = TICKET_SORTS.flatMap((sort) => SORT_DIRECTIONS.map((dir) => ({ sort, dir })));

  it.each(cases)("$sort $dir: all tickets, once each, in order", async ({ sort, dir }) => {
    const pages = await allPages({ sort, dir });
    const numbers = pages.map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(await expectedOrder({ sort, dir }, () => true));
    expect(numbers).toHaveLength(39);
    expect(
      pages
        .filter((t) => t.status.category === "draft")
        .map((t) => t.title)
        .sort(),
    ).toEqual(["Draft of the admin A", "Draft of the admin B"]);
  });

  it.each(cases)(
    "$sort $dir with filters (open categories, assigned to the member)",
    async ({ sort, dir }) => {
      const query = { sort, dir, category: "active", assignee: member.id } as const;
      const numbers = (await allPages(query)).map((t) => t.number);
      const active = new Set(["open", "assigned", "in_progress", "waiting_customer", "on_hold", "done"]);
      const want = await expectedOrder(query, (t) => active.has(t.status.category) && t.assignees.length > 0);
      expect(numbers).toEqual(want);
      expect(numbers.length).toBeGreaterThan(0);
    },
  );

  it.each(SORT_DIRECTIONS)(
    "status %s within one status or one category: the counters cut the reading short",
    async (dir) => {
      const inProgress = await statusIdOf(db, "in_progress");
      const one = await allPages({ sort: "status", dir, status: inProgress });
      expect(one.map((t) => t.number)).toEqual(
        await expectedOrder({ sort: "status", dir }, (t) => t.status.id === inProgress),
      );
      expect(one.length).toBeGreaterThan(0);
      const drafts = await allPages({ sort: "status", dir, category: "draft" });
      expect(drafts.map((t) => t.title).sort()).toEqual(["Draft of the admin A", "Draft of the admin B"]);
    },
  );

  it("a cursor that is malformed or from another sort starts from the first page, never fails", async () => {
    for (const sort of TICKET_SORTS) {
      const first = await listStaffTickets(as(admin), { sort });
      expect(first.items).toHaveLength(25);
      const wrong =
        sort === "number" ? first.nextCursor?.replace(/^/, "x~") : first.nextCursor?.replace(/~/, "x~");
      for (const cursor of ["x", "~", "2026-13-99 10:00:00+00~5", "abc~-1", "~0", "1.5", wrong]) {
        const page = await listStaffTickets(as(admin), ticketListQuerySchema.parse({ sort, cursor }));
        expect(
          page.items.map((t) => t.id),
          `${sort} ${cursor}`,
        ).toEqual(first.items.map((t) => t.id));
      }
    }
  });

  it("lists the requester of each ticket", async () => {
    const { items } = await listStaffTickets(as(admin), {});
    expect(new Set(items.map((t) => t.requester.id))).toEqual(new Set([cust.id, admin.id]));
    expect(items.find((t) => t.title === "Pump 36")?.requester).toEqual({ id: cust.id, name: cust.name });
    expect(items.find((t) => t.title === "Draft of the admin A")?.requester).toEqual({
      id: admin.id,
      name: admin.name,
    });
  });
});

describe("counts per view", () => {
  it("are exact from the counters when only statuses or categories are filtered", async () => {
    const all = await countTicketView(as(admin), {});
    // 37 tickets and the admin's own two drafts (the member's draft is theirs alone).
    expect(all).toEqual({ count: 39, capped: false });
    const waiting = (await allPages({ category: "waiting_customer" })).length;
    expect(await countTicketView(as(admin), { category: "waiting_customer" })).toEqual({
      count: waiting,
      capped: false,
    });
  });

  it("are counted up to the cap otherwise, and say when they stop", async () => {
    const unassigned = (await allPages({ assignee: "none" })).length;
    expect(await countTicketView(as(admin), { assignee: "none" })).toEqual({
      count: unassigned,
      capped: false,
    });
    expect(await countTicketView(as(admin), { q: "Pump" }, 10)).toEqual({ count: 10, capped: true });
    // "Pump 3" and "Pump 30" … "Pump 36".
    expect(await countTicketView(as(admin), { q: "Pump 3" }, 10)).toEqual({ count: 8, capped: false });
  });

  it("count the reader's own drafts, and nobody else's", async () => {
    const drafts = (await allPages({ category: "draft" })).length;
    expect(drafts).toBe(2);
    expect(await countTicketView(as(admin), { category: "draft" })).toEqual({ count: 2, capped: false });
    expect(await countTicketView(as(member), { category: "draft" })).toEqual({ count: 1, capped: false });
    const draftCount = async (actor: Actor) =>
      (await overviewOptions(as(actor))).statuses.find((s) => s.category === "draft")?.ticketCount;
    expect(await draftCount(admin)).toBe(2);
    expect(await draftCount(member)).toBe(1);
  });

  it("leave a search too short for the title index uncounted, rather than read every ticket", async () => {
    expect(await countTicketView(as(admin), { q: "Pu" })).toBeNull();
    expect(await countTicketView(as(admin), { q: "T-1" })).not.toBeNull();
  });

  it("are refused to customers (they would count internal tickets)", async () => {
    await refusal(countTicketView(as(cust), {}));
  });
});

describe("bulk actions", () => {
  async function inProgressTicket(title: string) {
    const asset = await makeAsset(db, { responsible: [member], holders: [cust] });
    const { ticketId } = await createTicket(as(cust), { title, assetId: asset.id });
    await acceptOffer(as(member), { ticketId });
    await moveTo(as(member), ticketId, "in_progress");
    return ticketId;
  }
  const ref = async (ticketId: string) => ({ ticketId, version: (await ticketRow(db, ticketId)).version });

  it("changes each ticket through the engine and reports a refused row without touching it", async () => {
    const a = await inProgressTicket("Bulk A");
    const b = await inProgressTicket("Bulk B");
    const asset = await makeAsset(db, { responsible: [member], holders: [cust] });
    const open = (await createTicket(as(cust), { title: "Bulk open", assetId: asset.id })).ticketId;
    const stale = await inProgressTicket("Bulk stale");
    const staleRef = await ref(stale);
    await moveTo(as(member), stale, "on_hold");

    const done = await statusIdOf(db, "done");
    const results = await bulkChangeTicketStatus(as(member), {
      statusId: done,
      tickets: [await ref(a), await ref(open), staleRef, await ref(b)],
    });
    expect(results.map((r) => [r.ticketId, r.ok])).toEqual([
      [a, true],
      [open, false],
      [stale, false],
      [b, true],
    ]);
    const [refusedOpen, refusedStale] = results.filter((r) => !r.ok);
    expect(refusedOpen).toMatchObject({ code: "not_allowed" });
    expect(refusedStale).toMatchObject({ code: "conflict" });
    expect((await ticketRow(db, a)).statusId).toBe(done);
    expect((await ticketRow(db, b)).statusId).toBe(done);
    expect((await ticketRow(db, open)).statusId).toBe(await statusIdOf(db, "open"));
    expect((await ticketRow(db, stale)).statusId).toBe(await statusIdOf(db, "on_hold"));
  });

  it("refuses every row for a status that takes a payment: a payment belongs to one ticket", async () => {
    const { statuses } = await import("@/db/schema");
    const [paid] = await db
      .insert(statuses)
      .values({
        kind: "ticket",
        category: "done",
        name: "Paid in bulk?",
        color: "#00aa00",
        actions: [{ type: "open_payment" }],
      })
      .returning();
    const a = await inProgressTicket("Bulk pay");
    const [row] = await bulkChangeTicketStatus(as(admin), { statusId: paid!.id, tickets: [await ref(a)] });
    expect(row).toMatchObject({ ok: false, code: "invalid" });
    expect((await ticketRow(db, a)).statusId).toBe(await statusIdOf(db, "in_progress"));
  });

  it("assigns an employee to each ticket, adding to who is there", async () => {
    const a = await inProgressTicket("Assign A");
    const asset = await makeAsset(db, { responsible: [member], holders: [cust] });
    const open = (await createTicket(as(cust), { title: "Assign open", assetId: asset.id })).ticketId;
    const results = await bulkAssignTickets(as(admin), {
      userId: other.id,
      tickets: [await ref(a), await ref(open)],
    });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await assigneesOf(db, a)).toEqual([member.id, other.id].sort());
    expect(await assigneesOf(db, open)).toEqual([other.id]);
    expect((await ticketRow(db, open)).statusId).toBe(await statusIdOf(db, "assigned"));
    // Members may not assign: every row says so.
    const refused = await bulkAssignTickets(as(member), { userId: member.id, tickets: [await ref(a)] });
    expect(refused[0]).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("is for employees only", async () => {
    await refusal(bulkChangeTicketStatus(as(cust), { statusId: await statusIdOf(db, "done"), tickets: [] }));
  });
});

describe("saved views", () => {
  it("keeps an employee's filters and sort under a name, for them alone", async () => {
    const saved = await createTicketView(as(member), {
      name: "  Waiting on me ",
      query: "assignee=me&category=waiting_customer&sort=updated&dir=asc&cursor=abc&bogus=1&status=nope",
    });
    expect(saved).toMatchObject({
      name: "Waiting on me",
      query: "category=waiting_customer&assignee=me&sort=updated&dir=asc",
    });
    const views = await listTicketViews(as(member));
    expect(views.filter((v) => v.kind === "built_in").map((v) => v.key)).toEqual([
      "all",
      "mine",
      "unassigned",
      "waiting",
    ]);
    expect(views.at(-1)).toMatchObject({ kind: "own", id: saved.id, name: "Waiting on me" });
    expect((await listTicketViews(as(other))).some((v) => v.kind === "own")).toBe(false);

    const duplicate = await refusal(createTicketView(as(member), { name: "waiting ON me", query: "" }));
    expect(duplicate.fieldErrors?.name).toEqual(["You already have a view with this name."]);
    const notTheirs = await refusal(deleteTicketView(as(other), { viewId: saved.id }));
    expect(notTheirs.code).toBe("not_found");
    await deleteTicketView(as(member), { viewId: saved.id });
    expect((await listTicketViews(as(member))).some((v) => v.kind === "own")).toBe(false);
  });

  it("refuses a nameless view and the 21st view", async () => {
    expect(
      (await refusal(createTicketView(as(admin), { name: "  ", query: "" }))).fieldErrors?.name,
    ).toBeTruthy();
    for (let i = 0; i < 20; i++) await createTicketView(as(admin), { name: `View ${i}`, query: "" });
    const limit = await refusal(createTicketView(as(admin), { name: "One more", query: "" }));
    expect(limit.message).toContain("20");
  });
});

describe("counts of one person's tickets", () => {
  it("count what the list shows, walking the person's assignments", async () => {
    for (const actor of [member, admin, other]) {
      const query = { assignee: "me" as const, category: "active" as const };
      const listed = (await allPagesAs(actor, query)).length;
      expect(await countTicketView(as(actor), query)).toEqual({ count: listed, capped: false });
      const byId = { assignee: member.id, category: "waiting_customer" as const, q: "Pump" };
      expect((await countTicketView(as(actor), byId))?.count).toBe((await allPagesAs(actor, byId)).length);
    }
    expect(await countTicketView(as(member), { assignee: "me" }, 3)).toEqual({ count: 3, capped: true });
  });
});

async function allPagesAs(actor: Actor, query: TicketListQuery) {
  const seen: unknown[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listStaffTickets(as(actor), { ...query, cursor });
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
}

describe("status sort: a cursor whose status has emptied", () => {
  it("goes on with the next statuses in full, skipping nothing", async () => {
    const { statuses } = await import("@/db/schema");
    const statusList = await loadTicketStatuses(db);
    const inProgress = statusList.find((s) => s.systemKey === "in_progress")!;
    // A status between In Progress and the rest that has no ticket (any more).
    const [empty] = await db
      .insert(statuses)
      .values({
        kind: "ticket",
        category: "in_progress",
        name: "Emptied",
        color: "#123456",
        position: inProgress.position + 1,
      })
      .returning();
    const all = await allPages({ sort: "status", dir: "asc" });
    const order = (await loadTicketStatuses(db)).map((s) => s.id);
    const after = all.filter((t) => order.indexOf(t.status.id) > order.indexOf(empty!.id));
    const page = await listStaffTickets(as(admin), { sort: "status", dir: "asc", cursor: `${empty!.id}~1` });
    expect(page.items.map((t) => t.number)).toEqual(after.slice(0, 25).map((t) => t.number));
  });
});
