import { describe, expect, it } from "vitest";
import { planSessionNotifications, type SessionEventPayload } from "./plan-session-notifications";

const base = {
  kind: "video_session",
  itemId: "s1",
  number: 1001,
  eventId: 7,
  creatorId: "cust",
  visibility: "public",
} as const;
const facts = { actorRole: "member" as const, recipientIds: ["m1", "m2"], responsibleIds: ["m1"] };
const plan = (
  actorId: string | null,
  event: SessionEventPayload["event"],
  actorRole: typeof facts.actorRole | "code_user" | "sys" = "member",
) => planSessionNotifications({ ...base, actorId, event }, { ...facts, actorRole });

describe("session notifications (workflow.md 6)", () => {
  it("tells the receiving employees of a customer's request, and nobody else", () => {
    expect(plan("cust", { type: "created", status: { category: "requested" } }, "code_user")).toEqual({
      inApp: [
        { userId: "m1", kind: "session_requested" },
        { userId: "m2", kind: "session_requested" },
      ],
      emailCustomer: null,
    });
  });

  it("tells the customer of a confirmation and of a session set up for them, in the bell and by e-mail", () => {
    expect(
      plan("m1", { type: "status_changed", reason: "confirmed", to: { category: "confirmed" } }),
    ).toEqual({
      inApp: [{ userId: "cust", kind: "session_confirmed" }],
      emailCustomer: "session_confirmed",
    });
    expect(plan("m1", { type: "created", status: { category: "confirmed" } }).emailCustomer).toBe(
      "session_set_up",
    );
  });

  it("tells the other side of a cancellation", () => {
    expect(
      plan(
        "cust",
        { type: "status_changed", reason: "cancelled", to: { category: "cancelled" } },
        "code_user",
      ),
    ).toEqual({
      inApp: [
        { userId: "m1", kind: "session_cancelled" },
        { userId: "m2", kind: "session_cancelled" },
      ],
      emailCustomer: null,
    });
    expect(
      plan("m2", { type: "status_changed", reason: "cancelled", to: { category: "cancelled" } }).inApp,
    ).toEqual([{ userId: "cust", kind: "session_cancelled" }]);
  });

  it("says nothing of the call's own moves or of links", () => {
    expect(
      plan(null, { type: "status_changed", reason: "call_started", to: { category: "in_progress" } }, "sys"),
    ).toEqual({
      inApp: [],
      emailCustomer: null,
    });
    expect(plan("m1", { type: "ticket_linked" }).inApp).toEqual([]);
  });

  it("never tells the customer of an internal session, by any channel", () => {
    const internal = (event: SessionEventPayload["event"]) =>
      planSessionNotifications({ ...base, visibility: "internal", actorId: "m1", event }, facts);
    expect(internal({ type: "created", status: { category: "confirmed" } })).toEqual({
      inApp: [],
      emailCustomer: null,
    });
    expect(internal({ type: "status_changed", reason: "cancelled", to: { category: "cancelled" } })).toEqual({
      inApp: [],
      emailCustomer: null,
    });
  });
});
