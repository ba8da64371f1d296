import { describe, expect, it } from "vitest";
import { type BarModel, ticketBar } from "./status-bar";
import type { TicketCategory } from "./ticket-categories";

const STEPS = ["Draft", "Open", "Assigned", "In Progress", "Done", "Closed"];

/** workflow.md 2.1, written out by hand: category → bar step, and the default status name. */
const CATEGORIES: [TicketCategory, string, string][] = [
  ["draft", "Draft", "Draft"],
  ["open", "Open", "Open"],
  ["assigned", "Assigned", "Assigned"],
  ["in_progress", "In Progress", "In Progress"],
  ["waiting_customer", "In Progress", "Awaiting customer"],
  ["on_hold", "In Progress", "On hold"],
  ["done", "Done", "Done"],
  ["closed", "Closed", "Closed"],
  ["closed_unsuccessful", "Closed", "Closed unsuccessfully"],
];
const PAUSED: TicketCategory[] = ["waiting_customer", "on_hold"];

const labels = (bar: BarModel) => bar.steps.map((s) => s.label);
const states = (bar: BarModel) => bar.steps.map((s) => s.state);
const current = (bar: BarModel) => {
  const steps = bar.steps.filter((s) => s.state === "current");
  expect(steps).toHaveLength(1);
  return steps[0]!;
};
const expectedStates = (step: string) =>
  STEPS.map((_s, i) => {
    const at = STEPS.indexOf(step);
    return i < at ? "complete" : i === at ? "current" : "pending";
  });

describe("ticketBar: every category, both audiences", () => {
  const cases = CATEGORIES.flatMap(([category, step, name]) =>
    (["staff", "customer"] as const).map((audience) => ({ category, step, name, audience })),
  );

  it.each(cases)(
    "$category for $audience: steps in order, $step current",
    ({ category, step, name, audience }) => {
      const bar = ticketBar({ category, statusName: name, cancelledFrom: null, audience });
      expect(bar.ariaLabel).toBe("Ticket status");
      expect(labels(bar)).toEqual(STEPS);
      expect(states(bar)).toEqual(expectedStates(step));
      expect(current(bar).label).toBe(step);
      expect(bar.steps.some((s) => s.cancelled)).toBe(false);
      for (const s of bar.steps.filter((s) => s.state !== "current")) {
        expect(s).toMatchObject({ detail: null, paused: false });
      }
    },
  );

  it.each(CATEGORIES)("%s: paused only for waiting/on hold, for staff", (category, _step, name) => {
    const staff = ticketBar({ category, statusName: name, cancelledFrom: null, audience: "staff" });
    expect(current(staff).paused).toBe(PAUSED.includes(category));
  });

  it.each(CATEGORIES)("%s: the customer never gets a detail", (category, _step, name) => {
    const bar = ticketBar({ category, statusName: name, cancelledFrom: null, audience: "customer" });
    expect(bar.steps.every((s) => s.detail === null)).toBe(true);
  });
});

describe("ticketBar: waiting and on hold", () => {
  it.each([
    ["waiting_customer", "Awaiting customer"],
    ["on_hold", "On hold"],
    ["on_hold", "Awaiting parts"],
  ] as [TicketCategory, string][])(
    "%s (%s) is the In Progress step, paused, named for staff",
    (category, name) => {
      const staff = current(
        ticketBar({ category, statusName: name, cancelledFrom: null, audience: "staff" }),
      );
      expect(staff).toMatchObject({ label: "In Progress", state: "current", detail: name, paused: true });

      const customerBar = ticketBar({
        category,
        statusName: name,
        cancelledFrom: null,
        audience: "customer",
      });
      expect(current(customerBar)).toMatchObject({ label: "In Progress", detail: null });
      if (name === "Awaiting parts") expect(JSON.stringify(customerBar)).not.toContain(name);
    },
  );
});

describe("ticketBar: custom status names", () => {
  it.each([
    ["in_progress", "Compensation review", "In Progress"],
    ["done", "Ready for pickup", "Done"],
    ["closed_unsuccessful", "Closed (unpaid)", "Closed"],
    ["assigned", "Reopened", "Assigned"],
  ] as [TicketCategory, string, string][])('%s "%s": detail for staff only', (category, name, step) => {
    const staff = ticketBar({ category, statusName: name, cancelledFrom: null, audience: "staff" });
    expect(current(staff)).toMatchObject({ label: step, detail: name });

    const customer = ticketBar({ category, statusName: name, cancelledFrom: null, audience: "customer" });
    expect(current(customer)).toMatchObject({ label: step, detail: null });
    expect(JSON.stringify(customer)).not.toContain(name);
  });

  it("a default status whose name is its step has no detail", () => {
    const bar = ticketBar({
      category: "in_progress",
      statusName: "In Progress",
      cancelledFrom: null,
      audience: "staff",
    });
    expect(current(bar).detail).toBeNull();
  });
});

describe("ticketBar: cancelled", () => {
  const cancelledFrom: [TicketCategory | null, string[]][] = [
    [null, []],
    ["draft", ["Draft"]],
    ["open", ["Draft", "Open"]],
    ["assigned", ["Draft", "Open", "Assigned"]],
    ["in_progress", ["Draft", "Open", "Assigned", "In Progress"]],
    ["waiting_customer", ["Draft", "Open", "Assigned", "In Progress"]],
    ["on_hold", ["Draft", "Open", "Assigned", "In Progress"]],
    ["done", ["Draft", "Open", "Assigned", "In Progress", "Done"]],
  ];
  const cases = cancelledFrom.flatMap(([from, passed]) =>
    (["staff", "customer"] as const).map((audience) => ({ from, passed, audience })),
  );

  it.each(cases)(
    "cancelled from $from ($audience): passed steps, then Cancelled",
    ({ from, passed, audience }) => {
      const bar = ticketBar({
        category: "cancelled",
        statusName: "Cancelled",
        cancelledFrom: from,
        audience,
      });
      expect(bar.ariaLabel).toBe("Ticket status");
      expect(labels(bar)).toEqual([...passed, "Cancelled"]);
      expect(states(bar)).toEqual([...passed.map(() => "complete"), "current"]);
      expect(current(bar)).toMatchObject({
        label: "Cancelled",
        cancelled: true,
        paused: false,
        detail: null,
      });
      expect(bar.steps.filter((s) => s.cancelled)).toHaveLength(1);
    },
  );
});
