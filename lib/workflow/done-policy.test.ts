import { describe, expect, it } from "vitest";
import { DEFAULT_DONE_POLICY, type DonePolicy, isDueForAutoClose } from "./done-policy";
import { donePolicySchema } from "./done-policy-schema";
import { SYSTEM_STATUSES, type TicketCategory } from "./ticket-categories";
import {
  customerActions,
  type Decision,
  decideTicket,
  type EngineActor,
  type EngineContext,
  finalStatus,
  type StatusRef,
  type TicketEventDraft,
  type TicketState,
} from "./ticket-engine";

const custom = (id: string, category: TicketCategory, name: string): StatusRef => ({
  id,
  category,
  name,
  systemKey: null,
  actionTypes: [],
  archived: false,
});
const STATUSES: StatusRef[] = [
  ...SYSTEM_STATUSES.map((s) => ({ ...custom(s.key, s.category, s.name), systemKey: s.key })),
  custom("c_review", "in_progress", "Compensation review"),
  custom("c_check", "done", "Quality check"),
];
function st(id: string): StatusRef {
  const status = STATUSES.find((s) => s.id === id);
  if (!status) throw new Error(`no status ${id}`);
  return status;
}

const ACTORS = {
  admin: { id: "admin1", role: "admin" },
  moderator: { id: "mod1", role: "moderator" },
  assignee: { id: "mem1", role: "member" },
  member: { id: "mem2", role: "member" },
  creator: { id: "cust1", role: "code_user" },
  otherCustomer: { id: "cust2", role: "code_user" },
  sys: { id: null, role: "sys" },
} satisfies Record<string, EngineActor>;
type Who = keyof typeof ACTORS;
const NOT_CREATOR = (Object.keys(ACTORS) as Who[]).filter((who) => who !== "creator");

const RATING: DonePolicy = { mode: "rating", autoCloseAfterDays: null };
const CONFIRMATION: DonePolicy = { mode: "confirmation", autoCloseAfterDays: null };
const IMMEDIATE: DonePolicy = { mode: "immediate", autoCloseAfterDays: null };

function ctx(who: Who, status: string, policy: DonePolicy, over: Partial<TicketState> = {}): EngineContext {
  return {
    actor: ACTORS[who],
    statuses: STATUSES,
    policy,
    ticket: { status: st(status), creatorId: "cust1", assigneeIds: ["mem1"], offers: [], ...over },
  };
}

function expectRefusal(decision: Decision) {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(decision.code).toMatch(/^(forbidden|not_allowed|invalid)$/);
  expect(decision.message.trim()).not.toBe("");
}

type StatusChanged = Extract<TicketEventDraft, { type: "status_changed" }>;
const moves = (decision: Decision) =>
  decision.ok
    ? decision.events
        .filter((e): e is StatusChanged => e.type === "status_changed")
        .map((e) => `${e.from.id}>${e.to.id}:${e.reason}`)
    : decision.message;

describe("done policy: rating (default)", () => {
  it("is the default", () => {
    expect(DEFAULT_DONE_POLICY).toEqual({ mode: "rating", autoCloseAfterDays: null });
  });

  it.each([1, 2, 3, 4, 5])("a %i-star rating by the creator closes the ticket", (stars) => {
    const decision = decideTicket(ctx("creator", "done", RATING), { type: "rate", stars, comment: "thanks" });
    expect(decision.ok && decision.events[0]).toEqual({ type: "rated", stars, comment: "thanks" });
    expect(moves(decision)).toEqual(["done>closed:rating"]);
  });

  it("a rating also closes from a custom done status", () => {
    const decision = decideTicket(ctx("creator", "c_check", RATING), {
      type: "rate",
      stars: 3,
      comment: null,
    });
    expect(moves(decision)).toEqual(["c_check>closed:rating"]);
  });

  it("confirming is refused", () => {
    expectRefusal(decideTicket(ctx("creator", "done", RATING), { type: "confirm_resolution" }));
  });

  it("the creator may reopen instead", () => {
    expect(moves(decideTicket(ctx("creator", "done", RATING), { type: "reopen" }))).toEqual([
      "done>reopened:reopened",
    ]);
    expect(customerActions(ctx("creator", "done", RATING))).toEqual({
      cancel: false,
      reopen: true,
      rate: true,
      confirm: false,
    });
  });

  it.each([0, 6, -1, 2.5, Number.NaN, 100])("a rating of %s stars is refused", (stars) => {
    const decision = decideTicket(ctx("creator", "done", RATING), { type: "rate", stars, comment: null });
    expectRefusal(decision);
    expect(!decision.ok && decision.code).toBe("invalid");
  });

  it.each(NOT_CREATOR)("%s may not rate", (who) => {
    expectRefusal(decideTicket(ctx(who, "done", RATING), { type: "rate", stars: 5, comment: null }));
  });

  it.each(["assigned", "in_progress", "waiting_customer", "closed", "cancelled"])(
    "the creator cannot rate a ticket in %s",
    (status) => {
      expectRefusal(decideTicket(ctx("creator", status, RATING), { type: "rate", stars: 5, comment: null }));
    },
  );
});

describe("done policy: confirmation", () => {
  it("confirming closes the ticket, without a rating", () => {
    const decision = decideTicket(ctx("creator", "done", CONFIRMATION), { type: "confirm_resolution" });
    expect(moves(decision)).toEqual(["done>closed:confirmation"]);
    expect(decision.ok && decision.events.some((e) => e.type === "rated")).toBe(false);
  });

  it("rating is refused", () => {
    expectRefusal(
      decideTicket(ctx("creator", "done", CONFIRMATION), { type: "rate", stars: 5, comment: null }),
    );
  });

  it("the creator may reopen instead", () => {
    expect(moves(decideTicket(ctx("creator", "done", CONFIRMATION), { type: "reopen" }))).toEqual([
      "done>reopened:reopened",
    ]);
    expect(customerActions(ctx("creator", "done", CONFIRMATION))).toEqual({
      cancel: false,
      reopen: true,
      rate: false,
      confirm: true,
    });
  });

  it.each(NOT_CREATOR)("%s may not confirm", (who) => {
    expectRefusal(decideTicket(ctx(who, "done", CONFIRMATION), { type: "confirm_resolution" }));
  });

  it("the creator cannot confirm before the ticket is done", () => {
    expectRefusal(decideTicket(ctx("creator", "in_progress", CONFIRMATION), { type: "confirm_resolution" }));
  });
});

describe("done policy: immediate", () => {
  it.each([
    ["assignee", "in_progress", "done"],
    ["admin", "waiting_customer", "done"],
    ["moderator", "on_hold", "c_check"],
    ["assignee", "c_review", "c_check"],
  ] as [Who, string, string][])("%s moving %s → %s goes on to Closed at once", (who, from, to) => {
    const decision = decideTicket(ctx(who, from, IMMEDIATE), { type: "change_status", to: st(to) });
    expect(moves(decision)).toEqual([`${from}>${to}:menu`, `${to}>closed:immediate_close`]);
    expect(decision.ok && finalStatus(st(from), decision.events).id).toBe("closed");
  });

  it("withdraws pending offers as it closes", () => {
    const offers = [{ userId: "mem3", state: "pending" as const }];
    const decision = decideTicket(ctx("assignee", "in_progress", IMMEDIATE, { offers }), {
      type: "change_status",
      to: st("done"),
    });
    expect(decision.ok && decision.events.filter((e) => e.type === "offer_withdrawn")).toEqual([
      { type: "offer_withdrawn", userId: "mem3" },
    ]);
  });

  it("the customer then has no actions", () => {
    const decision = decideTicket(ctx("assignee", "in_progress", IMMEDIATE), {
      type: "change_status",
      to: st("done"),
    });
    if (!decision.ok) throw new Error(decision.message);
    const closed = finalStatus(st("in_progress"), decision.events);
    expect(closed.category).toBe("closed");
    expect(customerActions(ctx("creator", "in_progress", IMMEDIATE, { status: closed }))).toEqual({
      cancel: false,
      reopen: false,
      rate: false,
      confirm: false,
    });
  });

  it("moving into done under rating/confirmation stops at Done", () => {
    for (const policy of [RATING, CONFIRMATION]) {
      const decision = decideTicket(ctx("assignee", "in_progress", policy), {
        type: "change_status",
        to: st("done"),
      });
      expect(moves(decision)).toEqual(["in_progress>done:menu"]);
    }
  });
});

describe("done policy: autoCloseAfterDays", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const doneAt = new Date("2025-03-01T10:00:00Z");
  const at = (ms: number) => new Date(doneAt.getTime() + ms);

  it.each([
    [{ mode: "rating", autoCloseAfterDays: 3 }, 3 * DAY - 1, false],
    [{ mode: "rating", autoCloseAfterDays: 3 }, 3 * DAY, true],
    [{ mode: "rating", autoCloseAfterDays: 3 }, 30 * DAY, true],
    [{ mode: "rating", autoCloseAfterDays: 3 }, 0, false],
    [{ mode: "confirmation", autoCloseAfterDays: 1 }, DAY - 1, false],
    [{ mode: "confirmation", autoCloseAfterDays: 1 }, DAY, true],
    [{ mode: "rating", autoCloseAfterDays: null }, 365 * DAY, false],
    [{ mode: "immediate", autoCloseAfterDays: 1 }, 10 * DAY, false],
  ] as [DonePolicy, number, boolean][])("isDueForAutoClose(%j) after %i ms is %s", (policy, elapsed, due) => {
    expect(isDueForAutoClose(policy, doneAt, at(elapsed))).toBe(due);
  });

  it("the policy schema accepts 1…365 days or null", () => {
    for (const days of [1, 7, 365, null]) {
      expect(donePolicySchema.safeParse({ mode: "rating", autoCloseAfterDays: days }).success).toBe(true);
    }
    for (const days of [0, -1, 366, 1.5]) {
      expect(donePolicySchema.safeParse({ mode: "rating", autoCloseAfterDays: days }).success).toBe(false);
    }
    expect(donePolicySchema.safeParse({ mode: "never", autoCloseAfterDays: null }).success).toBe(false);
  });

  const ON: DonePolicy = { mode: "rating", autoCloseAfterDays: 7 };

  it("the auto_close command is refused when auto-close is off", () => {
    expectRefusal(decideTicket(ctx("sys", "done", RATING), { type: "auto_close" }));
    expectRefusal(decideTicket(ctx("sys", "done", CONFIRMATION), { type: "auto_close" }));
  });

  it.each([ON, { mode: "confirmation", autoCloseAfterDays: 2 }] as DonePolicy[])(
    "the engine (sys) closes a done ticket when on (%j)",
    (policy) => {
      expect(moves(decideTicket(ctx("sys", "done", policy), { type: "auto_close" }))).toEqual([
        "done>closed:auto_close",
      ]);
      expect(moves(decideTicket(ctx("sys", "c_check", policy), { type: "auto_close" }))).toEqual([
        "c_check>closed:auto_close",
      ]);
    },
  );

  it.each(NOT_CREATOR.map((who) => (who === "sys" ? "creator" : who)))(
    "auto_close is refused for %s",
    (who) => {
      expectRefusal(decideTicket(ctx(who, "done", ON), { type: "auto_close" }));
    },
  );

  it.each(["open", "assigned", "in_progress", "waiting_customer", "closed", "cancelled"])(
    "auto_close is refused in %s",
    (status) => {
      expectRefusal(decideTicket(ctx("sys", status, ON), { type: "auto_close" }));
    },
  );
});
