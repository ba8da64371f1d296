import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { auditLog, statuses } from "@/db/schema";
import { createAsset } from "@/lib/assets/create-asset";
import { regenerateAssetCode } from "@/lib/assets/regenerate-asset-code";
import { updateAsset } from "@/lib/assets/update-asset";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { describeChange } from "@/lib/audit/describe-change";
import { listAuditEntries } from "@/lib/audit/queries";
import type { Actor } from "@/lib/context";
import { translator } from "@/lib/i18n/translate";
import { recordSignInFailure } from "@/lib/security/sign-in-limits";
import { updateDonePolicy } from "@/lib/settings/update-done-policy";
import { archiveStatus } from "@/lib/statuses/archive-status";
import { createStatus } from "@/lib/statuses/create-status";
import { reorderStatus } from "@/lib/statuses/reorder-status";
import { updateStatus } from "@/lib/statuses/update-status";
import { createAdmin } from "@/lib/users/create-admin";
import { createEmployee } from "@/lib/users/create-employee";
import { setPayRate } from "@/lib/users/set-pay-rate";
import { setUserActive } from "@/lib/users/set-user-active";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateUserRole } from "@/lib/users/update-user-role";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { refusal } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let moderator: Actor;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin", "Ada Audit");
  moderator = await makeUser(db, "moderator");
});
afterAll(() => handle.close());

const as = (actor: Actor) => ({ actor, db });
let n = 0;
const unique = (label: string) => `${label} ${++n}`;

async function entriesFor(targetId: string) {
  return db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(desc(auditLog.id));
}

async function latestFor(targetId: string) {
  const [entry] = await entriesFor(targetId);
  if (!entry) throw new Error(`no audit entry for ${targetId}`);
  return entry;
}

function expectEntry(
  entry: Awaited<ReturnType<typeof latestFor>>,
  want: { action: AuditAction; label: string; before?: unknown; after?: unknown },
) {
  expect(entry).toMatchObject({ actorId: admin.id, action: want.action, targetLabel: want.label });
  expect(entry.targetType).toBe(want.action.split(".")[0]);
  expect(entry.before).toEqual(want.before ?? null);
  expect(entry.after).toEqual(want.after ?? null);
}

describe("every admin verb appends its entry in the same transaction", () => {
  it("statuses: create, change, move, delete", async () => {
    const name = unique("Waiting for parts");
    const { id } = await createStatus(as(admin), { name, category: "on_hold", color: "#aa0000" });
    expectEntry(await latestFor(id), {
      action: "status.created",
      label: name,
      after: { name, category: "on_hold", color: "#aa0000", actions: [] },
    });

    const renamed = unique("Parts ordered");
    const actions = [{ type: "sms_customer", body: "Your parts are ordered." }] as const;
    await updateStatus(as(admin), { statusId: id, name: renamed, color: "#aa0000", actions: [...actions] });
    // Only what changed: the colour and the category stayed.
    expectEntry(await latestFor(id), {
      action: "status.updated",
      label: renamed,
      before: { name, actions: [] },
      after: { name: renamed, actions },
    });

    const second = await createStatus(as(admin), {
      name: unique("Second"),
      category: "on_hold",
      color: "#000000",
    });
    await reorderStatus(as(admin), { statusId: second.id, direction: "up" });
    const moved = await latestFor(second.id);
    expect(moved.action).toBe("status.reordered");
    expect((moved.after as { position: number }).position).toBe(
      (moved.before as { position: number }).position - 1,
    );

    await archiveStatus(as(admin), { statusId: id });
    expectEntry(await latestFor(id), {
      action: "status.archived",
      label: renamed,
      before: { archived: false },
      after: { archived: true },
    });
  });

  it("users: create, role, disable, enable, pay rate, unlock", async () => {
    const email = `erin-${Date.now()}@test.local`;
    const erin = await createEmployee(as(admin), {
      name: "Erin Employee",
      email,
      password: "a-long-enough-passphrase",
      role: "member",
    });
    expectEntry(await latestFor(erin.id), {
      action: "user.created",
      label: "Erin Employee",
      after: { name: "Erin Employee", email, role: "member" },
    });

    await updateUserRole(as(admin), { userId: erin.id, role: "moderator" });
    expectEntry(await latestFor(erin.id), {
      action: "user.role_changed",
      label: "Erin Employee",
      before: { role: "member" },
      after: { role: "moderator" },
    });

    await setUserActive(as(admin), { userId: erin.id, active: false });
    expectEntry(await latestFor(erin.id), {
      action: "user.disabled",
      label: "Erin Employee",
      before: { active: true },
      after: { active: false },
    });
    await setUserActive(as(admin), { userId: erin.id, active: true });
    expect((await latestFor(erin.id)).action).toBe("user.enabled");

    await setPayRate(as(admin), { userId: erin.id, kind: "fixed", rate: "25" });
    expectEntry(await latestFor(erin.id), {
      action: "user.pay_rate_changed",
      label: "Erin Employee",
      before: { payRate: null },
      after: { payRate: { kind: "fixed", value: 2500 } },
    });

    for (let i = 0; i < 10; i++) await recordSignInFailure(db, email, null);
    await unlockUser(as(admin), { userId: erin.id });
    expectEntry(await latestFor(erin.id), { action: "user.unlocked", label: "Erin Employee" });
  });

  it("a change that changes nothing writes nothing: role, active state, rate, lock, status, asset, policy", async () => {
    const mo = await makeUser(db, "member");
    await updateUserRole(as(admin), { userId: mo.id, role: "member" });
    await setUserActive(as(admin), { userId: mo.id, active: true });
    await setPayRate(as(admin), { userId: mo.id, kind: null });
    await unlockUser(as(admin), { userId: mo.id });
    expect(await entriesFor(mo.id)).toEqual([]);

    const name = unique("Unchanged");
    const { id } = await createStatus(as(admin), { name, category: "on_hold", color: "#123456" });
    await updateStatus(as(admin), { statusId: id, name, color: "#123456", actions: [] });
    expect((await entriesFor(id)).map((e) => e.action)).toEqual(["status.created"]);

    const asset = await createAsset(as(admin), { name: unique("Same asset"), responsibleIds: [] });
    await updateAsset(as(admin), { assetId: asset.id, name: asset.name, responsibleIds: [] });
    expect((await entriesFor(asset.id)).map((e) => e.action)).toEqual(["asset.created"]);

    const before = (await entriesFor("done_policy")).length;
    await updateDonePolicy(as(admin), { mode: "rating", autoCloseAfterDays: null });
    await updateDonePolicy(as(admin), { mode: "rating", autoCloseAfterDays: null });
    expect((await entriesFor("done_policy")).length).toBe(before);
  });

  it("assets: create, change, new code (never the code itself)", async () => {
    const resp = await makeUser(db, "member", "Rita Responsible");
    const asset = await createAsset(as(admin), { name: "Boiler 7", responsibleIds: [resp.id] });
    expectEntry(await latestFor(asset.id), {
      action: "asset.created",
      label: "Boiler 7",
      after: { name: "Boiler 7", responsibles: ["Rita Responsible"] },
    });
    await updateAsset(as(admin), { assetId: asset.id, name: "Boiler 8", responsibleIds: [] });
    expectEntry(await latestFor(asset.id), {
      action: "asset.updated",
      label: "Boiler 8",
      before: { name: "Boiler 7", responsibles: ["Rita Responsible"] },
      after: { name: "Boiler 8", responsibles: [] },
    });
    const { accessCode } = await regenerateAssetCode(as(admin), { assetId: asset.id });
    const entry = await latestFor(asset.id);
    expectEntry(entry, { action: "asset.code_regenerated", label: "Boiler 8" });
    expect(JSON.stringify(entry)).not.toContain(accessCode);
    expect(JSON.stringify(await entriesFor(asset.id))).not.toContain(asset.accessCode);
  });

  it("settings: the done policy, before and after", async () => {
    await updateDonePolicy(as(admin), { mode: "confirmation", autoCloseAfterDays: 7 });
    expectEntry(await latestFor("done_policy"), {
      action: "setting.done_policy_changed",
      label: "done_policy",
      before: { mode: "rating", autoCloseAfterDays: null },
      after: { mode: "confirmation", autoCloseAfterDays: 7 },
    });
  });

  it("a refused change leaves no entry, and a refusal inside the transaction rolls the entry back", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    await expect(
      refusal(createStatus(as(moderator), { name: unique("X"), category: "done", color: "#000000" })),
    ).resolves.toMatchObject({ code: "forbidden" });
    const customer = await makeUser(db, "code_user");
    // Refused after the row was locked, inside the transaction.
    await expect(
      refusal(updateUserRole(as(admin), { userId: customer.id, role: "member" })),
    ).resolves.toMatchObject({ code: "invalid" });
    const [system] = await db.select().from(statuses).where(eq(statuses.systemKey, "open")).limit(1);
    await expect(refusal(archiveStatus(as(admin), { statusId: system!.id }))).resolves.toMatchObject({
      code: "not_allowed",
    });
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after).toEqual(before);
  });

  it("the command line's admin is recorded without a person", async () => {
    const email = `root-${Date.now()}@test.local`;
    const created = await createAdmin(
      { db },
      { email, name: "Root Admin", password: "another-long-passphrase" },
    );
    expect(created.role).toBe("admin");
    const entry = await latestFor(created.id);
    expect(entry).toMatchObject({ actorId: null, action: "user.created", targetLabel: "Root Admin" });
    await expect(
      refusal(createAdmin({ db }, { email, name: "Again", password: "another-long-passphrase" })),
    ).resolves.toMatchObject({ code: "invalid" });
    await expect(
      refusal(createAdmin({ db }, { email: "short@test.local", name: "S", password: "demo1234" })),
    ).resolves.toMatchObject({ code: "invalid" });
  });
});

describe("the log is append-only", () => {
  async function refusedByTrigger(statement: Promise<unknown>) {
    const error = (await statement.then(
      () => null,
      (e: unknown) => e,
    )) as { cause?: Error } | null;
    expect(error?.cause?.message).toMatch(/audit_log is append-only/);
  }

  it("refuses UPDATE, DELETE and TRUNCATE, even to the app's own connection", async () => {
    const [entry] = await db.select().from(auditLog).limit(1);
    await refusedByTrigger(
      db.update(auditLog).set({ targetLabel: "forged" }).where(eq(auditLog.id, entry!.id)),
    );
    await refusedByTrigger(db.delete(auditLog).where(eq(auditLog.id, entry!.id)));
    await refusedByTrigger(db.execute(sql`truncate audit_log`));
    const [still] = await db.select().from(auditLog).where(eq(auditLog.id, entry!.id));
    expect(still).toEqual(entry);
  });
});

describe("Settings → Audit", () => {
  it("lists newest first for admins only, filtered by what, who and day, a page at a time", async () => {
    await expect(refusal(listAuditEntries(as(moderator), {}))).resolves.toMatchObject({ code: "forbidden" });
    const all = await listAuditEntries(as(admin), {});
    const ids = all.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.entries.find((e) => e.targetLabel === "Root Admin")?.actorName).toBeNull();
    expect(all.entries.find((e) => e.action === "asset.created")?.actorName).toBe("Ada Audit");

    const assetsOnly = await listAuditEntries(as(admin), { target: "asset" });
    // Three from the asset test, one from the no-op test's asset.
    expect(assetsOnly.entries.length).toBe(4);
    expect(new Set(assetsOnly.entries.map((e) => e.targetType))).toEqual(new Set(["asset"]));
    const cli = await listAuditEntries(as(admin), { actor: "cli" });
    expect(cli.entries.map((e) => e.targetLabel)).toEqual(["Root Admin"]);
    const byAda = await listAuditEntries(as(admin), { actor: admin.id });
    expect(byAda.entries.length).toBe(all.entries.length - 1);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await listAuditEntries(as(admin), { from: yesterday, to: tomorrow })).entries.length).toBe(
      all.entries.length,
    );
    expect((await listAuditEntries(as(admin), { from: tomorrow })).entries).toEqual([]);
    expect((await listAuditEntries(as(admin), { to: yesterday })).entries).toEqual([]);
  });

  it("pages by keyset: 50 a page, no entry twice or missed", async () => {
    const member = await makeUser(db, "member");
    for (let i = 0; i < 60; i++) {
      await updateUserRole(as(admin), { userId: member.id, role: i % 2 === 0 ? "moderator" : "member" });
    }
    const seen: number[] = [];
    let before: number | undefined;
    do {
      const page = await listAuditEntries(as(admin), { target: "user", before });
      seen.push(...page.entries.map((e) => e.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    const total = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.targetType, "user"));
    expect(seen.length).toBe(total[0]!.n);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("describes a change in the reader's language", () => {
    const lines = describeChange(
      { role: "member", active: true },
      { role: "moderator", active: false },
      translator("de"),
    );
    expect(lines).toEqual([
      { field: "Rolle", before: "Mitarbeiter", after: "Moderator" },
      { field: "Aktiv", before: "ja", after: "nein" },
    ]);
    const en = describeChange(
      null,
      { payRate: { kind: "percent", value: 12.5 }, responsibles: [] },
      translator("en"),
    );
    expect(en).toEqual([
      { field: "Pay rate", before: null, after: "12.5 %" },
      { field: "Responsible employees", before: null, after: "none" },
    ]);
  });
});
