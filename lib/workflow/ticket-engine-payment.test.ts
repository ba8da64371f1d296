import { describe, expect, it } from "vitest";
import { DEFAULT_DONE_POLICY } from "./done-policy";
import { SYSTEM_STATUSES } from "./ticket-categories";
import {
  allowedTargets,
  decideTicket,
  entryActionTypes,
  type StatusRef,
  type TicketState,
} from "./ticket-engine";

const statuses: StatusRef[] = [
  ...SYSTEM_STATUSES.map((s) => ({
    id: s.key,
    category: s.category,
    name: s.name,
    systemKey: s.key,
    archived: false,
    actionTypes: [],
  })),
  {
    id: "paid",
    category: "done",
    name: "Paid",
    systemKey: null,
    archived: false,
    actionTypes: ["open_payment"],
  },
];
const byId = (id: string) => statuses.find((s) => s.id === id)!;
const ticket: TicketState = {
  status: byId("in_progress"),
  amountCents: 5000,
  creatorId: "cust",
  assigneeIds: ["m1"],
  offers: [],
};
const ctx = (role: "admin" | "member" | "code_user", id = "m1") => ({
  actor: { id, role },
  ticket,
  statuses,
  policy: DEFAULT_DONE_POLICY,
});

describe("payment window (a status with open_payment)", () => {
  it("requires the payment from an employee, and records it with the change", () => {
    const without = decideTicket(ctx("member"), { type: "change_status", to: byId("paid") });
    expect(without).toMatchObject({ ok: false, code: "invalid" });
    expect(!without.ok && without.message).toContain("payment");
    const withPayment = decideTicket(ctx("member"), {
      type: "change_status",
      to: byId("paid"),
      payment: { amountCents: 5000, method: "card" },
    });
    expect(withPayment.ok && withPayment.events.map((e) => e.type)).toEqual([
      "status_changed",
      "payment_recorded",
    ]);
  });

  it("refuses a payment sent for a status without the payment window, instead of dropping it", () => {
    const decision = decideTicket(ctx("member"), {
      type: "change_status",
      to: byId("done"),
      payment: { amountCents: 5000, method: "cash" },
    });
    expect(decision).toMatchObject({ ok: false, code: "invalid" });
    expect(!decision.ok && decision.message).toMatch(/no longer takes a payment.*Reload/);
    expect(decideTicket(ctx("member"), { type: "change_status", to: byId("done") }).ok).toBe(true);
  });

  it.each([0, -5, 1.5, 200_000_000])("refuses an amount of %s", (amountCents) => {
    const decision = decideTicket(ctx("admin", "a1"), {
      type: "change_status",
      to: byId("paid"),
      payment: { amountCents, method: "cash" },
    });
    expect(decision.ok).toBe(false);
  });

  it("still lists the payment status in the menu, and never for people who may not move the ticket", () => {
    expect(allowedTargets(ctx("member")).map((s) => s.name)).toContain("Paid");
    expect(allowedTargets(ctx("member", "someone-else"))).toEqual([]);
    expect(allowedTargets(ctx("code_user", "cust"))).toEqual([]);
  });

  it("sets the amount only for assigned employees, moderators and admins", () => {
    expect(decideTicket(ctx("member"), { type: "set_amount", amountCents: 7000 })).toMatchObject({
      ok: true,
      events: [{ type: "amount_changed", from: 5000, to: 7000 }],
    });
    expect(decideTicket(ctx("member", "other"), { type: "set_amount", amountCents: 7000 }).ok).toBe(false);
    expect(decideTicket(ctx("code_user", "cust"), { type: "set_amount", amountCents: 1 }).ok).toBe(false);
    expect(decideTicket(ctx("admin", "a1"), { type: "set_amount", amountCents: -1 }).ok).toBe(false);
    expect(decideTicket(ctx("admin", "a1"), { type: "set_amount", amountCents: 5000 }).ok).toBe(false);
  });
});

describe("the actions a move sets off (the menu's preview)", () => {
  const withActions = statuses.map((s) =>
    s.id === "done"
      ? { ...s, actionTypes: ["calculate_pay" as const] }
      : s.id === "closed"
        ? { ...s, actionTypes: ["email_customer" as const, "calculate_pay" as const] }
        : s,
  );
  const at = (mode: "rating" | "immediate") => ({
    ...ctx("member"),
    statuses: withActions,
    policy: { ...DEFAULT_DONE_POLICY, mode },
  });
  const done = withActions.find((s) => s.id === "done")!;

  it("are the target's own when the ticket stops there", () => {
    expect(entryActionTypes(at("rating"), done)).toEqual(["calculate_pay"]);
    expect(entryActionTypes(at("rating"), byId("paid"))).toEqual(["open_payment"]);
  });

  it("include Closed's when the immediate done policy closes the ticket on the way, each once", () => {
    expect(entryActionTypes(at("immediate"), done)).toEqual(["calculate_pay", "email_customer"]);
  });

  it("are none for a move the actor may not make", () => {
    expect(entryActionTypes({ ...at("rating"), actor: { id: "x", role: "member" } }, done)).toEqual([]);
  });
});
