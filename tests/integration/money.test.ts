/** Money: payments with the status change, write-offs, pay per ticket, Settings → Pay and receipts. */
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { assetMembers, outbox, payEntries, payments, statuses, ticketEvents, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DIGEST_TOPIC } from "@/lib/notifications/queue-deliveries";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { currentMonth, parseMonth } from "@/lib/pay/month";
import { payMonthCsv } from "@/lib/pay/pay-csv";
import { getPayMonth } from "@/lib/pay/queries";
import { getReceipt, loadTicketMoney, parseReceiptNumber } from "@/lib/payments/queries";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { reopenTicket } from "@/lib/tickets/reopen-ticket";
import { setTicketAmount } from "@/lib/tickets/set-ticket-amount";
import { setTicketAssignees } from "@/lib/tickets/set-ticket-assignees";
import { setPayRate } from "@/lib/users/set-pay-rate";
import { LIVE_CHANNEL, type LiveMessage } from "@/lib/work-items/live-message";
import type { StatusAction } from "@/lib/workflow/status-actions";
import type { SystemStatusKey } from "@/lib/workflow/ticket-categories";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { eventsOf, expectUnchanged, refusal, snapshot, statusIdOf, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let m1: Actor;
let m2: Actor;
let m3: Actor;
let cust: Actor;
let assetId: string;
/** Custom statuses: "Paid" (done, takes a payment) and "Pay review" (in progress, calculates pay). */
let paidId: string;
let payReviewId: string;

const as = (actor: Actor): Ctx => ({ actor, db });

async function drain() {
  while ((await dispatchOutbox(db)) > 0) {}
}

async function setActions(key: SystemStatusKey, actions: StatusAction[]) {
  await db
    .update(statuses)
    .set({ actions })
    .where(eq(statuses.id, await statusIdOf(db, key)));
}

/** A customer's ticket that m1 and m2 accepted, with `amountCents` set, moved to In Progress. */
async function workedTicket(amountCents: number | null, title = "Pump leaks") {
  const { ticketId } = await createTicket(as(cust), { title, assetId });
  await acceptOffer(as(m1), { ticketId });
  await acceptOffer(as(m2), { ticketId });
  if (amountCents !== null) {
    await setTicketAmount(as(admin), {
      ticketId,
      version: (await ticketRow(db, ticketId)).version,
      amountCents,
    });
  }
  await moveTo(ticketId, await statusIdOf(db, "in_progress"));
  return ticketId;
}

async function moveTo(ticketId: string, statusId: string, by: Actor = admin, payment?: PaymentArg) {
  const { version } = await ticketRow(db, ticketId);
  return changeTicketStatus(as(by), { ticketId, version, statusId, payment });
}
type PaymentArg = { amountCents: number; method: "cash" | "card" | "bank_transfer" } | undefined;

const paymentsOf = (ticketId: string) =>
  db.select().from(payments).where(eq(payments.ticketId, ticketId)).orderBy(asc(payments.receiptNumber));
const payOf = (ticketId: string) =>
  db.select().from(payEntries).where(eq(payEntries.ticketId, ticketId)).orderBy(asc(payEntries.id));
const outboxCount = async () => Number((await db.select({ n: count() }).from(outbox))[0]?.n);

/** Sum of a ticket's pay entries per employee. */
async function netPay(ticketId: string): Promise<Record<string, number>> {
  const net: Record<string, number> = {};
  for (const e of await payOf(ticketId)) net[e.userId] = (net[e.userId] ?? 0) + e.amountCents;
  return net;
}

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin", "Ada Admin");
  m1 = await makeUser(db, "member", "Mia Member");
  m2 = await makeUser(db, "member", "Max Member");
  m3 = await makeUser(db, "member", "Noor No-rate");
  cust = await makeUser(db, "code_user", "Carla Customer");
  assetId = (await makeAsset(db, { responsible: [m1, m2], holders: [cust] })).id;
  const [paid, review] = await db
    .insert(statuses)
    .values([
      {
        kind: "ticket",
        category: "done",
        name: "Paid",
        color: "#16a34a",
        position: 40,
        actions: [{ type: "open_payment" }],
      },
      {
        kind: "ticket",
        category: "on_hold",
        name: "Pay review",
        color: "#0ea5e9",
        position: 41,
        actions: [{ type: "calculate_pay" }],
      },
    ])
    .returning({ id: statuses.id });
  paidId = paid!.id;
  payReviewId = review!.id;
  await setActions("closed_unsuccessful", [{ type: "write_off" }]);
});
afterAll(() => handle.close());

describe("payments with the status change", () => {
  it("refuses a payment status without a payment, and a stale version, writing nothing", async () => {
    const ticketId = await workedTicket(10_000);
    const before = await snapshot(db, ticketId);
    const missing = await refusal(moveTo(ticketId, paidId));
    expect(missing.code).toBe("invalid");
    await expectUnchanged(db, ticketId, before);

    const stale = await refusal(
      changeTicketStatus(as(admin), {
        ticketId,
        version: before.version - 1,
        statusId: paidId,
        payment: { amountCents: 4_000, method: "cash" },
      }),
    );
    expect(stale.code).toBe("conflict");
    await expectUnchanged(db, ticketId, before);
    expect(await paymentsOf(ticketId)).toEqual([]);
  });

  it("records the payment atomically with the change, linked to its status event", async () => {
    const ticketId = await workedTicket(10_000);
    const before = await snapshot(db, ticketId);
    await moveTo(ticketId, paidId, m1, { amountCents: 4_000, method: "card" });
    const events = await eventsOf(db, ticketId, before.lastEventId);
    expect(events.map((e) => e.type)).toEqual(["status_changed", "payment_recorded"]);
    const rows = await paymentsOf(ticketId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "payment",
      amountCents: 4_000,
      method: "card",
      employeeId: m1.id,
      eventId: events[0]!.id,
    });

    const money = await loadTicketMoney(db, ticketId, 10_000);
    expect(money).toMatchObject({
      amountCents: 10_000,
      paidCents: 4_000,
      writtenOffCents: 0,
      balanceCents: 6_000,
    });
    expect(money.payments).toEqual([
      expect.objectContaining({
        receiptNumber: rows[0]!.receiptNumber,
        kind: "payment",
        amountCents: 4_000,
        method: "card",
        employeeName: "Mia Member",
      }),
    ]);
  });
});

describe("write-off", () => {
  it("writes off exactly the open balance, once, even when the row is handled twice", async () => {
    const ticketId = await workedTicket(10_000);
    await moveTo(ticketId, paidId, m1, { amountCents: 4_000, method: "cash" });
    await drain();
    const heard: LiveMessage[] = [];
    const unlisten = await handle.listen(LIVE_CHANNEL, (p) => heard.push(JSON.parse(p) as LiveMessage));
    await moveTo(ticketId, await statusIdOf(db, "closed_unsuccessful"));
    const { version } = await ticketRow(db, ticketId);
    heard.length = 0;
    await drain();

    const writeOffs = (await paymentsOf(ticketId)).filter((p) => p.kind === "write_off");
    expect(writeOffs).toHaveLength(1);
    expect(writeOffs[0]).toMatchObject({ amountCents: 6_000, employeeId: admin.id, method: null });
    const [actionRow] = await db.select().from(outbox).where(eq(outbox.topic, "status_action.write_off"));
    expect(writeOffs[0]!.idempotencyKey).toBe(actionRow!.idempotencyKey);
    const written = (await eventsOf(db, ticketId)).filter((e) => e.type === "balance_written_off");
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ actorId: admin.id, data: { amountCents: 6_000 } });
    const [eventBox] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.idempotencyKey, `ticket_event:${written[0]!.id}`));
    expect(eventBox?.topic).toBe("ticket.balance_written_off");
    expect(eventBox?.processedAt).not.toBeNull();
    // The ticket row is unchanged; open screens still hear of the new balance.
    expect((await ticketRow(db, ticketId)).version).toBe(version);
    await expect.poll(() => heard.some((m) => m.id === ticketId && m.version === version)).toBe(true);
    await unlisten();
    expect(await loadTicketMoney(db, ticketId, 10_000)).toMatchObject({
      paidCents: 4_000,
      writtenOffCents: 6_000,
      balanceCents: 0,
    });

    // Handled again (crash before marking processed), even with a new balance to write off: nothing.
    await setTicketAmount(as(admin), { ticketId, version, amountCents: 12_000 });
    await db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(eq(outbox.id, actionRow!.id));
    await drain();
    expect((await paymentsOf(ticketId)).filter((p) => p.kind === "write_off")).toHaveLength(1);
    expect((await eventsOf(db, ticketId)).filter((e) => e.type === "balance_written_off")).toHaveLength(1);
    const [rerun] = await db.select().from(outbox).where(eq(outbox.id, actionRow!.id));
    expect(rerun).toMatchObject({ attempts: 2, lastError: null });
    expect(rerun?.processedAt).not.toBeNull();
  });

  it("writes nothing off when the balance is 0 or the ticket has no amount", async () => {
    const paidUp = await workedTicket(5_000);
    await moveTo(paidUp, paidId, m1, { amountCents: 5_000, method: "cash" });
    const noAmount = await workedTicket(null);
    for (const id of [paidUp, noAmount]) await moveTo(id, await statusIdOf(db, "closed_unsuccessful"));
    await drain();
    for (const id of [paidUp, noAmount]) {
      expect((await paymentsOf(id)).filter((p) => p.kind === "write_off")).toEqual([]);
      expect((await eventsOf(db, id)).filter((e) => e.type === "balance_written_off")).toEqual([]);
    }
    expect((await loadTicketMoney(db, noAmount, null)).balanceCents).toBe(0);
  });
});

describe("pay", () => {
  beforeAll(async () => {
    await setPayRate(as(admin), { userId: m1.id, kind: "percent", rate: "12.5" });
    await setPayRate(as(admin), { userId: m2.id, kind: "fixed", rate: "25" });
    await setActions("done", [{ type: "calculate_pay" }]);
    await setActions("closed", [{ type: "calculate_pay" }]);
  });
  afterAll(async () => {
    await setActions("done", []);
    await setActions("closed", []);
  });

  it("computes each assignee's pay from their rate, once per ticket", async () => {
    const ticketId = await workedTicket(10_000);
    await moveTo(ticketId, await statusIdOf(db, "done"));
    await drain();
    const entries = await payOf(ticketId);
    expect(entries).toHaveLength(2);
    const byUser = Object.fromEntries(entries.map((e) => [e.userId, e]));
    expect(byUser[m1.id]).toMatchObject({
      kind: "calculation",
      amountCents: 1_250,
      basis: { rateKind: "percent", rateValue: 12.5, ticketAmountCents: 10_000, statusName: "Done" },
    });
    expect(byUser[m2.id]).toMatchObject({
      kind: "calculation",
      amountCents: 2_500,
      basis: { rateKind: "fixed", rateValue: 2_500, ticketAmountCents: 10_000, statusName: "Done" },
    });
    const [calcRow] = await db
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.topic, "status_action.calculate_pay"),
          sql`${outbox.payload}->>'ticketId' = ${ticketId}`,
        ),
      );
    expect(byUser[m1.id]!.idempotencyKey).toBe(`${calcRow!.idempotencyKey}:${m1.id}`);

    // A second pay status, and the same rows handled again: no new entries.
    await moveTo(ticketId, await statusIdOf(db, "closed"));
    await drain();
    await db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(sql`${outbox.payload}->>'ticketId' = ${ticketId}`);
    await drain();
    expect(await payOf(ticketId)).toHaveLength(2);
  });

  it("a calculation handled only after the reopen that undoes it records no pay", async () => {
    const ticketId = await workedTicket(10_000);
    await moveTo(ticketId, await statusIdOf(db, "done"));
    // The pay row fails (or another instance holds it) while the reopen's row is handled.
    const payRow = and(
      eq(outbox.topic, "status_action.calculate_pay"),
      sql`${outbox.payload}->>'ticketId' = ${ticketId}`,
    );
    await db.update(outbox).set({ availableAt: sql`now() + interval '1 hour'` }).where(payRow);
    await reopenTicket(as(cust), { ticketId, version: (await ticketRow(db, ticketId)).version });
    await drain();
    expect(await payOf(ticketId)).toHaveLength(0);

    await db.update(outbox).set({ availableAt: sql`now()` }).where(payRow);
    await drain();
    expect(await payOf(ticketId)).toHaveLength(0);
    const [row] = await db.select().from(outbox).where(payRow);
    expect(row?.processedAt).toBeInstanceOf(Date);

    // Entering Done again after the reopen is a new entry: its pay stands.
    await moveTo(ticketId, await statusIdOf(db, "in_progress"));
    await moveTo(ticketId, await statusIdOf(db, "done"));
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 1_250, [m2.id]: 2_500 });
  });

  it("reverses pay on reopen and recalculates when the ticket enters a pay status again", async () => {
    const ticketId = await workedTicket(10_000);
    await moveTo(ticketId, await statusIdOf(db, "done"));
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 1_250, [m2.id]: 2_500 });

    await reopenTicket(as(cust), { ticketId, version: (await ticketRow(db, ticketId)).version });
    await drain();
    const reversals = (await payOf(ticketId)).filter((e) => e.kind === "reversal");
    expect(reversals.map((e) => [e.userId, e.amountCents]).sort()).toEqual(
      [
        [m1.id, -1_250],
        [m2.id, -2_500],
      ].sort(),
    );
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 0, [m2.id]: 0 });

    // Handled again: still one reversal per employee.
    await db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(sql`${outbox.payload}->>'ticketId' = ${ticketId}`);
    await drain();
    expect((await payOf(ticketId)).filter((e) => e.kind === "reversal")).toHaveLength(2);

    // More work and a new amount: entering Done again recalculates.
    await moveTo(ticketId, await statusIdOf(db, "in_progress"));
    await setTicketAmount(as(admin), {
      ticketId,
      version: (await ticketRow(db, ticketId)).version,
      amountCents: 20_000,
    });
    await moveTo(ticketId, await statusIdOf(db, "done"));
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 2_500, [m2.id]: 2_500 });
    expect((await payOf(ticketId)).filter((e) => e.kind === "calculation")).toHaveLength(4);

    // Reopened by an employee from Closed, then a pay status of another category: once more.
    await moveTo(ticketId, await statusIdOf(db, "closed"));
    await drain();
    expect((await payOf(ticketId)).filter((e) => e.kind === "calculation")).toHaveLength(4);
    await reopenTicket(as(admin), { ticketId, version: (await ticketRow(db, ticketId)).version });
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 0, [m2.id]: 0 });
    await moveTo(ticketId, await statusIdOf(db, "in_progress"));
    await moveTo(ticketId, payReviewId);
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 2_500, [m2.id]: 2_500 });
    const last = (await payOf(ticketId)).at(-1);
    expect(last?.basis).toMatchObject({ statusName: "Pay review" });

    // Each calculation and reversal is one history event, despite the row handled twice above.
    const history = await db
      .select({ type: ticketEvents.type })
      .from(ticketEvents)
      .where(
        and(
          eq(ticketEvents.ticketId, ticketId),
          inArray(ticketEvents.type, ["pay_calculated", "pay_reversed"]),
        ),
      )
      .orderBy(ticketEvents.id);
    expect(history.map((e) => e.type)).toEqual([
      "pay_calculated",
      "pay_reversed",
      "pay_calculated",
      "pay_reversed",
      "pay_calculated",
    ]);
  });

  it("gives an assignee without a rate a zero entry", async () => {
    const { ticketId } = await createTicket(as(cust), { title: "No rate", assetId });
    await acceptOffer(as(m1), { ticketId });
    await changeTicketStatus(as(admin), {
      ticketId,
      version: (await ticketRow(db, ticketId)).version,
      statusId: await statusIdOf(db, "in_progress"),
    });
    await setTicketAssignees(as(admin), {
      ticketId,
      version: (await ticketRow(db, ticketId)).version,
      userIds: [m1.id, m3.id],
    });
    await moveTo(ticketId, await statusIdOf(db, "done"));
    await drain();
    expect(await netPay(ticketId)).toEqual({ [m1.id]: 0, [m3.id]: 0 });
    const m3Entry = (await payOf(ticketId)).find((e) => e.userId === m3.id);
    expect(m3Entry?.basis).toMatchObject({ rateKind: null, rateValue: null });
  });

  it("pays nothing for a transition that rolled back or conflicted: no outbox rows", async () => {
    const ticketId = await workedTicket(10_000);
    const outboxBefore = await outboxCount();
    const doneId = await statusIdOf(db, "done");
    await expect(
      db.transaction(async (tx) => {
        const inner = { actor: admin, db: tx as unknown as Db };
        const { version } = await ticketRow(inner.db, ticketId);
        await changeTicketStatus(inner, { ticketId, version, statusId: doneId });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const stale = await refusal(
      changeTicketStatus(as(admin), {
        ticketId,
        version: (await ticketRow(db, ticketId)).version - 1,
        statusId: doneId,
      }),
    );
    expect(stale.code).toBe("conflict");
    expect(await outboxCount()).toBe(outboxBefore);
    await drain();
    expect(await payOf(ticketId)).toEqual([]);
  });
});

describe("Settings → Pay", () => {
  it("sums each employee's entries of the month, and the CSV lists them", async () => {
    const ticketId = await workedTicket(8_000, 'Valve "B", leaking');
    const { number } = await ticketRow(db, ticketId);
    const at = (iso: string) => new Date(iso);
    await db.insert(payEntries).values([
      {
        ticketId,
        userId: m1.id,
        kind: "calculation",
        amountCents: 1_000,
        idempotencyKey: "t:1",
        createdAt: at("2024-01-01T00:00:00Z"),
      },
      {
        ticketId,
        userId: m1.id,
        kind: "reversal",
        amountCents: -1_000,
        idempotencyKey: "t:2",
        createdAt: at("2024-01-20T10:00:00Z"),
      },
      {
        ticketId,
        userId: m1.id,
        kind: "calculation",
        amountCents: 1_200,
        idempotencyKey: "t:3",
        createdAt: at("2024-01-31T23:59:59Z"),
      },
      {
        ticketId,
        userId: m2.id,
        kind: "calculation",
        amountCents: 2_500,
        idempotencyKey: "t:4",
        createdAt: at("2024-01-15T12:00:00Z"),
      },
      // Outside January: the month before and the first instant of the next.
      {
        ticketId,
        userId: m2.id,
        kind: "calculation",
        amountCents: 999,
        idempotencyKey: "t:5",
        createdAt: at("2023-12-31T23:59:59Z"),
      },
      {
        ticketId,
        userId: m2.id,
        kind: "calculation",
        amountCents: 777,
        idempotencyKey: "t:6",
        createdAt: at("2024-02-01T00:00:00Z"),
      },
    ]);
    const pay = await getPayMonth(as(admin), parseMonth("2024-01")!);
    expect(pay.month).toBe("2024-01");
    expect(
      pay.employees.map((e) => [e.name, e.tickets, e.calculatedCents, e.reversedCents, e.totalCents]),
    ).toEqual([
      ["Max Member", 1, 2_500, 0, 2_500],
      ["Mia Member", 1, 2_200, -1_000, 1_200],
    ]);
    expect(pay.totals).toEqual({ calculatedCents: 4_700, reversedCents: -1_000, totalCents: 3_700 });
    expect(pay.employees[1]!.entries.map((e) => [e.ticketNumber, e.kind, e.amountCents])).toEqual([
      [number, "calculation", 1_000],
      [number, "reversal", -1_000],
      [number, "calculation", 1_200],
    ]);

    const csv = payMonthCsv(pay).split("\r\n");
    expect(csv[0]).toBe("month,employee,email,ticket,kind,amount,created_at");
    expect(csv.slice(1, -1)).toEqual([
      `2024-01,Max Member,${m2.email},T-${number},calculation,25.00,2024-01-15T12:00:00.000Z`,
      `2024-01,Mia Member,${m1.email},T-${number},calculation,10.00,2024-01-01T00:00:00.000Z`,
      `2024-01,Mia Member,${m1.email},T-${number},reversal,-10.00,2024-01-20T10:00:00.000Z`,
      `2024-01,Mia Member,${m1.email},T-${number},calculation,12.00,2024-01-31T23:59:59.000Z`,
    ]);
    expect(csv.at(-1)).toBe("");

    const empty = await getPayMonth(as(admin), parseMonth("2019-07")!);
    expect(empty).toEqual({
      month: "2019-07",
      employees: [],
      totals: { calculatedCents: 0, reversedCents: 0, totalCents: 0 },
    });
    expect(payMonthCsv(empty)).toBe("month,employee,email,ticket,kind,amount,created_at\r\n");
    expect((await refusal(getPayMonth(as(m1), parseMonth(currentMonth())!))).code).toBe("forbidden");
  });
});

describe("pay rates", () => {
  it("lets admins set a percentage, a fee or none, and refuses anything else", async () => {
    const rateOf = async (id: string) =>
      (
        await db
          .select({ kind: users.payRateKind, value: users.payRateValue })
          .from(users)
          .where(eq(users.id, id))
      )[0];
    expect((await setPayRate(as(admin), { userId: m3.id, kind: "percent", rate: "7,25" })).payRate).toEqual({
      kind: "percent",
      value: 7.25,
    });
    expect(await rateOf(m3.id)).toEqual({ kind: "percent", value: 7.25 });
    await setPayRate(as(admin), { userId: m3.id, kind: "fixed", rate: "1 234.5" });
    expect(await rateOf(m3.id)).toEqual({ kind: "fixed", value: 123_450 });
    await setPayRate(as(admin), { userId: m3.id, kind: null });
    expect(await rateOf(m3.id)).toEqual({ kind: null, value: null });

    for (const rate of ["100.01", "12.345", "-1", "abc", ""]) {
      const error = await refusal(setPayRate(as(admin), { userId: m3.id, kind: "percent", rate }));
      expect(error.fieldErrors?.rate).toBeTruthy();
    }
    expect((await refusal(setPayRate(as(admin), { userId: m3.id, kind: "fixed", rate: "1.999" }))).code).toBe(
      "invalid",
    );
    expect((await refusal(setPayRate(as(admin), { userId: cust.id, kind: "fixed", rate: "5" }))).code).toBe(
      "invalid",
    );
    expect((await refusal(setPayRate(as(m1), { userId: m1.id, kind: "fixed", rate: "5" }))).code).toBe(
      "forbidden",
    );
    expect(await rateOf(m3.id)).toEqual({ kind: null, value: null });
    expect(await rateOf(m1.id)).toEqual({ kind: "percent", value: 12.5 });
  });
});

describe("receipts", () => {
  it("shows a payment's receipt to staff who may see the ticket and to the customer who paid, and nothing else", async () => {
    const ticketId = await workedTicket(10_000, "Gearbox service");
    await moveTo(ticketId, paidId, m2, { amountCents: 2_500, method: "bank_transfer" });
    await moveTo(ticketId, await statusIdOf(db, "closed_unsuccessful"));
    await drain();
    const [paid, writeOff] = await paymentsOf(ticketId);
    expect(writeOff?.kind).toBe("write_off");
    const { number } = await ticketRow(db, ticketId);
    const receipt = await getReceipt(as(m3), number, paid!.receiptNumber);
    expect(receipt).toMatchObject({
      receiptNumber: paid!.receiptNumber,
      amountCents: 2_500,
      method: "bank_transfer",
      employeeName: "Max Member",
      customerName: "Carla Customer",
      ticket: { number, title: "Gearbox service" },
    });
    expect(await getReceipt(as(m3), number, writeOff!.receiptNumber)).toBeNull();
    expect(await getReceipt(as(m3), number + 1, paid!.receiptNumber)).toBeNull();
    expect(await getReceipt(as(m3), number, 999_999)).toBeNull();
    // The customer who created the ticket sees their receipt; another holder of the asset does not.
    expect(await getReceipt(as(cust), number, paid!.receiptNumber)).toMatchObject({ amountCents: 2_500 });
    const otherHolder = await makeUser(db, "code_user");
    await db.insert(assetMembers).values({ userId: otherHolder.id, assetId });
    expect(await getReceipt(as(otherHolder), number, paid!.receiptNumber)).toBeNull();
    expect([
      parseReceiptNumber("R-12"),
      parseReceiptNumber("12"),
      parseReceiptNumber("x"),
      parseReceiptNumber("0"),
    ]).toEqual([12, 12, null, null]);
  });
});

describe("no stray rows", () => {
  it("leaves no outbox row unprocessed", async () => {
    await drain();
    const pending = await db
      .select({ topic: outbox.topic, error: outbox.lastError })
      .from(outbox)
      // E-mail and push digests wait for their window to close; everything else is done.
      .where(and(isNull(outbox.processedAt), ne(outbox.topic, DIGEST_TOPIC)));
    expect(pending).toEqual([]);
    const kinds = await db
      .select({ type: ticketEvents.type })
      .from(ticketEvents)
      .where(inArray(ticketEvents.type, ["balance_written_off"]));
    expect(kinds.length).toBeGreaterThan(0);
  });
});
