import { describe, expect, it } from "vitest";
import { decideTask, type TaskEngineContext, type TaskStatusRef, taskMenuTargets } from "./task-engine";
import { TASK_CATEGORIES, TASK_SYSTEM_STATUSES, type TaskCategory } from "./task-workflow";
import type { EngineActor } from "./work-item-engine";

const STATUSES: TaskStatusRef[] = TASK_SYSTEM_STATUSES.map((s) => ({
  id: `k_${s.key}`,
  category: s.category,
  name: s.name,
  systemKey: s.key,
  archived: false,
  actionTypes: [],
}));
const status = (category: TaskCategory) => STATUSES.find((s) => s.category === category)!;

/** A admin, M moderator, E member assigned, C member who wrote it, N another member, U a customer. */
type Who = "A" | "M" | "E" | "C" | "N" | "U" | "sys";
const ACTORS: Record<Who, EngineActor> = {
  A: { id: "admin1", role: "admin" },
  M: { id: "mod1", role: "moderator" },
  E: { id: "mem1", role: "member" },
  C: { id: "mem2", role: "member" },
  N: { id: "mem3", role: "member" },
  U: { id: "cust1", role: "code_user" },
  sys: { id: null, role: "sys" },
};
const EVERYONE = Object.keys(ACTORS) as Who[];

const ctx = (who: Who, category: TaskCategory): TaskEngineContext => ({
  actor: ACTORS[who],
  task: {
    status: status(category),
    assigneeId: "mem1",
    creatorId: "mem2",
    title: "Order a pump",
    description: "",
    dueDate: null,
  },
  statuses: STATUSES,
});

/** workflow.md 4: open → in progress → closed, closed → open; plus closing an open task outright. */
const ROWS: [TaskCategory, TaskCategory][] = [
  ["open", "in_progress"],
  ["in_progress", "closed"],
  ["open", "closed"],
  ["closed", "open"],
];
const MAY_CHANGE: Who[] = ["A", "M", "E"];

describe("task transitions (workflow.md 4)", () => {
  for (const from of TASK_CATEGORIES) {
    for (const to of TASK_CATEGORIES) {
      if (from === to) continue;
      const listed = ROWS.some(([f, t]) => f === from && t === to);
      for (const who of EVERYONE) {
        const allowed = listed && MAY_CHANGE.includes(who);
        it(`${from} → ${to}: ${allowed ? "allowed" : "refused"} for ${who}`, () => {
          const decision = decideTask(ctx(who, from), { type: "change_status", to: status(to) });
          expect(decision.ok).toBe(allowed);
          if (decision.ok)
            expect(decision.events).toEqual([
              { type: "status_changed", from: status(from), to: status(to), reason: "menu" },
            ]);
        });
      }
    }
  }

  it("lets every employee create a task, never a customer or the engine", () => {
    for (const who of EVERYONE) {
      const decision = decideTask(
        { ...ctx(who, "open"), task: null },
        { type: "create", assigneeId: "mem1" },
      );
      expect(decision.ok, who).toBe(["A", "M", "E", "C", "N"].includes(who));
    }
  });

  it("offers exactly the allowed moves in the menu", () => {
    expect(taskMenuTargets(ctx("E", "open")).map((s) => s.category)).toEqual(["in_progress", "closed"]);
    expect(taskMenuTargets(ctx("E", "closed")).map((s) => s.category)).toEqual(["open"]);
    expect(taskMenuTargets(ctx("N", "open"))).toEqual([]);
    expect(taskMenuTargets(ctx("U", "open"))).toEqual([]);
  });

  it("lets the assignee, managers and the task's writer edit it, and records only what changed", () => {
    for (const who of EVERYONE) {
      const decision = decideTask(ctx(who, "open"), { type: "edit", details: { title: "Order two pumps" } });
      expect(decision.ok, who).toBe(["A", "M", "E", "C"].includes(who));
    }
    const decision = decideTask(ctx("A", "open"), {
      type: "edit",
      details: { title: "Order a pump", dueDate: "2026-12-24" },
      assigneeId: "mem3",
    });
    expect(decision.ok && decision.events).toEqual([
      { type: "details_changed", changes: { dueDate: { from: null, to: "2026-12-24" } } },
      { type: "assignee_changed", from: "mem1", to: "mem3" },
    ]);
    expect(decideTask(ctx("A", "open"), { type: "edit", details: { title: "Order a pump" } }).ok).toBe(false);
  });
});
