import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { assetMembers, assetResponsibles, assets, settings, users } from "@/db/schema";
import {
  CODE_ATTEMPTS,
  generateAccessCode,
  WRONG_CODE_MESSAGE as WRONG_CODE,
  withFreshAccessCode,
} from "@/lib/assets/access-code";
import { createAsset } from "@/lib/assets/create-asset";
import { listAssets, listMyAssets } from "@/lib/assets/queries";
import { ALREADY_HELD_MESSAGE as ALREADY_HELD, redeemAssetCode } from "@/lib/assets/redeem-asset-code";
import { regenerateAssetCode } from "@/lib/assets/regenerate-asset-code";
import { updateAsset } from "@/lib/assets/update-asset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { english } from "@/lib/i18n/translate";
import { loadDonePolicy } from "@/lib/settings/done-policy";
import { updateDonePolicy } from "@/lib/settings/update-done-policy";
import { createEmployee } from "@/lib/users/create-employee";
import { listEmployees, listUsers } from "@/lib/users/queries";
import { CANNOT_REGISTER_MESSAGE, registerCustomer } from "@/lib/users/register-customer";
import { DUPLICATE_EMAIL_MESSAGE as DUPLICATE_EMAIL } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUserRole } from "@/lib/users/update-user-role";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";

const WRONG_CODE_MESSAGE = english(WRONG_CODE);
const ALREADY_HELD_MESSAGE = english(ALREADY_HELD);
const DUPLICATE_EMAIL_MESSAGE = english(DUPLICATE_EMAIL);

let handle: DbHandle;
let db: Db;
let admin: Actor;
let moderator: Actor;
let member: Actor;
let customer: Actor;
const as = (actor: Actor): Ctx => ({ actor, db });

/** Runs `call` expecting a DomainError; returns it for further checks. */
async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function countRows(table: typeof users | typeof assetMembers | typeof assets): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return Number(row?.n ?? 0);
}

let seq = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${++seq}-${Date.now()}@test.local`;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin", "Alice Admin");
  moderator = await makeUser(db, "moderator", "Mo Moderator");
  member = await makeUser(db, "member", "Mel Member");
  customer = await makeUser(db, "code_user", "Cara Customer");
});
afterAll(() => handle.close());

describe("admin-only verbs", () => {
  const nonAdmins = () => [moderator, member, customer];

  type Case = { name: string; run: (ctx: Ctx) => Promise<unknown> };
  const cases: Case[] = [
    {
      name: "createEmployee",
      run: (ctx) =>
        createEmployee(ctx, {
          name: "New Hire",
          email: uniqueEmail("hire"),
          password: "correct-horse-8",
          role: "member",
        }),
    },
    {
      name: "updateUserRole",
      run: async (ctx) => {
        const target = await makeUser(db, "member");
        return updateUserRole(ctx, { userId: target.id, role: "moderator" });
      },
    },
    {
      name: "setUserActive",
      run: async (ctx) => {
        const target = await makeUser(db, "member");
        return setUserActive(ctx, { userId: target.id, active: false });
      },
    },
    { name: "createAsset", run: (ctx) => createAsset(ctx, { name: "Press", responsibleIds: [member.id] }) },
    {
      name: "updateAsset",
      run: async (ctx) => {
        const asset = await makeAsset(db);
        return updateAsset(ctx, { assetId: asset.id, name: "Renamed", responsibleIds: [] });
      },
    },
    {
      name: "regenerateAssetCode",
      run: async (ctx) => regenerateAssetCode(ctx, { assetId: (await makeAsset(db)).id }),
    },
    {
      name: "updateDonePolicy",
      run: (ctx) => updateDonePolicy(ctx, { mode: "confirmation", autoCloseAfterDays: 7 }),
    },
    { name: "listUsers", run: (ctx) => listUsers(ctx) },
    { name: "listAssets", run: (ctx) => listAssets(ctx) },
  ];

  for (const c of cases) {
    it(`${c.name}: allowed for admins, forbidden for moderators, members and customers`, async () => {
      await expect(c.run(as(admin))).resolves.toBeDefined();
      for (const actor of nonAdmins()) {
        const error = await refusal(c.run(as(actor)));
        expect(error.code, `${c.name} as ${actor.role}`).toBe("forbidden");
      }
    });
  }

  it("refuses a customer the employee picker", async () => {
    expect((await refusal(listEmployees(as(customer)))).code).toBe("forbidden");
    const employees = await listEmployees(as(member));
    expect(employees.map((e) => e.id)).toContain(admin.id);
    expect(employees.map((e) => e.id)).not.toContain(customer.id);
  });
});

describe("users", () => {
  it("creates an employee with a hashed password who can sign in", async () => {
    const email = uniqueEmail("Staff").toUpperCase();
    const created = await createEmployee(as(admin), {
      name: " Sam Staff ",
      email,
      password: "long-enough-9",
      role: "moderator",
    });
    expect(created).toMatchObject({
      name: "Sam Staff",
      email: email.toLowerCase(),
      role: "moderator",
      active: true,
    });
    expect(created).not.toHaveProperty("passwordHash");
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, created.id));
    expect(row?.hash).not.toBe("long-enough-9");
    expect(await verifyCredentials(db, email, "long-enough-9")).toBe(created.id);
  });

  it("refuses a duplicate e-mail, whatever its case, with a field error", async () => {
    const email = uniqueEmail("dup");
    await createEmployee(as(admin), { name: "First", email, password: "correct-horse-7", role: "member" });
    const before = await countRows(users);
    const error = await refusal(
      createEmployee(as(admin), {
        name: "Second",
        email: email.toUpperCase(),
        password: "correct-horse-7",
        role: "member",
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.email).toEqual([DUPLICATE_EMAIL_MESSAGE]);
    expect(await countRows(users)).toBe(before);
  });

  it("refuses bad input with field errors", async () => {
    const error = await refusal(
      createEmployee(as(admin), {
        name: "",
        email: "not-an-email",
        password: "short",
        role: "code_user" as "member",
      }),
    );
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("lists users without password hashes", async () => {
    const list = await listUsers(as(admin));
    expect(list.find((u) => u.id === customer.id)).toMatchObject({ role: "code_user", active: true });
    for (const u of list)
      expect(Object.keys(u).sort()).toEqual(["active", "createdAt", "email", "id", "name", "phone", "role"]);
  });

  it("changes employee roles but never turns a customer into staff", async () => {
    const target = await makeUser(db, "member");
    expect((await updateUserRole(as(admin), { userId: target.id, role: "admin" })).role).toBe("admin");
    const error = await refusal(updateUserRole(as(admin), { userId: customer.id, role: "member" }));
    expect(error.code).toBe("invalid");
    const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, customer.id));
    expect(row?.role).toBe("code_user");
  });

  it("does not let an admin demote or disable themselves", async () => {
    const demote = await refusal(updateUserRole(as(admin), { userId: admin.id, role: "member" }));
    expect(demote.message).toMatch(/your own role/);
    const disable = await refusal(setUserActive(as(admin), { userId: admin.id, active: false }));
    expect(disable.message).toMatch(/your own account/);
    const [row] = await db
      .select({ role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, admin.id));
    expect(row).toEqual({ role: "admin", active: true });
  });

  it("disables and re-enables a user; a disabled user cannot sign in", async () => {
    const email = uniqueEmail("leaver");
    const u = await createEmployee(as(admin), {
      name: "Leaver",
      email,
      password: "correct-horse-7",
      role: "member",
    });
    expect((await setUserActive(as(admin), { userId: u.id, active: false })).active).toBe(false);
    expect(await verifyCredentials(db, email, "correct-horse-7")).toBeNull();
    expect((await setUserActive(as(admin), { userId: u.id, active: true })).active).toBe(true);
    expect(await verifyCredentials(db, email, "correct-horse-7")).toBe(u.id);
  });
});

describe("customer registration", () => {
  it("with a wrong code creates nothing and names the code field", async () => {
    const [usersBefore, linksBefore] = [await countRows(users), await countRows(assetMembers)];
    const error = await refusal(
      registerCustomer(
        { db },
        { name: "Nope", email: uniqueEmail("nope"), password: "correct-horse-7", accessCode: "ZZZZ-ZZZZ" },
        { address: null },
      ),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.accessCode).toEqual([WRONG_CODE_MESSAGE]);
    expect(await countRows(users)).toBe(usersBefore);
    expect(await countRows(assetMembers)).toBe(linksBefore);
  });

  it("with a right code creates a customer linked to the asset", async () => {
    const asset = await makeAsset(db);
    const email = uniqueEmail("new-customer");
    const result = await registerCustomer(
      { db },
      {
        name: "Nina New",
        email,
        password: "correct-horse-7",
        accessCode: ` ${asset.accessCode.toLowerCase()} `,
      },
      { address: null },
    );
    expect(result.assetId).toBe(asset.id);
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user).toMatchObject({ role: "code_user", active: true, email });
    const me: Actor = { id: result.userId, role: "code_user", name: "Nina New", email };
    expect(await listMyAssets(as(me))).toEqual([{ id: asset.id, name: asset.name }]);
    expect(await verifyCredentials(db, email, "correct-horse-7")).toBe(result.userId);
  });

  it("refuses a taken e-mail without saying so, and creates nothing", async () => {
    const asset = await makeAsset(db);
    const before = await countRows(users);
    const error = await refusal(
      registerCustomer(
        { db },
        { name: "Twin", email: customer.email, password: "correct-horse-7", accessCode: asset.accessCode },
        { address: null },
      ),
    );
    expect(error.message).toBe(english(CANNOT_REGISTER_MESSAGE));
    expect(error.message).not.toMatch(/exists|taken|registered/i);
    expect(error.fieldErrors).toBeUndefined();
    expect(await countRows(users)).toBe(before);
  });
});

describe("assets", () => {
  it("creates an asset with a human-friendly unique code and its responsible employees", async () => {
    const created = await createAsset(as(admin), {
      name: "Boiler",
      responsibleIds: [member.id, moderator.id],
    });
    expect(created.accessCode).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const listed = (await listAssets(as(admin))).find((a) => a.id === created.id);
    expect(listed?.responsibles.map((r) => r.name).sort()).toEqual([member.name, moderator.name].sort());
    expect(listed?.customerCount).toBe(0);
    const codes = new Set(Array.from({ length: 200 }, generateAccessCode));
    expect(codes.size).toBe(200);
  });

  it("retries with another code when a generated code is taken", async () => {
    const taken = await makeAsset(db);
    const codes = [taken.accessCode, "FRSH-CODE"];
    let calls = 0;
    const insert = (accessCode: string) =>
      db.transaction((tx) => tx.insert(assets).values({ name: "Retry", accessCode }).returning());
    const [row] = await withFreshAccessCode(insert, () => codes[calls++]!);
    expect(row?.accessCode).toBe("FRSH-CODE");
    expect(calls).toBe(2);

    calls = 0;
    await expect(
      withFreshAccessCode(insert, () => {
        calls++;
        return taken.accessCode;
      }),
    ).rejects.toThrow();
    expect(calls).toBe(CODE_ATTEMPTS);
  });

  it("accepts only active employees as responsible", async () => {
    const inactive = await makeUser(db, "member");
    await setUserActive(as(admin), { userId: inactive.id, active: false });
    const before = await countRows(assets);
    for (const id of [inactive.id, customer.id]) {
      const error = await refusal(createAsset(as(admin), { name: "Crane", responsibleIds: [id] }));
      expect(error.fieldErrors?.responsibleIds).toBeDefined();
    }
    expect(await countRows(assets)).toBe(before);
  });

  it("renames an asset and replaces its responsible employees", async () => {
    const asset = await makeAsset(db, { responsible: [member] });
    await updateAsset(as(admin), { assetId: asset.id, name: "Forklift 2", responsibleIds: [moderator.id] });
    const responsibles = await db
      .select({ userId: assetResponsibles.userId })
      .from(assetResponsibles)
      .where(eq(assetResponsibles.assetId, asset.id));
    expect(responsibles).toEqual([{ userId: moderator.id }]);
    const [row] = await db.select({ name: assets.name }).from(assets).where(eq(assets.id, asset.id));
    expect(row?.name).toBe("Forklift 2");
  });

  it("redeeming a wrong code changes nothing", async () => {
    const before = await countRows(assetMembers);
    const error = await refusal(
      redeemAssetCode(as(customer), { accessCode: "NOPE-NOPE" }, { address: null }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.accessCode).toEqual([WRONG_CODE_MESSAGE]);
    expect(await countRows(assetMembers)).toBe(before);
  });

  it("redeeming a right code links the customer once", async () => {
    const asset = await makeAsset(db);
    expect(await redeemAssetCode(as(customer), { accessCode: asset.accessCode }, { address: null })).toEqual({
      id: asset.id,
      name: asset.name,
    });
    const links = await db
      .select()
      .from(assetMembers)
      .where(and(eq(assetMembers.userId, customer.id), eq(assetMembers.assetId, asset.id)));
    expect(links).toHaveLength(1);
    const again = await refusal(
      redeemAssetCode(as(customer), { accessCode: asset.accessCode }, { address: null }),
    );
    expect(again.message).toBe(ALREADY_HELD_MESSAGE);
    expect((await listAssets(as(admin))).find((a) => a.id === asset.id)?.customerCount).toBe(1);
  });

  it("only customers redeem codes", async () => {
    const asset = await makeAsset(db);
    for (const actor of [admin, moderator, member]) {
      expect(
        (await refusal(redeemAssetCode(as(actor), { accessCode: asset.accessCode }, { address: null }))).code,
      ).toBe("forbidden");
    }
  });

  it("regenerating a code makes the old one fail and keeps existing links", async () => {
    const holder = await makeUser(db, "code_user");
    const other = await makeUser(db, "code_user");
    const asset = await makeAsset(db, { holders: [holder] });
    const { accessCode } = await regenerateAssetCode(as(admin), { assetId: asset.id });
    expect(accessCode).not.toBe(asset.accessCode);

    const redeem = await refusal(
      redeemAssetCode(as(other), { accessCode: asset.accessCode }, { address: null }),
    );
    expect(redeem.fieldErrors?.accessCode).toEqual([WRONG_CODE_MESSAGE]);
    const before = await countRows(users);
    const register = await refusal(
      registerCustomer(
        { db },
        {
          name: "Late",
          email: uniqueEmail("late"),
          password: "correct-horse-7",
          accessCode: asset.accessCode,
        },
        { address: null },
      ),
    );
    expect(register.fieldErrors?.accessCode).toEqual([WRONG_CODE_MESSAGE]);
    expect(await countRows(users)).toBe(before);

    expect(await listMyAssets(as(holder))).toEqual([{ id: asset.id, name: asset.name }]);
    await redeemAssetCode(as(other), { accessCode }, { address: null });
    expect(await listMyAssets(as(other))).toEqual([{ id: asset.id, name: asset.name }]);
  });

  it("listMyAssets returns only the customer's assets, never a code", async () => {
    const mine = await makeAsset(db, { holders: [customer], name: "Mine" });
    const theirs = await makeAsset(db, { name: "Theirs" });
    const list = await listMyAssets(as(customer));
    expect(list.map((a) => a.id)).toContain(mine.id);
    expect(list.map((a) => a.id)).not.toContain(theirs.id);
    for (const a of list) expect(Object.keys(a).sort()).toEqual(["id", "name"]);
    expect(JSON.stringify(list)).not.toContain(mine.accessCode);
    expect((await refusal(listMyAssets(as(member)))).code).toBe("forbidden");
  });
});

describe("done policy", () => {
  it("saves a valid policy and refuses invalid ones without changing it", async () => {
    await updateDonePolicy(as(admin), { mode: "confirmation", autoCloseAfterDays: 14 });
    expect(await loadDonePolicy(db)).toEqual({ mode: "confirmation", autoCloseAfterDays: 14 });

    for (const bad of [
      { mode: "rating", autoCloseAfterDays: 0 },
      { mode: "rating", autoCloseAfterDays: 1.5 },
      { mode: "rating", autoCloseAfterDays: 366 },
    ]) {
      const error = await refusal(updateDonePolicy(as(admin), bad));
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors?.autoCloseAfterDays).toBeDefined();
    }
    const badMode = await refusal(
      updateDonePolicy(as(admin), { mode: "whenever", autoCloseAfterDays: null }),
    );
    expect(badMode.fieldErrors?.mode).toBeDefined();
    expect(await loadDonePolicy(db)).toEqual({ mode: "confirmation", autoCloseAfterDays: 14 });

    await updateDonePolicy(as(admin), { mode: "rating", autoCloseAfterDays: null });
    expect(await loadDonePolicy(db)).toEqual({ mode: "rating", autoCloseAfterDays: null });
    // Immediate closing leaves nothing to close later.
    expect(await updateDonePolicy(as(admin), { mode: "immediate", autoCloseAfterDays: 5 })).toEqual({
      mode: "immediate",
      autoCloseAfterDays: null,
    });
    const rows = await db.select().from(settings).where(eq(settings.key, "done_policy"));
    expect(rows).toHaveLength(1);
  });
});
