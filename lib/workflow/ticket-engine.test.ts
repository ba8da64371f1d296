import { describe, expect, it } from "vitest";
import type { DonePolicy } from "./done-policy";
import { SYSTEM_STATUSES, type TicketCategory } from "./ticket-categories";
import {
  allowedTargets,
  customerActions,
  type Decision,
  decideTicket,
  type EngineActor,
  type EngineContext,
  type StatusRef,
  type TicketCommand,
  type TicketEventDraft,
  type TicketState,
} from "./ticket-engine";

const custom = (id: string, category: TicketCategory, name: string, archived = false): StatusRef => ({
  id,
  category,
  name,
  systemKey: null,
  actionTypes: [],
  archived,
});

const STATUSES: StatusRef[] = [
  ...SYSTEM_STATUSES.map((s) => ({ ...custom(s.key, s.category, s.name), systemKey: s.key })),
  custom("c_review", "in_progress", "Compensation review"),
  custom("c_parts", "on_hold", "Awaiting parts"),
  custom("c_check", "done", "Quality check"),
  custom("c_unpaid", "closed_unsuccessful", "Closed (unpaid)"),
  custom("c_old", "in_progress", "Old review", true),
];

function st(id: string): StatusRef {
  const status = STATUSES.find((s) => s.id === id);
  if (!status) throw new Error(`no status ${id}`);
  return status;
}

/** A admin, M moderator, E member assigned, N member not assigned, U creating code user, O other code user. */
type Party = "A" | "M" | "E" | "N" | "U" | "O" | "sys";
const ACTORS: Record<Party, EngineActor> = {
  A: { id: "admin1", role: "admin" },
  M: { id: "mod1", role: "moderator" },
  E: { id: "mem1", role: "member" },
  N: { id: "mem2", role: "member" },
  U: { id: "cust1", role: "code_user" },
  O: { id: "cust2", role: "code_user" },
  sys: { id: null, role: "sys" },
};
const PARTIES = Object.keys(ACTORS) as Party[];
const STAFF: Party[] = ["A", "M", "E", "N"];

const POLICY: DonePolicy = { mode: "rating", autoCloseAfterDays: 7 };

/**
 * The ticket as seen by `party`. In a draft, A, M, E and U are each the creator (row "U, A, M, E (creator)");
 * elsewhere the creator is U and mem1 (E) is assigned (in `open` only hypothetically, so that E is tested).
 */
function ctxFor(party: Party, status: StatusRef, over: Partial<TicketState> = {}, policy = POLICY) {
  const actor = ACTORS[party];
  const draft = status.category === "draft";
  const creatorIsActor = draft && (party === "A" || party === "M" || party === "E");
  const creatorId = creatorIsActor && actor.id ? actor.id : "cust1";
  const ticket: TicketState = { status, creatorId, assigneeIds: draft ? [] : ["mem1"], offers: [], ...over };
  return { actor, statuses: STATUSES, policy, ticket } satisfies EngineContext;
}

function expectRefusal(decision: Decision) {
  expect(decision.ok).toBe(false);
  if (decision.ok) return;
  expect(["forbidden", "not_allowed", "invalid"]).toContain(decision.code);
  expect(typeof decision.message).toBe("string");
  expect(decision.message.trim().length).toBeGreaterThan(0);
}

type StatusChanged = Extract<TicketEventDraft, { type: "status_changed" }>;
const statusChanges = (decision: Decision): StatusChanged[] =>
  decision.ok ? decision.events.filter((e): e is StatusChanged => e.type === "status_changed") : [];

const RATE: TicketCommand = { type: "rate", stars: 4, comment: null };

/** Every command that could possibly move a ticket into `to`; a party is allowed if one of them does. */
function attempts(to: StatusRef): TicketCommand[] {
  const commands: TicketCommand[] = [{ type: "change_status", to }];
  if (to.id === "open") commands.push({ type: "submit", offerTo: ["mem3"] });
  if (to.id === "cancelled") commands.push({ type: "cancel" });
  if (to.id === "reopened") commands.push({ type: "reopen" });
  if (to.id === "in_progress") commands.push({ type: "customer_reply" });
  if (to.id === "closed") commands.push(RATE, { type: "confirm_resolution" }, { type: "auto_close" });
  return commands;
}

// The transition table of workflow.md 2.2, written out by hand (NOT derived from the engine):
// from category → to category → who. The target of a category is its default status ("Reopened" for
// assigned). Pairs not listed are refused for everyone. open → assigned (sys, via offers/assignment)
// is tested in its own block below.

const EAM: Party[] = ["E", "A", "M"];
const AM: Party[] = ["A", "M"];
/** "assigned … done → closed, closed_unsuccessful, cancelled: A, M" */
const FORCE = { closed: AM, closed_unsuccessful: AM, cancelled: AM };
const SPEC: Record<TicketCategory, Partial<Record<TicketCategory, Party[]>>> = {
  draft: { open: ["U", "A", "M", "E"], cancelled: ["U", "A", "M"] },
  open: { cancelled: ["U", "A", "M"] },
  assigned: { in_progress: EAM, ...FORCE },
  in_progress: { waiting_customer: EAM, on_hold: EAM, done: EAM, ...FORCE },
  waiting_customer: { in_progress: ["E", "A", "M", "sys"], on_hold: EAM, done: EAM, ...FORCE },
  on_hold: { in_progress: EAM, waiting_customer: EAM, done: EAM, ...FORCE },
  done: {
    in_progress: EAM,
    waiting_customer: EAM,
    on_hold: EAM,
    closed: ["sys", "U", "A", "M"],
    closed_unsuccessful: AM,
    assigned: ["U", "E", "A", "M"],
    cancelled: AM,
  },
  closed: { assigned: EAM },
  closed_unsuccessful: { assigned: EAM },
  cancelled: {},
};

/** Every choosable status except the "Assigned" system status (never choosable, tested separately). */
const TARGETS = STATUSES.filter((s) => !s.archived && s.id !== "assigned");

const matrix = STATUSES.flatMap((from) =>
  TARGETS.filter((to) => to.category !== from.category).flatMap((to) =>
    PARTIES.map((party) => {
      const who = SPEC[from.category][to.category] ?? [];
      // sys and U rows only ever reach a default status: "in_progress (default)", "closed (default)", "Reopened".
      const allowed = who.includes(party) && (to.systemKey !== null || EAM.includes(party));
      const name = `${from.name} → ${to.name}: ${party} ${allowed ? "allowed" : "refused"}`;
      return { name, from, to, party, allowed };
    }),
  ),
);

describe("decideTicket: transition matrix of workflow.md 2.2", () => {
  it.each(matrix)("$name", ({ from, to, party, allowed }) => {
    const ctx = ctxFor(party, from);
    const results = attempts(to).map((command) => ({ command, decision: decideTicket(ctx, command) }));
    const moved = results.filter(({ decision }) =>
      statusChanges(decision).some((e) => e.from.id === from.id && e.to.id === to.id),
    );
    expect(moved.length > 0, JSON.stringify(results)).toBe(allowed);
    if (!allowed) {
      for (const { decision } of results) {
        if (decision.ok) expect(statusChanges(decision)).toEqual([]);
        else expectRefusal(decision);
      }
    }
  });

  const pairs: [string, string][] = [
    ["in_progress", "c_review"],
    ["on_hold", "c_parts"],
    ["done", "c_check"],
    ["closed_unsuccessful", "c_unpaid"],
  ];
  const sameCategory: [string, string][] = [
    ...pairs,
    ...pairs.map(([a, b]): [string, string] => [b, a]),
    ["c_old", "in_progress"],
  ];
  it.each(sameCategory.flatMap(([from, to]) => PARTIES.map((party) => ({ from, to, party }))))(
    "same category $from → $to by $party: allowed only to E, A, M",
    ({ from, to, party }) => {
      const decision = decideTicket(ctxFor(party, st(from)), { type: "change_status", to: st(to) });
      if (EAM.includes(party)) expect(statusChanges(decision).map((e) => e.to.id)).toEqual([to]);
      else expectRefusal(decision);
    },
  );
});

describe("decideTicket: never allowed", () => {
  const allCommands = (to: StatusRef): TicketCommand[] => [
    ...attempts(to),
    { type: "submit", offerTo: [] },
    { type: "reopen" },
    { type: "cancel" },
  ];

  const leftDraft = STATUSES.filter((s) => s.category !== "draft");
  it.each(leftDraft.flatMap((from) => PARTIES.map((party) => ({ from, party }))))(
    "never back into draft or open: from $from.name by $party",
    ({ from, party }) => {
      const ctx = ctxFor(party, from);
      for (const to of from.category === "open" ? [st("draft")] : [st("draft"), st("open")]) {
        for (const command of allCommands(to)) {
          const decision = decideTicket(ctx, command);
          expect(statusChanges(decision).filter((e) => e.to.id === to.id)).toEqual([]);
          if (command.type === "change_status" || command.type === "submit") expectRefusal(decision);
        }
      }
    },
  );

  it.each(PARTIES)("never out of cancelled, to any status, by %s", (party) => {
    const ctx = ctxFor(party, st("cancelled"), { offers: [{ userId: "mem1", state: "withdrawn" }] });
    for (const to of STATUSES) {
      for (const command of allCommands(to)) expect(statusChanges(decideTicket(ctx, command))).toEqual([]);
      expectRefusal(decideTicket(ctx, { type: "change_status", to }));
    }
    expectRefusal(decideTicket(ctx, { type: "set_assignees", userIds: ["mem3"] }));
    expectRefusal(decideTicket(ctx, { type: "accept_offer" }));
  });

  it.each([
    ["open", "in_progress", ["A", "M", "E"]],
    ["open", "done", ["A", "M", "E"]],
    ["assigned", "done", ["A", "M", "E"]],
    ["assigned", "waiting_customer", ["A", "M", "E"]],
    ["draft", "assigned", ["A", "M", "E", "U"]],
    ["draft", "reopened", ["A", "M", "E", "U"]],
    ["in_progress", "reopened", ["A", "M", "E"]],
    ["closed", "in_progress", ["A", "M", "E"]],
    ["closed", "closed_unsuccessful", ["A", "M"]],
    ["closed_unsuccessful", "closed", ["A", "M"]],
    ["closed", "cancelled", ["A", "M"]],
  ] as [string, string, Party[]][])("%s → %s by menu is refused for %j", (from, to, parties) => {
    for (const party of parties)
      expectRefusal(decideTicket(ctxFor(party, st(from)), { type: "change_status", to: st(to) }));
  });

  it.each(STATUSES.flatMap((from) => STAFF.map((party) => ({ from, party }))))(
    'the "Assigned" system status is never choosable from the menu: from $from.name by $party',
    ({ from, party }) => {
      expectRefusal(decideTicket(ctxFor(party, from), { type: "change_status", to: st("assigned") }));
    },
  );

  it.each(
    ["in_progress", "assigned", "done", "c_review"].flatMap((from) =>
      STAFF.map((party) => ({ from, party })),
    ),
  )("moving into an archived status is refused: from $from by $party", ({ from, party }) => {
    expectRefusal(decideTicket(ctxFor(party, st(from)), { type: "change_status", to: st("c_old") }));
  });
});

describe("decideTicket: reopen, submit", () => {
  it.each([
    ["U", "done"],
    ["E", "done"],
    ["A", "closed"],
    ["M", "closed_unsuccessful"],
  ] as [Party, string][])("reopen by %s from %s lands on the Reopened status", (party, from) => {
    const decision = decideTicket(ctxFor(party, st(from)), { type: "reopen" });
    expect(statusChanges(decision)).toEqual([
      { type: "status_changed", from: st(from), to: st("reopened"), reason: "reopened" },
    ]);
  });

  it("a customer cannot reopen a closed ticket", () => {
    expectRefusal(decideTicket(ctxFor("U", st("closed")), { type: "reopen" }));
  });

  it.each(["A", "M", "E", "U"] as Party[])("submit by a non-creator %s is refused", (party) => {
    expectRefusal(
      decideTicket(ctxFor(party, st("draft"), { creatorId: "someone" }), { type: "submit", offerTo: [] }),
    );
  });

  it("submit opens the draft and sends one offer per employee", () => {
    const decision = decideTicket(ctxFor("U", st("draft")), {
      type: "submit",
      offerTo: ["mem3", "mem4", "mem3"],
    });
    expect(decision.ok && decision.events).toEqual([
      { type: "status_changed", from: st("draft"), to: st("open"), reason: "submitted" },
      { type: "offer_created", userId: "mem3" },
      { type: "offer_created", userId: "mem4" },
    ]);
  });
});

describe("decideTicket: offers and assignment (open → assigned by sys)", () => {
  const open = (offers: TicketState["offers"] = []): Partial<TicketState> => ({ assigneeIds: [], offers });
  const mem3: EngineActor = { id: "mem3", role: "member" };
  const as = (actor: EngineActor, ctx: EngineContext): EngineContext => ({ ...ctx, actor });

  it("accepting an offer on an open ticket assigns and moves it to Assigned exactly once", () => {
    const ctx = as(mem3, ctxFor("N", st("open"), open([{ userId: "mem3", state: "pending" }])));
    const decision = decideTicket(ctx, { type: "accept_offer" });
    expect(decision.ok && decision.events).toEqual([
      { type: "offer_accepted", userId: "mem3" },
      { type: "assignee_added", userId: "mem3" },
      { type: "status_changed", from: st("open"), to: st("assigned"), reason: "offer_accepted" },
    ]);
  });

  it("accepting an offer on an already assigned ticket adds the assignee without a status change", () => {
    const ctx = as(mem3, ctxFor("E", st("assigned"), { offers: [{ userId: "mem3", state: "pending" }] }));
    const decision = decideTicket(ctx, { type: "accept_offer" });
    expect(decision.ok && decision.events).toEqual([
      { type: "offer_accepted", userId: "mem3" },
      { type: "assignee_added", userId: "mem3" },
    ]);
  });

  it.each(["declined", "withdrawn", "accepted", null] as const)(
    "a member whose offer is %s cannot accept",
    (state) => {
      const offers = state ? [{ userId: "mem3", state }] : [{ userId: "mem4", state: "pending" as const }];
      expectRefusal(decideTicket(as(mem3, ctxFor("N", st("open"), open(offers))), { type: "accept_offer" }));
    },
  );

  it.each(["U", "O", "sys"] as Party[])("%s cannot accept an offer", (party) => {
    const ctx = ctxFor(party, st("open"), open([{ userId: "cust1", state: "pending" }]));
    expectRefusal(decideTicket(ctx, { type: "accept_offer" }));
  });

  it.each(["A", "M"] as Party[])("%s assigning an employee moves open → Assigned", (party) => {
    const decision = decideTicket(ctxFor(party, st("open"), open()), {
      type: "set_assignees",
      userIds: ["mem3"],
    });
    expect(decision.ok && decision.events.filter((e) => e.type !== "offer_withdrawn")).toEqual([
      { type: "assignee_added", userId: "mem3" },
      { type: "status_changed", from: st("open"), to: st("assigned"), reason: "assigned" },
    ]);
  });

  it.each(["E", "N", "U", "O", "sys"] as Party[])("set_assignees is refused for %s", (party) => {
    for (const status of ["open", "assigned", "in_progress"]) {
      const ctx = ctxFor(party, st(status));
      expectRefusal(decideTicket(ctx, { type: "set_assignees", userIds: ["mem1", "mem3"] }));
    }
  });

  const pastOpen = STATUSES.filter(
    (s) => !["draft", "open", "cancelled"].includes(s.category) && !s.archived,
  );
  it.each(pastOpen.flatMap((s) => AM.map((party) => ({ status: s.id, party }))))(
    "the last assignee cannot be removed in $status ($party)",
    ({ status, party }) => {
      expectRefusal(decideTicket(ctxFor(party, st(status)), { type: "set_assignees", userIds: [] }));
      const two = ctxFor(party, st(status), { assigneeIds: ["mem1", "mem3"] });
      const decision = decideTicket(two, { type: "set_assignees", userIds: ["mem3"] });
      expect(decision.ok && decision.events).toEqual([{ type: "assignee_removed", userId: "mem1" }]);
    },
  );

  it("in open, removing every assignee is allowed", () => {
    const decision = decideTicket(ctxFor("A", st("open")), { type: "set_assignees", userIds: [] });
    expect(decision.ok && decision.events).toEqual([{ type: "assignee_removed", userId: "mem1" }]);
  });
});

describe("decideTicket: pending offers are withdrawn on cancel and close", () => {
  const offers: TicketState["offers"] = [
    { userId: "mem3", state: "pending" },
    { userId: "mem4", state: "declined" },
    { userId: "mem5", state: "pending" },
  ];
  const withdrawn = (decision: Decision) =>
    decision.ok
      ? decision.events.flatMap((e) => (e.type === "offer_withdrawn" ? [e.userId] : []))
      : decision.message;

  it.each([
    ["U", "open", { type: "cancel" }],
    ["A", "open", { type: "cancel" }],
    ["M", "in_progress", { type: "cancel" }],
    ["A", "done", { type: "change_status", to: st("cancelled") }],
    ["A", "in_progress", { type: "change_status", to: st("closed") }],
    ["M", "assigned", { type: "change_status", to: st("closed_unsuccessful") }],
    ["A", "on_hold", { type: "change_status", to: st("c_unpaid") }],
    ["U", "done", { type: "rate", stars: 5, comment: "great" }],
    ["sys", "done", { type: "auto_close" }],
  ] as [Party, string, TicketCommand][])(
    "%s from %s with %j withdraws the pending offers",
    (party, from, command) => {
      const decision = decideTicket(ctxFor(party, st(from), { offers }), command);
      expect(withdrawn(decision)).toEqual(["mem3", "mem5"]);
    },
  );

  it("offers stay when the ticket moves on without closing", () => {
    const decision = decideTicket(ctxFor("E", st("in_progress"), { offers }), {
      type: "change_status",
      to: st("done"),
    });
    expect(withdrawn(decision)).toEqual([]);
  });
});

const list = (names: string) => names.split(", ").sort();

describe("allowedTargets", () => {
  const names = (party: Party, status: string, over: Partial<TicketState> = {}) =>
    allowedTargets(ctxFor(party, st(status), over))
      .map((s) => s.name)
      .sort();

  it("admin on an assigned ticket", () => {
    expect(names("A", "assigned")).toEqual(
      list("In Progress, Compensation review, Closed, Closed unsuccessfully, Closed (unpaid), Cancelled"),
    );
  });
  it("assigned member on in_progress", () => {
    expect(names("E", "in_progress")).toEqual(
      list("Compensation review, Awaiting customer, On hold, Awaiting parts, Done, Quality check"),
    );
  });
  it("assigned member on done and on closed", () => {
    expect(names("E", "done")).toEqual(
      list(
        "In Progress, Compensation review, Awaiting customer, On hold, Awaiting parts, Quality check, Reopened",
      ),
    );
    expect(names("E", "closed")).toEqual(["Reopened"]);
  });
  it("admin on open: only Cancelled", () => {
    expect(names("A", "open", { assigneeIds: [] })).toEqual(["Cancelled"]);
  });
  it.each(STATUSES.map((s) => s.id))("unassigned member, code users and sys get nothing (%s)", (status) => {
    for (const party of ["N", "U", "O", "sys"] as Party[]) expect(names(party, status)).toEqual([]);
  });
  it.each(PARTIES)("nothing out of cancelled for %s", (party) => {
    expect(names(party, "cancelled")).toEqual([]);
  });
});

describe("customerActions", () => {
  const none = { cancel: false, reopen: false, rate: false, confirm: false };
  it.each([
    ["draft", { ...none, cancel: true }],
    ["open", { ...none, cancel: true }],
    ["assigned", none],
    ["in_progress", none],
    ["waiting_customer", none],
    ["done", { ...none, reopen: true, rate: true }],
    ["closed", none],
    ["closed_unsuccessful", none],
    ["cancelled", none],
  ] as const)("the creator on %s", (status, expected) => {
    expect(customerActions(ctxFor("U", st(status)))).toEqual(expected);
  });
  it("under the confirmation policy the creator confirms instead of rating", () => {
    const ctx = ctxFor("U", st("done"), {}, { mode: "confirmation", autoCloseAfterDays: null });
    expect(customerActions(ctx)).toEqual({ ...none, reopen: true, confirm: true });
  });
  it.each(["A", "M", "E", "N", "O", "sys"] as Party[])("%s has no customer actions", (party) => {
    for (const status of ["open", "done"]) expect(customerActions(ctxFor(party, st(status)))).toEqual(none);
  });
});
