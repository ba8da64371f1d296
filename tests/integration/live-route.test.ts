import { EventEmitter } from "node:events";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { LIVE_REFRESH_MS } from "@/lib/live/live-audience";
import type { LiveMessage } from "@/lib/work-items/live-message";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";

// The route's doors to the session, the process database and LISTEN/NOTIFY, replaced by this file's own.
const doors = vi.hoisted(() => ({
  actor: null as Actor | null,
  db: null as unknown,
  hub: null as EventEmitter | null,
}));
vi.mock("@/lib/auth/get-actor", () => ({ getActor: async () => doors.actor }));
vi.mock("@/lib/server/db", () => ({ getDb: async () => doors.db }));
vi.mock("@/lib/live/live-hub", () => {
  const subscribe =
    <T>(channel: string) =>
    async (listener: (message: T) => void) => {
      doors.hub!.on(channel, listener);
      return () => void doors.hub!.off(channel, listener);
    };
  return {
    subscribeWorkItemChanges: subscribe<LiveMessage>("ticket"),
    subscribeCallSignals: subscribe("signal"),
    subscribeNotifications: subscribe<string[]>("notification"),
    subscribeAccountChanges: subscribe<string>("account"),
  };
});

const { GET } = await import("@/app/api/live/route");

let handle: DbHandle;
let db: Db;
const hub = new EventEmitter();

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  doors.db = db;
  doors.hub = hub;
});
afterAll(() => handle.close());
afterEach(() => {
  vi.useRealTimers();
  doors.actor = null;
});

const decoder = new TextDecoder();

/** Opens the stream as `actor`, with only the refresh and heartbeat timers under the test's control. */
async function connect(actor: Actor) {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  doors.actor = actor;
  const abort = new AbortController();
  const response = await GET(new Request("http://test.local/api/live", { signal: abort.signal }));
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let text = "";
  let ended = false;
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    ended = true;
  })();
  // Let start() subscribe before the test emits anything.
  await vi.waitFor(() => expect(hub.listenerCount("notification")).toBeGreaterThan(0));
  return {
    text: () => text,
    ended: () => ended,
    pump,
    abort: () => abort.abort(),
  };
}

/** The database runs one query at a time: once this one is through, the refresh's are too. */
async function settle() {
  for (let i = 0; i < 3; i++) await db.execute(sql`select 1`);
}

const ticket = (number: number): LiveMessage => ({
  kind: "ticket",
  id: `t${number}`,
  number,
  version: 1,
  visibility: "internal",
  creatorId: "x",
  assetId: null,
});

describe("GET /api/live", () => {
  // getActor() answers null for a signed-out, disabled or deleted user (see actor-access.test.ts).
  it("refuses a request without an active actor, without streaming", async () => {
    doors.actor = null;
    const response = await GET(new Request("http://test.local/api/live"));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).not.toContain("text/event-stream");
  });

  it("ends the stream at the next refresh once the user is disabled, and unsubscribes", async () => {
    const member = await makeUser(db, "member");
    const stream = await connect(member);
    hub.emit("ticket", ticket(1));
    hub.emit("notification", [member.id]);
    await vi.waitFor(() => expect(stream.text()).toContain("event: notification"));
    expect(stream.text()).toContain('"number":1');

    await vi.advanceTimersByTimeAsync(LIVE_REFRESH_MS);
    await settle();
    expect(stream.ended()).toBe(false);
    expect(hub.listenerCount("ticket")).toBe(1);

    await db.update(users).set({ active: false }).where(eq(users.id, member.id));
    await vi.advanceTimersByTimeAsync(LIVE_REFRESH_MS);
    await stream.pump;
    expect(stream.ended()).toBe(true);
    expect(hub.listenerCount("ticket")).toBe(0);
    expect(hub.listenerCount("notification")).toBe(0);
  });

  it("ends the stream at the next refresh once the role changed", async () => {
    const admin = await makeUser(db, "admin");
    const stream = await connect(admin);
    await db.update(users).set({ role: "code_user" }).where(eq(users.id, admin.id));
    await vi.advanceTimersByTimeAsync(LIVE_REFRESH_MS);
    await stream.pump;
    expect(stream.ended()).toBe(true);
    expect(hub.listenerCount("ticket")).toBe(0);
  });

  it("ends the stream at once when the account's sessions are revoked, without waiting for a refresh", async () => {
    const member = await makeUser(db, "member");
    const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, member.id));
    const stream = await connect({ ...member, sessionVersion: row!.v });
    const other = await makeUser(db, "member");
    hub.emit("account", other.id);
    await settle();
    expect(stream.ended()).toBe(false);

    await db
      .update(users)
      .set({ sessionVersion: row!.v + 1 })
      .where(eq(users.id, member.id));
    hub.emit("account", member.id);
    await stream.pump;
    expect(stream.ended()).toBe(true);
    expect(hub.listenerCount("account")).toBe(0);
  });

  it("releases its subscriptions when the client disconnects", async () => {
    const member = await makeUser(db, "member");
    const stream = await connect(member);
    stream.abort();
    await stream.pump;
    expect(hub.listenerCount("ticket")).toBe(0);
    expect(hub.listenerCount("notification")).toBe(0);
  });
});
