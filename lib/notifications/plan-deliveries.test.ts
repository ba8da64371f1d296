import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../workflow/roles";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import {
  cleanPreferences,
  eventOfKind,
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type NotificationPreferences,
} from "./notification-preferences";
import { planDeliveries, type Recipient } from "./plan-deliveries";

/** Every bell kind there is, with the event an employee chooses it by (null: customers' only). */
const KINDS: [WorkItemKind, string, NotificationEvent | null][] = [
  ["ticket", "created", null],
  ["ticket", "offer", "ticket_offer"],
  ["ticket", "assigned", "ticket_assigned"],
  ["ticket", "message", "ticket_message"],
  ["ticket", "status", "ticket_status"],
  ["ticket", "waiting", "ticket_status"],
  ["ticket", "reopened", "ticket_reopened"],
  ["ticket", "confirmed", "ticket_closed"],
  ["ticket", "rated", "ticket_closed"],
  ["video_session", "session_requested", "video_session"],
  ["video_session", "session_set_up", "video_session"],
  ["video_session", "session_confirmed", "video_session"],
  ["video_session", "session_cancelled", "video_session"],
  ["task", "task_assigned", "task_assigned"],
];

const PREFERENCES: [string, (event: NotificationEvent) => NotificationPreferences, boolean, boolean][] = [
  // name, preferences for the event, e-mail wanted, push wanted
  ["defaults", () => ({}), true, true],
  ["e-mail off", (e) => ({ [e]: { email: false } }), false, true],
  ["push off", (e) => ({ [e]: { push: false } }), true, false],
  ["both off", (e) => ({ [e]: { email: false, push: false } }), false, false],
  ["both on explicitly", (e) => ({ [e]: { email: true, push: true } }), true, true],
];

const person = (role: Role, over: Partial<Recipient> = {}): Recipient => ({
  id: "u1",
  role,
  active: true,
  emailNotifications: true,
  preferences: {},
  hasPush: true,
  ...over,
});

const channels = (subject: WorkItemKind, kind: string, recipient: Recipient) =>
  planDeliveries(subject, [{ userId: recipient.id, kind }], new Map([[recipient.id, recipient]])).map(
    (d) => d.channel,
  );

describe("eventOfKind", () => {
  it.each(KINDS)("%s %s → %s", (subject, kind, event) => {
    expect(eventOfKind(subject, kind)).toBe(event);
  });
  it("knows no event for a kind of another item", () => {
    expect(eventOfKind("task", "message")).toBeNull();
    expect(eventOfKind("video_session", "offer")).toBeNull();
  });
});

describe("planDeliveries: every event × role × preference", () => {
  for (const [subject, kind, event] of KINDS) {
    for (const role of ROLES) {
      for (const [name, prefsFor, email, push] of PREFERENCES) {
        it(`${subject} ${kind}, ${role}, ${name}`, () => {
          const preferences = event ? prefsFor(event) : {};
          const got = channels(subject, kind, person(role, { preferences }));
          if (role === "code_user") {
            // Customers: the employees' messages by e-mail; everything else has its own e-mail.
            expect(got).toEqual(subject === "ticket" && kind === "message" ? ["email"] : []);
          } else if (!event) {
            expect(got).toEqual([]);
          } else {
            expect(got).toEqual([...(email ? ["email"] : []), ...(push ? ["push"] : [])]);
          }
        });
      }
    }
  }

  it("a preference for one event leaves the others on", () => {
    const preferences = { ticket_message: { email: false, push: false } };
    expect(channels("ticket", "offer", person("member", { preferences }))).toEqual(["email", "push"]);
    expect(channels("ticket", "message", person("member", { preferences }))).toEqual([]);
  });

  it("sends no e-mail at all to someone who unsubscribed, whatever their preferences say", () => {
    for (const role of ROLES) {
      const r = person(role, { emailNotifications: false, preferences: { ticket_message: { email: true } } });
      expect(channels("ticket", "message", r)).not.toContain("email");
    }
    expect(channels("ticket", "message", person("admin", { emailNotifications: false }))).toEqual(["push"]);
  });

  it("pushes only to employees with a subscribed browser, and never to customers", () => {
    expect(channels("ticket", "offer", person("member", { hasPush: false }))).toEqual(["email"]);
    expect(channels("ticket", "message", person("code_user", { hasPush: true }))).toEqual(["email"]);
  });

  it("tells nobody who is disabled or unknown", () => {
    expect(channels("ticket", "offer", person("admin", { active: false }))).toEqual([]);
    expect(planDeliveries("ticket", [{ userId: "nobody", kind: "offer" }], new Map())).toEqual([]);
  });

  it("plans each recipient on their own", () => {
    const a = person("member", { id: "a", preferences: { ticket_message: { email: false } } });
    const b = person("code_user", { id: "b" });
    const got = planDeliveries(
      "ticket",
      [
        { userId: "a", kind: "message" },
        { userId: "b", kind: "message" },
      ],
      new Map([
        ["a", a],
        ["b", b],
      ]),
    );
    expect(got).toEqual([
      { userId: "a", kind: "message", channel: "push" },
      { userId: "b", kind: "message", channel: "email" },
    ]);
  });
});

describe("cleanPreferences", () => {
  it("keeps known events and channels with booleans only", () => {
    expect(
      cleanPreferences({
        ticket_offer: { email: false, push: "no", in_app: false },
        nonsense: { email: false },
        task_assigned: { push: true },
      }),
    ).toEqual({ ticket_offer: { email: false }, task_assigned: { push: true } });
    expect(cleanPreferences(null)).toEqual({});
    expect(cleanPreferences("x")).toEqual({});
  });
  it("covers every event", () => {
    const all = Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, { email: false, push: false }]));
    expect(cleanPreferences(all)).toEqual(all);
  });
});
