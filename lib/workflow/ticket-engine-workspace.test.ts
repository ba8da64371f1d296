import { describe, expect, it } from "vitest";
import { english } from "../i18n/translate";
import type { DonePolicy } from "./done-policy";
import { SYSTEM_STATUSES, statusLabel } from "./ticket-categories";
import {
  decideTicket,
  type EngineContext,
  menuMoves,
  type StatusRef,
  type TicketState,
} from "./ticket-engine";

const system = SYSTEM_STATUSES.map(
  (s): StatusRef => ({
    id: s.key,
    category: s.category,
    name: s.name,
    systemKey: s.key,
    archived: false,
    actionTypes: [],
  }),
);
const custom: StatusRef[] = [
  {
    id: "c_parts",
    category: "on_hold",
    name: "Awaiting parts",
    systemKey: null,
    archived: false,
    actionTypes: [],
  },
  {
    id: "c_sms",
    category: "in_progress",
    name: "On the way",
    systemKey: null,
    archived: false,
    actionTypes: ["sms_customer"],
  },
  {
    id: "c_pay",
    category: "done",
    name: "Ready",
    systemKey: null,
    archived: false,
    actionTypes: ["calculate_pay"],
  },
];
const STATUSES = [...system, ...custom];
const status = (id: string) => STATUSES.find((s) => s.id === id)!;
const policy = (mode: DonePolicy["mode"]): DonePolicy => ({ mode, autoCloseAfterDays: null });

function ctx(
  statusId: string,
  over: Partial<TicketState> = {},
  mode: DonePolicy["mode"] = "rating",
): EngineContext {
  return {
    actor: { id: "mem1", role: "member" },
    statuses: STATUSES,
    policy: policy(mode),
    ticket: { status: status(statusId), creatorId: "cust1", assigneeIds: ["mem1"], offers: [], ...over },
  };
}
const undoable = (c: EngineContext) =>
  Object.fromEntries(menuMoves(c).map((move) => [move.status.id, move.undoable]));

describe("menuMoves: which moves the toast may offer to undo", () => {
  it("moves between work statuses and into Done go back when they set nothing off", () => {
    const moves = undoable(ctx("in_progress"));
    expect(moves).toMatchObject({ waiting_customer: true, on_hold: true, c_parts: true, done: true });
  });

  it("a move that sets something off (an SMS, pay) is not undone: what it set off stays done", () => {
    const moves = undoable(ctx("in_progress"));
    expect(moves.c_pay).toBe(false);
    expect(undoable(ctx("on_hold")).c_sms).toBe(false);
  });

  it("a move the person could not make back is not undone (Assigned is entered only by an offer)", () => {
    expect(undoable(ctx("assigned")).in_progress).toBe(false);
  });

  it("under the immediate done policy Done closes at once: nothing to move back to", () => {
    expect(undoable(ctx("in_progress", {}, "immediate")).done).toBe(false);
  });

  it("a manager's close and cancel are not undone", () => {
    const admin = { ...ctx("in_progress"), actor: { id: "admin1", role: "admin" as const } };
    expect(undoable(admin)).toMatchObject({ closed: false, closed_unsuccessful: false, cancelled: false });
  });
});

describe("decideTicket set_amount: the amount of a closed, paid ticket is final", () => {
  const setAmount = (c: EngineContext) => decideTicket(c, { type: "set_amount", amountCents: 5_000 });

  it.each([
    ["closed, fully paid", "closed", { amountCents: 10_000, paidCents: 10_000 }, false],
    ["closed, overpaid", "closed", { amountCents: 10_000, paidCents: 12_000 }, false],
    ["closed, partly paid", "closed", { amountCents: 10_000, paidCents: 4_000 }, true],
    ["closed, no amount yet", "closed", { amountCents: null, paidCents: 0 }, true],
    [
      "closed unsuccessfully (written off)",
      "closed_unsuccessful",
      { amountCents: 10_000, paidCents: 10_000 },
      true,
    ],
    ["done and paid", "done", { amountCents: 10_000, paidCents: 10_000 }, true],
  ] as const)("%s → allowed: %s", (_label, statusId, over, allowed) => {
    const decision = setAmount({
      ...ctx(statusId, over),
      actor: { id: "admin1", role: "admin" },
    });
    expect(decision.ok).toBe(allowed);
    if (!decision.ok) expect(decision.message).toBe("The ticket is closed and paid: its amount is final.");
  });
});

describe("statusLabel: default names in the reader's language, admins' names as written", () => {
  it("a system status under its default name is a catalog message", () => {
    expect(english(statusLabel(status("waiting_customer")) as never)).toBe("Awaiting customer");
    expect(typeof statusLabel(status("waiting_customer"))).toBe("object");
  });

  it("a renamed system status and a custom status keep their names", () => {
    expect(statusLabel({ ...status("on_hold"), name: "Waiting for supplier" })).toBe("Waiting for supplier");
    expect(statusLabel(status("c_parts"))).toBe("Awaiting parts");
  });

  it("engine refusals name statuses in the reader's language", () => {
    const decision = decideTicket(ctx("in_progress"), { type: "change_status", to: status("in_progress") });
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.message).toBe('The ticket is already "In Progress".');
    const german = JSON.stringify(decision.msg);
    expect(german).toContain("workflow.systemStatuses.in_progress");
  });
});
