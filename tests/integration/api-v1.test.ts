import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";
import { apiIdempotencyKeys, apiTokens, tickets, users } from "@/db/schema";
import { fingerprintOf } from "@/lib/api/idempotency";
import { PROBLEM_STATUS } from "@/lib/api/problem";
import { flushTokenUse, TOKEN_RATE_LIMIT } from "@/lib/api-tokens/authenticate-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { hashToken } from "@/lib/api-tokens/token-secret";
import type { Actor } from "@/lib/context";
import { createSession } from "@/lib/sessions/create-session";
import { createTask } from "@/lib/tasks/create-task";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { apiClient, expectDocumented } from "@/tests/support/api-client";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld } from "@/tests/support/ticket-world";
import { refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

const doors = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/lib/server/db", () => ({ getDb: async () => doors.db }));

const list = await import("@/app/api/v1/tickets/route");
const one = await import("@/app/api/v1/tickets/[number]/route");
const status = await import("@/app/api/v1/tickets/[number]/status/route");
const assignees = await import("@/app/api/v1/tickets/[number]/assignees/route");
const statuses = await import("@/app/api/v1/statuses/route");
const assets = await import("@/app/api/v1/assets/route");
const userRoutes = await import("@/app/api/v1/users/route");
const messages = await import("@/app/api/v1/tickets/[number]/messages/route");
const updates = await import("@/app/api/v1/tickets/[number]/updates/route");
const taskList = await import("@/app/api/v1/tasks/route");
const oneTask = await import("@/app/api/v1/tasks/[number]/route");
const taskStatus = await import("@/app/api/v1/tasks/[number]/status/route");
const sessionList = await import("@/app/api/v1/sessions/route");
const oneSession = await import("@/app/api/v1/sessions/[number]/route");

const call = apiClient([
  { template: "/tickets", methods: list },
  { template: "/tickets/{number}", methods: one },
  { template: "/tickets/{number}/status", methods: status },
  { template: "/tickets/{number}/assignees", methods: assignees },
  { template: "/statuses", methods: statuses },
  { template: "/assets", methods: assets },
  { template: "/users", methods: userRoutes },
  { template: "/tickets/{number}/messages", methods: messages },
  { template: "/tickets/{number}/updates", methods: updates },
  { template: "/tasks", methods: taskList },
  { template: "/tasks/{number}", methods: oneTask },
  { template: "/tasks/{number}/status", methods: taskStatus },
  { template: "/sessions", methods: sessionList },
  { template: "/sessions/{number}", methods: oneSession },
] as never);

let handle: DbHandle;
let w: Awaited<ReturnType<typeof makeTicketWorld>>;
const tokens = new Map<string, string>();
const tokenOf = async (actor: Actor, scopes: ("read" | "write")[] = ["read", "write"]) => {
  const key = `${actor.id}:${scopes.join()}`;
  if (!tokens.has(key)) tokens.set(key, (await createApiToken(w.as(actor), { name: "test", scopes })).token);
  return tokens.get(key)!;
};

beforeAll(async () => {
  handle = await createTestDb();
  doors.db = handle.db;
  w = await makeTicketWorld(handle.db);
});
afterAll(async () => {
  await flushTokenUse(handle.db);
  await handle.close();
});

describe("tokens", () => {
  it("refuses a missing, unknown, revoked or expired token and a disabled owner with 401", async () => {
    expect((await call("GET", "/tickets")).status).toBe(401);
    expect((await call("GET", "/tickets", { token: "hd_nothing" })).status).toBe(401);
    const revocable = await createApiToken(w.as(w.m1), { name: "soon revoked", scopes: ["read"] });
    expect((await call("GET", "/tickets", { token: revocable.token })).status).toBe(200);
    await revokeApiToken(w.as(w.m1), { tokenId: revocable.id });
    const revoked = await call("GET", "/tickets", { token: revocable.token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toContain("Bearer");

    const expiring = await createApiToken(w.as(w.m1), { name: "old", scopes: ["read"], lifetime: "30" });
    await handle.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    expect((await call("GET", "/tickets", { token: expiring.token })).status).toBe(401);

    const leaver = await createApiToken(w.as(w.m3), { name: "leaver", scopes: ["read"] });
    expect((await call("GET", "/tickets", { token: leaver.token })).status).toBe(200);
    await handle.db.update(users).set({ active: false }).where(eq(users.id, w.m3.id));
    expect((await call("GET", "/tickets", { token: leaver.token })).status).toBe(401);
    await handle.db.update(users).set({ active: true }).where(eq(users.id, w.m3.id));
  });

  it("stops every token of an account that signs out everywhere", async () => {
    const first = await createApiToken(w.as(w.moderator), { name: "one", scopes: ["read"] });
    const second = await createApiToken(w.as(w.moderator), { name: "two", scopes: ["read", "write"] });
    await signOutEverywhere(w.as(w.moderator));
    expect((await call("GET", "/tickets", { token: first.token })).status).toBe(401);
    expect((await call("GET", "/tickets", { token: second.token })).status).toBe(401);
    tokens.clear();
  });

  it("records when a token was last used, and stores only its hash", async () => {
    const made = await createApiToken(w.as(w.m2), { name: "used", scopes: ["read"] });
    await call("GET", "/statuses", { token: made.token });
    let [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row!.lastUsedAt).toBeNull(); // counted in memory, written once a second
    await flushTokenUse(handle.db);
    [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row!.lastUsedAt).not.toBeNull();
    expect(row!.rateCount).toBe(1);
    expect(row!.tokenHash).not.toContain(made.token.slice(3));
    expect(made.token).toMatch(/^hd_[A-Za-z0-9_-]{43}$/);
  });

  it("answers 429 with Retry-After past the token's rate limit, and counts anew in the next window", async () => {
    const made = await createApiToken(w.as(w.m2), { name: "busy", scopes: ["read"] });
    await handle.db
      .update(apiTokens)
      .set({ rateCount: TOKEN_RATE_LIMIT - 1 })
      .where(eq(apiTokens.id, made.id));
    expect((await call("GET", "/statuses", { token: made.token })).status).toBe(200);
    const limited = await call("GET", "/statuses", { token: made.token });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    await handle.db
      .update(apiTokens)
      .set({ rateCount: TOKEN_RATE_LIMIT, rateWindowStart: new Date(Date.now() - 61_000) })
      .where(eq(apiTokens.id, made.id));
    expect((await call("GET", "/statuses", { token: made.token })).status).toBe(200);
  });

  it("lets a read-only token read but not write", async () => {
    const token = await tokenOf(w.admin, ["read"]);
    expect((await call("GET", "/tickets", { token })).status).toBe(200);
    const refused = await call("POST", "/tickets", { token, body: { title: "Read only" } });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe("urn:helpdesk:problem:forbidden");
  });
});

describe("tickets through the API answer as the pages do", () => {
  it("creates a ticket, names an invalid field, and reads it back by T-number or number", async () => {
    const token = await tokenOf(w.cust);
    const bad = await call("POST", "/tickets", { token, body: { title: "x" } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(["title"]);
    const notJson = await call("POST", "/tickets", { token, body: "{nope" });
    expect(notJson.status).toBe(400);

    const created = await call("POST", "/tickets", {
      token,
      body: { title: "Boiler noise", assetId: w.asset.id },
    });
    expect(created.status).toBe(201);
    expect(created.body.audience).toBe("customer");
    expect(created.body).not.toHaveProperty("status");
    const byRef = await call("GET", `/tickets/T-${created.body.number}`, { token });
    const byNumber = await call("GET", `/tickets/${created.body.number}`, { token });
    expect(byRef.body).toEqual(byNumber.body);
    expect(byRef.headers.get("etag")).toBe(`"${created.body.version}"`);
  });

  it("never shows a customer an internal ticket, in the list or by number", async () => {
    const internal = await createTicket(w.as(w.admin), {
      title: "Internal audit",
      assetId: w.asset.id,
      visibility: "internal",
    });
    const token = await tokenOf(w.cust);
    const page = await call("GET", "/tickets", { token });
    expect(page.body.items.map((t: { number: number }) => t.number)).not.toContain(internal.number);
    expect((await call("GET", `/tickets/${internal.number}`, { token })).status).toBe(404);
    expect((await call("GET", "/statuses", { token })).status).toBe(403);
    const staff = await call("GET", `/tickets/${internal.number}`, { token: await tokenOf(w.admin) });
    expect(staff.body.audience).toBe("staff");
    expect(staff.body.visibility).toBe("internal");
  });

  it("refuses a member who is not assigned just as the verb does", async () => {
    const id = await w.openTicket();
    const row = await ticketRow(handle.db, id);
    const inProgress = await statusIdOf(handle.db, "in_progress");
    const direct = await refusal(
      changeTicketStatus(w.as(w.m3), { ticketId: id, version: row.version, statusId: inProgress }),
    );
    const viaApi = await call("POST", `/tickets/${row.number}/status`, {
      token: await tokenOf(w.m3),
      body: { statusId: inProgress },
    });
    expect(viaApi.status).toBe(PROBLEM_STATUS[direct.code]);
    expect([403, 404, 422]).toContain(viaApi.status);
    const assign = await call("PUT", `/tickets/${row.number}/assignees`, {
      token: await tokenOf(w.m1),
      body: { userIds: [w.m1.id] },
    });
    expect(assign.status).toBe(403);
  });

  it("answers 422 with the engine's reason for a refused transition", async () => {
    const id = await w.openTicket();
    const row = await ticketRow(handle.db, id);
    const done = await statusIdOf(handle.db, "done");
    const refused = await call("POST", `/tickets/${row.number}/status`, {
      token: await tokenOf(w.admin),
      body: { statusId: done },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.detail.length).toBeGreaterThan(10);
    expect((await ticketRow(handle.db, id)).version).toBe(row.version);
  });

  it("refuses a stale version with 409, from If-Match or the body, and changes nothing", async () => {
    const id = await w.assignedTicket();
    const row = await ticketRow(handle.db, id);
    const inProgress = await statusIdOf(handle.db, "in_progress");
    const token = await tokenOf(w.admin);
    const path = `/tickets/${row.number}/status`;
    const stale = await call("POST", path, {
      token,
      body: { statusId: inProgress },
      headers: { "If-Match": `"${row.version - 1}"` },
    });
    expect(stale.status).toBe(409);
    const staleBody = await call("POST", path, {
      token,
      body: { statusId: inProgress, version: row.version - 1 },
    });
    expect(staleBody.status).toBe(409);
    expect((await ticketRow(handle.db, id)).version).toBe(row.version);
    const garbled = await call("POST", path, {
      token,
      body: { statusId: inProgress },
      headers: { "If-Match": "*" },
    });
    expect(garbled.status).toBe(400);
    const moved = await call("POST", path, {
      token,
      body: { statusId: inProgress },
      headers: { "If-Match": `"${row.version}"` },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.status.category).toBe("in_progress");
    expect(moved.body.version).toBe(row.version + 1);
  });

  it("lets managers assign and lists the transitions the token's owner may take", async () => {
    const id = await w.openTicket();
    const row = await ticketRow(handle.db, id);
    const token = await tokenOf(w.moderator);
    const assigned = await call("PUT", `/tickets/${row.number}/assignees`, {
      token,
      body: { userIds: [w.m2.id] },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignees.map((a: { id: string }) => a.id)).toEqual([w.m2.id]);
    expect(assigned.body.status.category).toBe("assigned");
    expect(assigned.body.transitions.length).toBeGreaterThan(0);
  });

  it("names a bad filter instead of ignoring it, and pages with the cursor", async () => {
    const token = await tokenOf(w.admin);
    const bad = await call("GET", "/tickets?category=bogus", { token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("category");
    for (let i = 0; i < 26; i++) await createTicket(w.as(w.admin), { title: `Paged ticket ${i}` });
    const first = await call("GET", "/tickets?sort=number&dir=desc", { token });
    expect(first.body.items).toHaveLength(25);
    const second = await call(
      "GET",
      `/tickets?sort=number&dir=desc&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { token },
    );
    const seen = new Set(first.body.items.map((t: { number: number }) => t.number));
    expect(second.body.items.every((t: { number: number }) => !seen.has(t.number))).toBe(true);
  });
});

describe("idempotency keys", () => {
  it("answers a repeated POST with the first result and creates one ticket", async () => {
    const token = await tokenOf(w.admin);
    const headers = { "Idempotency-Key": "order-4711" };
    const first = await call("POST", "/tickets", { token, body: { title: "From the ERP" }, headers });
    const again = await call("POST", "/tickets", { token, body: { title: "From the ERP" }, headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const made = await handle.db.select().from(tickets).where(eq(tickets.title, "From the ERP"));
    expect(made).toHaveLength(1);
    const other = await call("POST", "/tickets", { token, body: { title: "Something else" }, headers });
    expect(other.status).toBe(422);
    const refusedFirst = await call("POST", "/tickets", {
      token,
      body: { title: "x" },
      headers: { "Idempotency-Key": "bad-1" },
    });
    const refusedAgain = await call("POST", "/tickets", {
      token,
      body: { title: "x" },
      headers: { "Idempotency-Key": "bad-1" },
    });
    expect([refusedFirst.status, refusedAgain.status]).toEqual([400, 400]);
  });

  it("frees a key whose first request died before answering, after a minute", async () => {
    const token = await tokenOf(w.admin);
    const [tokenRow] = await handle.db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, hashToken(token)));
    await handle.db
      .insert(apiIdempotencyKeys)
      .values({ tokenId: tokenRow!.id, key: "died", fingerprint: "x" });
    const busy = await call("POST", "/tickets", {
      token,
      body: { title: "After a crash" },
      headers: { "Idempotency-Key": "died" },
    });
    expect(busy.status).toBe(422); // another request's key (its fingerprint differs)
    await handle.db.delete(apiIdempotencyKeys).where(eq(apiIdempotencyKeys.key, "died"));
    const body = { title: "After a crash" };
    const fingerprint = fingerprintOf("POST", "/api/v1/tickets", JSON.stringify(body));
    await handle.db.insert(apiIdempotencyKeys).values({ tokenId: tokenRow!.id, key: "died", fingerprint });
    expect(
      (await call("POST", "/tickets", { token, body, headers: { "Idempotency-Key": "died" } })).status,
    ).toBe(409);
    await handle.db
      .update(apiIdempotencyKeys)
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .where(eq(apiIdempotencyKeys.key, "died"));
    expect(
      (await call("POST", "/tickets", { token, body, headers: { "Idempotency-Key": "died" } })).status,
    ).toBe(201);
  });

  it("never runs a change twice when its answer failed, and frees the key when nothing changed", async () => {
    const { apiRoute } = await import("@/lib/api/api-route");
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    let runs = 0;
    const changedThenBroke = apiRoute("write", async (ctx) => {
      runs++;
      ctx.changed();
      throw new Error("the answer broke");
    });
    const token = await tokenOf(w.admin);
    const request = (key: string) =>
      new Request("http://localhost/api/v1/anything", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "idempotency-key": key },
        body: "{}",
      });
    const params = { params: Promise.resolve({}) };
    const first = await changedThenBroke(request("broke-after-change"), params);
    expect(first.status).toBe(500);
    expect((await first.json()).type).toBe("urn:helpdesk:problem:internal");
    const again = await changedThenBroke(request("broke-after-change"), params);
    expect([again.status, again.headers.get("idempotent-replayed"), runs]).toEqual([500, "true", 1]);

    let attempts = 0;
    const brokeBefore = apiRoute("write", async () => {
      attempts++;
      if (attempts === 1) throw new Error("database went away");
      return { status: 201, body: { ok: true } };
    });
    await expect(brokeBefore(request("broke-before-change"), params)).rejects.toThrow("went away");
    expect((await brokeBefore(request("broke-before-change"), params)).status).toBe(201);
    quiet.mockRestore();
  });

  it("keeps keys per token", async () => {
    const headers = { "Idempotency-Key": "shared-key" };
    const a = await call("POST", "/tickets", {
      token: await tokenOf(w.admin),
      body: { title: "Admin's" },
      headers,
    });
    const b = await call("POST", "/tickets", {
      token: await tokenOf(w.moderator),
      body: { title: "Moderator's" },
      headers,
    });
    expect(a.body.number).not.toBe(b.body.number);
  });
});

describe("the OpenAPI document", () => {
  it("is what the checks above hold the responses to: a response off the document fails", () => {
    const response = new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    expect(() => expectDocumented("/statuses", "GET", response, { items: [{ id: "x" }] })).toThrow();
    expect(() => expectDocumented("/statuses", "GET", response, { items: [] })).not.toThrow();
    const teapot = new Response("{}", { status: 418, headers: { "content-type": "application/json" } });
    expect(() => expectDocumented("/statuses", "GET", teapot, {})).toThrow();
  });
});

describe("statuses, assets and users", () => {
  it("lists statuses for employees, assets for everyone as they may file, users for admins only", async () => {
    const member = await tokenOf(w.m1);
    const listed = await call("GET", "/statuses", { token: member });
    expect(listed.body.items.some((s: { category: string }) => s.category === "draft")).toBe(false);
    const custAssets = await call("GET", "/assets", { token: await tokenOf(w.cust) });
    expect(custAssets.body.items.map((a: { id: string }) => a.id).sort()).toEqual(
      [w.asset.id, w.bareAsset.id].sort(),
    );
    expect((await call("GET", "/assets", { token: await tokenOf(w.admin) })).status).toBe(200);
    expect((await call("GET", "/users", { token: member })).status).toBe(403);
    const all = await call("GET", "/users", { token: await tokenOf(w.admin) });
    expect(all.body.items.length).toBeGreaterThan(5);
    expect(all.body.items[0]).not.toHaveProperty("passwordHash");
  });
});

describe("messages, tasks and video sessions", () => {
  it("lets the customer and the assigned employee write and read the messenger; anyone else gets the ticket's own answer", async () => {
    const id = await w.assignedTicket();
    const { number } = await ticketRow(handle.db, id);
    const written = await call("POST", `/tickets/${number}/messages`, {
      token: await tokenOf(w.cust),
      body: { body: "Is **anyone** there?" },
    });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ text: "Is anyone there?", side: "customer", mine: true });
    const read = await call("GET", `/tickets/${number}/messages`, { token: await tokenOf(w.m1) });
    expect(read.body.items.map((m: { text: string }) => m.text)).toContain("Is anyone there?");
    const empty = await call("POST", `/tickets/${number}/messages`, {
      token: await tokenOf(w.m1),
      body: { body: " " },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe("body");
    expect(
      (await call("GET", `/tickets/${number}/messages`, { token: await tokenOf(w.otherCust, ["read"]) }))
        .status,
    ).toBe((await call("GET", `/tickets/${number}`, { token: await tokenOf(w.otherCust, ["read"]) })).status);
  });

  it("adds updates; a customer reads only the public ones and may not add an internal one", async () => {
    const id = await w.assignedTicket();
    const { number } = await ticketRow(handle.db, id);
    const staff = await tokenOf(w.m1);
    const internal = await call("POST", `/tickets/T-${number}/updates`, {
      token: staff,
      body: { body: "Found a cracked seal, *ordered* one", visibility: "internal" },
    });
    expect(internal.status).toBe(201);
    expect(internal.body.items).toEqual([
      expect.objectContaining({ body: "Found a cracked seal, ordered one", internal: true }),
    ]);
    await call("POST", `/tickets/${number}/updates`, { token: staff, body: { body: "Seal replaced" } });
    const seen = await call("GET", `/tickets/${number}/updates`, { token: await tokenOf(w.cust) });
    expect(seen.body.items.map((u: { body: string }) => u.body)).toEqual(["Seal replaced"]);
    const sneaky = await call("POST", `/tickets/${number}/updates`, {
      token: await tokenOf(w.cust),
      body: { body: "Only for staff?", visibility: "internal" },
    });
    expect([403, 422]).toContain(sneaky.status);
  });

  it("lists and reads tasks for employees only, by K-number; to customers they do not exist", async () => {
    const made = await createTask(w.as(w.m1), { title: "Order a gasket", assigneeId: w.m1.id });
    const token = await tokenOf(w.m1);
    const page = await call("GET", "/tasks?scope=mine", { token });
    expect(page.body.items.map((t: { number: number }) => t.number)).toContain(made.number);
    const one = await call("GET", `/tasks/K-${made.number}`, { token });
    expect(one.body).toMatchObject({ title: "Order a gasket", category: "open" });
    expect(one.body.moves.length).toBeGreaterThan(0);
    const move = one.body.moves[0];
    const stale = await call("POST", `/tasks/${made.number}/status`, {
      token,
      body: { statusId: move.statusId, version: one.body.version + 5 },
    });
    expect(stale.status).toBe(409);
    const moved = await call("POST", `/tasks/${made.number}/status`, {
      token,
      body: { statusId: move.statusId },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.category).toBe(move.category);
    // Customers never learn that tasks exist, as on the pages.
    expect((await call("GET", "/tasks", { token: await tokenOf(w.cust) })).status).toBe(404);
    expect((await call("GET", "/tasks?scope=everything", { token })).status).toBe(400);
  });

  it("shows a customer their public video sessions and never an internal one", async () => {
    const pub = await createSession(w.as(w.admin), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Look at the pump",
    });
    const internal = await createSession(w.as(w.admin), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Internal review",
      visibility: "internal",
    });
    const token = await tokenOf(w.cust);
    const page = await call("GET", "/sessions?status=any", { token });
    const numbers = page.body.items.map((s: { number: number }) => s.number);
    expect(numbers).toContain(pub.number);
    expect(numbers).not.toContain(internal.number);
    expect((await call("GET", `/sessions/V-${internal.number}`, { token })).status).toBe(404);
    const staff = await call("GET", `/sessions/${internal.number}`, { token: await tokenOf(w.admin) });
    expect(staff.body).toMatchObject({ audience: "staff", visibility: "internal" });
  });
});
