import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { assetMembers, statuses, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { msg } from "@/lib/i18n/msg";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { setTicketAmount } from "@/lib/tickets/set-ticket-amount";
import type { PortalTicketDetail, StaffTicketDetail } from "@/lib/tickets/types";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { moveTo, refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let member: Actor;
let cust: Actor;
let neighbour: Actor;
let assetId: string;
let paidId: string;
let payDoneId: string;
const as = (actor: Actor): Ctx => ({ actor, db });
const staff = async (actor: Actor, number: number) =>
  (await getTicketDetail(as(actor), number)) as StaffTicketDetail;
const portal = async (actor: Actor, number: number) =>
  (await getTicketDetail(as(actor), number)) as PortalTicketDetail;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin", "Ada Admin");
  member = await makeUser(db, "member", "Mia Member");
  cust = await makeUser(db, "code_user", "Carla Customer");
  neighbour = await makeUser(db, "code_user", "Nora Neighbour");
  await db.update(users).set({ phone: "+49 151 2345 6789" }).where(eq(users.id, cust.id));
  assetId = (await makeAsset(db, { responsible: [member], holders: [cust, neighbour] })).id;
  const [paid, payDone] = await db
    .insert(statuses)
    .values([
      { kind: "ticket", category: "closed", name: "Paid", color: "#16a34a", position: 40, actions: [] },
      {
        kind: "ticket",
        category: "done",
        name: "Done, paid out",
        color: "#16a34a",
        position: 41,
        actions: [{ type: "calculate_pay" }],
      },
    ])
    .returning();
  paidId = paid!.id;
  payDoneId = payDone!.id;
  await db
    .update(statuses)
    .set({ actions: [{ type: "open_payment" }] })
    .where(eq(statuses.systemKey, "done"));
});
afterAll(() => handle.close());

async function workedTicket(title: string) {
  const t = await createTicket(as(cust), { title, assetId });
  await acceptOffer(as(member), { ticketId: t.ticketId });
  await moveTo(as(member), t.ticketId, "in_progress");
  return t;
}

describe("staff ticket detail", () => {
  it("names the requester with their e-mail and phone", async () => {
    const t = await workedTicket("Requester card");
    const detail = await staff(admin, t.number);
    expect(detail.creator).toEqual({
      id: cust.id,
      name: "Carla Customer",
      isCustomer: true,
      email: cust.email,
      phone: "+49 151 2345 6789",
    });
  });

  it("warns in the menu when entering a status would calculate pay of €0.00", async () => {
    const t = await workedTicket("Zero pay");
    const option = (await staff(admin, t.number)).transitions.find((o) => o.id === payDoneId);
    expect(option?.warning).toBe("pay would be €0.00");
    await db.update(users).set({ payRateKind: "fixed", payRateValue: 2500 }).where(eq(users.id, member.id));
    const paidOption = (await staff(admin, t.number)).transitions.find((o) => o.id === payDoneId);
    expect(paidOption?.warning).toBeNull();
    await db.update(users).set({ payRateKind: null, payRateValue: null }).where(eq(users.id, member.id));
  });

  it("asks before cancelling or closing without payment, and offers Undo only for quiet moves back", async () => {
    const t = await workedTicket("Menu flags");
    const moves = Object.fromEntries((await staff(admin, t.number)).transitions.map((o) => [o.name, o]));
    expect(moves.Cancelled).toMatchObject({ confirm: "cancel", undoable: false });
    expect(moves["Closed unsuccessfully"]).toMatchObject({ confirm: "close_unpaid", undoable: false });
    expect(moves["On hold"]).toMatchObject({ confirm: null, undoable: true });
    expect(moves["Done, paid out"]).toMatchObject({ confirm: null, undoable: false });
  });

  it("keeps the amount of a closed, paid ticket final", async () => {
    const t = await workedTicket("Final amount");
    let { version } = await ticketRow(db, t.ticketId);
    await setTicketAmount(as(admin), { ticketId: t.ticketId, version, amountCents: 10_000 });
    ({ version } = await ticketRow(db, t.ticketId));
    await changeTicketStatus(as(admin), {
      ticketId: t.ticketId,
      version,
      statusId: await statusIdOf(db, "done"),
      payment: { amountCents: 10_000, method: "cash" },
    });
    ({ version } = await ticketRow(db, t.ticketId));
    await changeTicketStatus(as(admin), { ticketId: t.ticketId, version, statusId: paidId });
    expect((await staff(admin, t.number)).canSetAmount).toBe(false);
    ({ version } = await ticketRow(db, t.ticketId));
    const refused = await refusal(
      setTicketAmount(as(admin), { ticketId: t.ticketId, version, amountCents: 12_000 }),
    );
    expect(refused.message).toBe("The ticket is closed and paid: its amount is final.");
    expect(refused.localized("de").message).toBe(
      "Das Ticket ist geschlossen und bezahlt: Sein Betrag steht fest.",
    );

    // The customer who paid sees the payment and its receipt; the neighbour on the same asset does not.
    const own = await portal(cust, t.number);
    expect(own.money).toMatchObject({ amountCents: 10_000, paidCents: 10_000, balanceCents: 0 });
    expect(own.money?.payments).toHaveLength(1);
    await db.insert(assetMembers).values({ userId: neighbour.id, assetId }).onConflictDoNothing();
    expect((await portal(neighbour, t.number)).money).toBeNull();
  });
});

describe("customer ticket detail", () => {
  it("says when the ticket waits for the customer's answer, without the status' name", async () => {
    const t = await workedTicket("Waiting");
    await moveTo(as(member), t.ticketId, "waiting_customer");
    const detail = await portal(cust, t.number);
    expect(detail.attention).toBe("answer");
    expect(JSON.stringify(detail)).not.toContain("Awaiting customer");
    expect((await portal(neighbour, t.number)).attention).toBeNull();
  });

  it("reads in German for a German reader: history, bar and status names", async () => {
    const t = await workedTicket("Auf Deutsch");
    const german = { ...member, locale: "de" as const };
    const detail = await staff(german, t.number);
    expect(detail.status.name).toBe("In Bearbeitung");
    expect(detail.history.at(-1)?.text).toBe("Status auf In Bearbeitung geändert durch Mia Member");
    expect(detail.transitions.map((o) => o.name)).toContain("Wartet auf Kunden");
    const english = await staff(member, t.number);
    expect(english.history.at(-1)?.text).toBe("Status changed to In Progress by Mia Member");
    expect(msg("engine.notDone")).toEqual({ key: "engine.notDone" });
  });
});
