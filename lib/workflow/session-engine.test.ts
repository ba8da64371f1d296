import { describe, expect, it } from "vitest";
import {
  decideSession,
  mayJoinCall,
  type SessionCommand,
  type SessionEngineContext,
  type SessionStatusRef,
  sessionActions,
} from "./session-engine";
import { SESSION_CATEGORIES, SESSION_SYSTEM_STATUSES, type SessionCategory } from "./session-workflow";
import type { EngineActor } from "./work-item-engine";

const STATUSES: SessionStatusRef[] = SESSION_SYSTEM_STATUSES.map((s) => ({
  id: `s_${s.key}`,
  category: s.category,
  name: s.name,
  systemKey: s.key,
  archived: false,
  actionTypes: [],
}));
const status = (category: SessionCategory) => STATUSES.find((s) => s.category === category)!;

/**
 * A admin, M moderator, R member who received the request, P member responsible (confirmed it),
 * N member with nothing to do with it, U its customer, O another customer, sys the engine.
 */
type Who = "A" | "M" | "R" | "P" | "N" | "U" | "O" | "sys";
const ACTORS: Record<Who, EngineActor> = {
  A: { id: "admin1", role: "admin" },
  M: { id: "mod1", role: "moderator" },
  R: { id: "mem1", role: "member" },
  P: { id: "mem2", role: "member" },
  N: { id: "mem3", role: "member" },
  U: { id: "cust1", role: "code_user" },
  O: { id: "cust2", role: "code_user" },
  sys: { id: null, role: "sys" },
};
const EVERYONE = Object.keys(ACTORS) as Who[];
const EMPLOYEES: Who[] = ["A", "M", "R", "P"];
/** While requested, nobody is responsible yet: the employees are those who received it. */
const RECEIVERS: Who[] = ["A", "M", "R"];

function ctx(who: Who, category: SessionCategory, ratingOn = true): SessionEngineContext {
  return {
    actor: ACTORS[who],
    session: {
      status: status(category),
      customerId: "cust1",
      recipientIds: ["mem1"],
      responsibleIds: category === "requested" ? [] : ["mem2"],
      linkedTicketIds: ["t1"],
    },
    statuses: STATUSES,
    ratingOn,
  };
}

const moved = (who: Who, from: SessionCategory, command: SessionCommand, ratingOn = true) => {
  const decision = decideSession(ctx(who, from, ratingOn), command);
  if (!decision.ok) return null;
  const change = decision.events.find((e) => e.type === "status_changed");
  return change ? change.to.category : "unchanged";
};

/** Each row of workflow.md 3, written out here independently of the engine's table. */
const ROWS: { command: SessionCommand; from: SessionCategory; to: SessionCategory; who: Who[] }[] = [
  { command: { type: "confirm" }, from: "requested", to: "confirmed", who: RECEIVERS },
  { command: { type: "cancel" }, from: "requested", to: "cancelled", who: [...RECEIVERS, "U"] },
  { command: { type: "call_started" }, from: "confirmed", to: "in_progress", who: ["sys"] },
  { command: { type: "call_ended" }, from: "in_progress", to: "done", who: ["sys"] },
  { command: { type: "rate", stars: 4, comment: null }, from: "done", to: "closed", who: ["U"] },
  { command: { type: "cancel" }, from: "confirmed", to: "cancelled", who: EMPLOYEES },
  { command: { type: "cancel" }, from: "in_progress", to: "cancelled", who: EMPLOYEES },
  { command: { type: "cancel" }, from: "done", to: "cancelled", who: EMPLOYEES },
  { command: { type: "reopen" }, from: "closed", to: "confirmed", who: EMPLOYEES },
];
const STATUS_COMMANDS: SessionCommand[] = [
  { type: "confirm" },
  { type: "cancel" },
  { type: "reopen" },
  { type: "call_started" },
  { type: "call_ended" },
  { type: "rate", stars: 4, comment: null },
];

describe("video session transitions (workflow.md 3)", () => {
  for (const row of ROWS) {
    for (const who of EVERYONE) {
      const allowed = row.who.includes(who);
      it(`${row.from} → ${row.to} by ${row.command.type}: ${allowed ? "allowed" : "refused"} for ${who}`, () => {
        const result = moved(who, row.from, row.command);
        if (allowed) expect(result).toBe(row.to);
        else expect(result === null || result === "unchanged").toBe(true);
      });
    }
  }

  it("refuses every other move, for everyone", () => {
    for (const from of SESSION_CATEGORIES) {
      for (const command of STATUS_COMMANDS) {
        for (const who of EVERYONE) {
          const listed = ROWS.some(
            (r) => r.from === from && r.command.type === command.type && r.who.includes(who),
          );
          const result = moved(who, from, command);
          if (!listed) expect([null, "unchanged"], `${who} ${command.type} in ${from}`).toContain(result);
        }
      }
    }
  });

  it("ends the call in Closed when the rating is off, and never moves a call twice", () => {
    expect(moved("sys", "in_progress", { type: "call_ended" }, false)).toBe("closed");
    expect(moved("sys", "in_progress", { type: "call_started" })).toBe("unchanged");
    expect(moved("sys", "done", { type: "call_ended" })).toBe("unchanged");
    expect(moved("sys", "cancelled", { type: "call_started" })).toBe("unchanged");
  });

  it("creates requested sessions for customers and confirmed ones for employees, who become responsible", () => {
    const create = (who: Who) =>
      decideSession({ ...ctx(who, "requested"), session: null }, { type: "create" });
    const customer = create("U");
    expect(customer.ok && customer.events).toEqual([{ type: "created", status: status("requested") }]);
    for (const who of ["A", "M", "N"] as Who[]) {
      const decision = create(who);
      expect(decision.ok && decision.events).toEqual([
        { type: "created", status: status("confirmed") },
        { type: "responsible_added", userId: ACTORS[who].id },
      ]);
    }
    expect(create("sys").ok).toBe(false);
  });

  it("makes whoever confirms responsible, and lets only admins and moderators add themselves", () => {
    const confirm = decideSession(ctx("R", "requested"), { type: "confirm" });
    expect(confirm.ok && confirm.events.map((e) => e.type)).toEqual(["status_changed", "responsible_added"]);
    for (const who of EVERYONE) {
      const ok = decideSession(ctx(who, "confirmed"), { type: "add_responsible" }).ok;
      expect(ok, who).toBe(who === "A" || who === "M");
    }
    expect(decideSession(ctx("A", "closed"), { type: "add_responsible" }).ok).toBe(false);
  });

  it("lets employees of the session link and unlink tickets, nobody else", () => {
    for (const who of EVERYONE) {
      const ok = decideSession(ctx(who, "confirmed"), {
        type: "link_ticket",
        ticketId: "t2",
        number: 1002,
      }).ok;
      expect(ok, who).toBe(EMPLOYEES.includes(who));
    }
    expect(
      decideSession(ctx("A", "confirmed"), { type: "link_ticket", ticketId: "t1", number: 1001 }).ok,
    ).toBe(false);
    expect(
      decideSession(ctx("A", "confirmed"), { type: "unlink_ticket", ticketId: "t1", number: 1001 }).ok,
    ).toBe(true);
  });

  it("rejects a rating outside 1–5 and tells a customer to request anew instead of reopening", () => {
    const rating = decideSession(ctx("U", "done"), { type: "rate", stars: 6, comment: null });
    expect(rating.ok).toBe(false);
    const reopen = decideSession(ctx("U", "closed"), { type: "reopen" });
    expect(!reopen.ok && reopen.message).toMatch(/request a new one/);
  });

  it("puts the customer and the responsible employees in the call, while it is confirmed or running", () => {
    for (const category of SESSION_CATEGORIES) {
      for (const who of EVERYONE) {
        const expected =
          (category === "confirmed" || category === "in_progress") && (who === "U" || who === "P");
        expect(mayJoinCall(ctx(who, category)), `${who} in ${category}`).toBe(expected);
      }
    }
  });

  it("shows the buttons the engine would accept", () => {
    expect(sessionActions(ctx("U", "requested"))).toMatchObject({
      cancel: true,
      confirm: false,
      joinCall: false,
    });
    expect(sessionActions(ctx("R", "requested"))).toMatchObject({ cancel: true, confirm: true });
    expect(sessionActions(ctx("O", "requested"))).toMatchObject({ cancel: false, confirm: false });
    expect(sessionActions(ctx("U", "done"))).toMatchObject({ rate: true, cancel: false });
  });
});
