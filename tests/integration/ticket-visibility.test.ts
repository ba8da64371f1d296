import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { statuses, tickets } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { confirmTicketResolution } from "@/lib/tickets/confirm-ticket-resolution";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { createTicket } from "@/lib/tickets/create-ticket";
import { declineOffer } from "@/lib/tickets/decline-offer";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import type { TicketListQuery } from "@/lib/tickets/list-query";
import { listPortalTickets, listStaffTickets } from "@/lib/tickets/list-tickets";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { reopenTicket } from "@/lib/tickets/reopen-ticket";
import { setTicketAssignees } from "@/lib/tickets/set-ticket-assignees";
import { withdrawOffer } from "@/lib/tickets/withdraw-offer";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { driveTo, moveTo, refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

type T = { id: string; number: number; title: string };

let handle: DbHandle;
let db: Db;
let admin: Actor;
let m1: Actor;
let m2: Actor;
let cust1: Actor;
let cust2: Actor;
let cust3: Actor;
let assetA: { id: string };
let assetB: { id: string };
let mine: T;
let shared: T;
let sharedOpen: T;
let internal: T;
let foreign: T;
let staffPublic: T;
let draft: T;
const CUSTOM_WAITING = "Waiting for spare-part photo";
const as = (actor: Actor): Ctx => ({ actor, db });

async function create(
  actor: Actor,
  title: string,
  input: { assetId?: string; visibility?: "internal" | "public" },
) {
  const { ticketId, number } = await createTicket(as(actor), { title, ...input });
  return { id: ticketId, number, title };
}

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin", "Ada Admin");
  m1 = await makeUser(db, "member", "Mia Member");
  m2 = await makeUser(db, "member", "Olaf Offered");
  cust1 = await makeUser(db, "code_user", "Cleo Customer");
  cust2 = await makeUser(db, "code_user", "Carl Coholder");
  cust3 = await makeUser(db, "code_user", "Cora Elsewhere");
  assetA = await makeAsset(db, { responsible: [m1, m2], holders: [cust1, cust2] });
  assetB = await makeAsset(db, { responsible: [m1], holders: [cust3] });

  mine = await create(cust1, "My own conveyor", { assetId: assetA.id });
  shared = await create(cust2, "Shared press noise", { assetId: assetA.id });
  sharedOpen = await create(cust2, "Shared gate still open", { assetId: assetA.id });
  internal = await create(admin, "Secret compressor audit", { assetId: assetA.id, visibility: "internal" });
  foreign = await create(cust3, "Foreign boiler leak", { assetId: assetB.id });
  staffPublic = await create(admin, "Staff public memo", { visibility: "public" });
  const [row] = await db
    .insert(tickets)
    .values({
      title: "Half-written draft",
      visibility: "public",
      creatorId: m1.id,
      statusId: await statusIdOf(db, "draft"),
    })
    .returning();
  draft = { id: row!.id, number: row!.number, title: row!.title };

  // The customer's own ticket waits on them, in a custom status; the others end up Done.
  await db
    .insert(statuses)
    .values({ kind: "ticket", category: "waiting_customer", name: CUSTOM_WAITING, color: "#000" });
  const custom = (await db.select().from(statuses)).find((s) => s.name === CUSTOM_WAITING)!;
  await acceptOffer(as(m1), { ticketId: mine.id });
  await driveTo(db, admin, mine.id, ["in_progress", "waiting_customer"]);
  const { version } = await ticketRow(db, mine.id);
  await changeTicketStatus(as(admin), { ticketId: mine.id, version, statusId: custom.id });
  for (const t of [shared, internal, foreign]) {
    await acceptOffer(as(m1), { ticketId: t.id });
    await driveTo(db, admin, t.id, ["in_progress", "done"]);
  }
});
afterAll(() => handle.close());

const hidden = () => [internal, foreign, staffPublic, draft];

describe("portal list", () => {
  it("shows the customer their own and the shared public tickets, nothing else", async () => {
    const page = await listPortalTickets(as(cust1), {});
    expect(page.items.map((i) => i.id).sort()).toEqual([mine.id, shared.id, sharedOpen.id].sort());
    expect(page.items.find((i) => i.id === shared.id)?.mine).toBe(false);
    expect(page.items.find((i) => i.id === mine.id)).toMatchObject({ mine: true, step: "In Progress" });
  });

  it("never returns a hidden ticket, whatever the filter or search", async () => {
    const doneId = await statusIdOf(db, "done");
    const queries: TicketListQuery[] = [
      { q: internal.title },
      { q: "Secret" },
      { q: `T-${internal.number}` },
      { q: String(internal.number) },
      { q: `T-${foreign.number}` },
      { q: foreign.title },
      { q: staffPublic.title },
      { q: draft.title },
      { asset: assetA.id },
      { asset: assetB.id },
      { category: "done" },
      { status: doneId },
      { visibility: "internal" },
      { assignee: m1.id },
      { cursor: "1000000" },
    ];
    for (const query of queries) {
      const ids = (await listPortalTickets(as(cust1), query)).items.map((i) => i.id);
      for (const t of hidden()) expect(ids, `${JSON.stringify(query)} leaked ${t.title}`).not.toContain(t.id);
    }
    // The same searches do find them for staff, so the checks above are not vacuous.
    const staff = await listStaffTickets(as(admin), { q: `T-${internal.number}` });
    expect(staff.items.map((i) => i.id)).toEqual([internal.id]);
    expect((await listPortalTickets(as(cust1), { q: `T-${shared.number}` })).items.map((i) => i.id)).toEqual([
      shared.id,
    ]);
    expect((await listPortalTickets(as(cust3), { q: foreign.title })).items.map((i) => i.id)).toEqual([
      foreign.id,
    ]);
  });
});

describe("portal detail", () => {
  it("is null for internal tickets, other customers' tickets, assetless staff tickets and drafts", async () => {
    for (const t of hidden()) expect(await getTicketDetail(as(cust1), t.number), t.title).toBeNull();
    expect(await getTicketDetail(as(admin), internal.number)).not.toBeNull();
    expect(await getTicketDetail(as(cust3), foreign.number)).not.toBeNull();
  });

  it("shows a co-holder's public tickets with no actions; their creator has them", async () => {
    const none = { cancel: false, reopen: false, rate: false, confirm: false };
    for (const [t, step] of [
      [shared, "Done"],
      [sharedOpen, "Open"],
    ] as const) {
      expect(await getTicketDetail(as(cust1), t.number)).toMatchObject({
        audience: "customer",
        mine: false,
        step,
        actions: none,
      });
    }
    expect(await getTicketDetail(as(cust2), shared.number)).toMatchObject({
      mine: true,
      actions: { reopen: true, rate: true },
    });
    expect(await getTicketDetail(as(cust2), sharedOpen.number)).toMatchObject({
      mine: true,
      actions: { cancel: true },
    });
    // The verbs agree: the co-holder sees the tickets, so they are refused, not told "not found".
    const done = await ticketRow(db, shared.id);
    const rate = rateTicket(as(cust1), {
      ticketId: shared.id,
      version: done.version,
      stars: 1,
      comment: null,
    });
    expect((await refusal(rate)).code).toBe("forbidden");
    expect(
      (await refusal(reopenTicket(as(cust1), { ticketId: shared.id, version: done.version }))).code,
    ).toBe("forbidden");
    const open = await ticketRow(db, sharedOpen.id);
    const cancel = cancelTicket(as(cust1), { ticketId: sharedOpen.id, version: open.version });
    expect((await refusal(cancel)).code).toBe("not_allowed");
    expect((await ticketRow(db, sharedOpen.id)).version).toBe(open.version);
  });

  it("carries steps only: no status names, no offers, no offered employees", async () => {
    const detail = await getTicketDetail(as(cust1), mine.number);
    expect(detail).toMatchObject({ audience: "customer", step: "In Progress", mine: true });
    expect(detail).not.toHaveProperty("status");
    expect(detail).not.toHaveProperty("offers");
    const json = JSON.stringify(detail);
    for (const text of [CUSTOM_WAITING, "Awaiting customer", "Olaf Offered", '"offers"', '"status"', m2.id]) {
      expect(json, text).not.toContain(text);
    }
    expect(json).toContain("Mia Member"); // assignee names are shown
    const list = JSON.stringify(await listPortalTickets(as(cust1), {}));
    expect(list).not.toContain(CUSTOM_WAITING);
    // Staff see both: the check above would catch a leak.
    const staffJson = JSON.stringify(await getTicketDetail(as(admin), mine.number));
    for (const text of [CUSTOM_WAITING, "Awaiting customer", "Olaf Offered"])
      expect(staffJson).toContain(text);
  });
});

describe("verbs on tickets a customer may not see", () => {
  it("answer not_found (never forbidden), exactly like an unknown id", async () => {
    const statusId = await statusIdOf(db, "in_progress");
    for (const t of [...hidden(), { id: randomUUID(), number: 0, title: "unknown" }]) {
      const calls: [string, (version: number) => Promise<unknown>][] = [
        ["accept", () => acceptOffer(as(cust1), { ticketId: t.id })],
        ["decline", () => declineOffer(as(cust1), { ticketId: t.id })],
        ["cancel", (version) => cancelTicket(as(cust1), { ticketId: t.id, version })],
        ["rate", (version) => rateTicket(as(cust1), { ticketId: t.id, version, stars: 5, comment: null })],
        ["confirm", (version) => confirmTicketResolution(as(cust1), { ticketId: t.id, version })],
        ["reopen", (version) => reopenTicket(as(cust1), { ticketId: t.id, version })],
        ["status", (version) => changeTicketStatus(as(cust1), { ticketId: t.id, version, statusId })],
        ["withdraw", (version) => withdrawOffer(as(cust1), { ticketId: t.id, version, userId: m2.id })],
        ["assign", (version) => setTicketAssignees(as(cust1), { ticketId: t.id, version, userIds: [] })],
      ];
      const version = t.number === 0 ? 1 : (await ticketRow(db, t.id)).version;
      for (const [name, call] of calls) {
        const error = await refusal(call(version));
        expect(error.code, `${name} on ${t.title}`).toBe("not_found");
      }
    }
  });

  it("the foreign ticket's own customer can rate it, so not_found above hid a real ticket", async () => {
    const { version } = await ticketRow(db, foreign.id);
    await expect(
      rateTicket(as(cust3), { ticketId: foreign.id, version, stars: 5, comment: null }),
    ).resolves.toMatchObject({
      version: version + 1,
    });
  });
});

describe("counts and drafts", () => {
  it("refuses customers the per-status counts (they include internal tickets)", async () => {
    expect((await refusal(countTicketsByStatus(as(cust1)))).code).toBe("forbidden");
    const counts = await countTicketsByStatus(as(m1));
    expect(counts.categories.find((c) => c.category === "done")?.count).toBeGreaterThan(0);
  });

  it("an employee's draft is seen by its creator only", async () => {
    for (const employee of [admin, m2]) {
      const ids = (await listStaffTickets(as(employee), {})).items.map((i) => i.id);
      expect(ids).not.toContain(draft.id);
      expect(ids).toContain(internal.id);
      expect(await getTicketDetail(as(employee), draft.number)).toBeNull();
      expect((await refusal(moveTo(as(employee), draft.id, "cancelled"))).code).toBe("not_found");
    }
    expect((await listStaffTickets(as(m1), {})).items.map((i) => i.id)).toContain(draft.id);
    expect(await getTicketDetail(as(m1), draft.number)).toMatchObject({ id: draft.id });
  });
});
