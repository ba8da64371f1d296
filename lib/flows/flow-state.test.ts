import { describe, expect, it } from "vitest";
import { back, blockedBy, firstIncomplete, isLast, next, resumeAt, screensFor } from "./flow-state";

const steps = [
  { id: "serial", required: true },
  { id: "photo", required: false },
  { id: "running", required: true },
];
const customer = screensFor(steps, false);
const employee = screensFor(steps, true);

describe("the flow's screens", () => {
  it("are the steps, with Visibility last for employees only", () => {
    expect(customer.map((s) => (s.kind === "step" ? s.step.id : s.kind))).toEqual([
      "serial",
      "photo",
      "running",
    ]);
    expect(employee.map((s) => (s.kind === "step" ? s.step.id : s.kind))).toEqual([
      "serial",
      "photo",
      "running",
      "visibility",
    ]);
  });
});

describe("next and back", () => {
  it("a required step blocks Next until answered; an optional one does not", () => {
    expect(next(customer, 0, {}, null)).toMatchObject({
      ok: false,
      index: 0,
      error: { key: "errors.flows.answerRequired" },
    });
    expect(next(customer, 0, { serial: "SN" }, null)).toEqual({ ok: true, index: 1 });
    expect(next(customer, 1, { serial: "SN" }, null)).toEqual({ ok: true, index: 2 });
  });

  it("an empty list or blank text is no answer", () => {
    expect(blockedBy(customer[0]!, { serial: "" }, null)).not.toBeNull();
    expect(blockedBy(customer[0]!, { serial: [] }, null)).not.toBeNull();
    expect(blockedBy(customer[0]!, { serial: false }, null)).toBeNull();
    expect(blockedBy(customer[0]!, { serial: 0 }, null)).toBeNull();
  });

  it("Visibility needs a choice", () => {
    expect(next(employee, 3, {}, null)).toMatchObject({
      ok: false,
      error: { key: "errors.validation.chooseVisibility" },
    });
    expect(next(employee, 3, {}, "internal")).toEqual({ ok: true, index: 3 });
  });

  it("back stops at the first screen; the last screen is known", () => {
    expect(back(2)).toBe(1);
    expect(back(0)).toBe(0);
    expect(isLast(customer, 2)).toBe(true);
    expect(isLast(customer, 1)).toBe(false);
    expect(isLast(employee, 2)).toBe(false);
  });
});

describe("complete and resume", () => {
  it("is complete only when every required step (and Visibility for employees) is answered", () => {
    expect(firstIncomplete(customer, { serial: "SN" }, null)).toMatchObject({ index: 2 });
    expect(firstIncomplete(customer, { serial: "SN", running: "No" }, null)).toBeNull();
    expect(firstIncomplete(employee, { serial: "SN", running: "No" }, null)).toMatchObject({ index: 3 });
    expect(firstIncomplete(employee, { serial: "SN", running: "No" }, "public")).toBeNull();
  });

  it("Continue resumes at the first open required step, or the last screen", () => {
    expect(resumeAt(customer, {}, null)).toBe(0);
    expect(resumeAt(customer, { serial: "SN" }, null)).toBe(2);
    expect(resumeAt(customer, { serial: "SN", running: "No" }, null)).toBe(2);
    expect(resumeAt(employee, { serial: "SN", running: "No" }, "public")).toBe(3);
  });
});
