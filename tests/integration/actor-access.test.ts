import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import type { Actor } from "@/lib/context";
import { createTicket } from "@/lib/tickets/create-ticket";
import { withdrawOffer } from "@/lib/tickets/withdraw-offer";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { refusal, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
const PASSWORD = "correct horse battery";

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

/** A user who can sign in with PASSWORD. */
async function userWithPassword(role: Actor["role"]): Promise<Actor> {
  const user = await makeUser(db, role);
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, user.id));
  return user;
}

const setActive = (id: string, active: boolean) => db.update(users).set({ active }).where(eq(users.id, id));

describe("loadActor", () => {
  it("returns the active user as an actor", async () => {
    const user = await makeUser(db, "moderator", "Mona Mod");
    expect(await loadActor(db, user.id)).toEqual({
      id: user.id,
      role: "moderator",
      name: "Mona Mod",
      email: user.email,
      sessionVersion: 0,
    });
    expect(await loadActor(db, user.id, 0)).not.toBeNull();
    expect(await loadActor(db, user.id, 1)).toBeNull();
  });

  it("returns null for a disabled user, and the actor again once re-enabled", async () => {
    const user = await makeUser(db, "member");
    await setActive(user.id, false);
    expect(await loadActor(db, user.id)).toBeNull();
    await setActive(user.id, true);
    expect(await loadActor(db, user.id)).toMatchObject({ id: user.id, role: "member" });
  });

  it("returns null for an unknown id", async () => {
    expect(await loadActor(db, randomUUID())).toBeNull();
  });

  it("reflects a role change on the next call: a demoted admin acts as a member", async () => {
    const boss = await makeUser(db, "admin");
    const member = await makeUser(db, "member");
    const customer = await makeUser(db, "code_user");
    const asset = await makeAsset(db, { responsible: [member], holders: [customer] });
    const { ticketId } = await createTicket(
      { actor: customer, db },
      { title: "Demotion check", assetId: asset.id },
    );

    expect((await loadActor(db, boss.id))?.role).toBe("admin");
    await db.update(users).set({ role: "member" }).where(eq(users.id, boss.id));
    const demoted = await loadActor(db, boss.id);
    expect(demoted?.role).toBe("member");

    // The re-read actor is what verbs see: withdrawing offers is no longer allowed.
    const { version } = await ticketRow(db, ticketId);
    const error = await refusal(
      withdrawOffer({ actor: demoted!, db }, { ticketId, version, userId: member.id }),
    );
    expect(error.code).toBe("forbidden");
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the e-mail's case", async () => {
    const user = await userWithPassword("member");
    expect(await verifyCredentials(db, user.email, PASSWORD)).toBe(user.id);
    expect(await verifyCredentials(db, ` ${user.email.toUpperCase()} `, PASSWORD)).toBe(user.id);
  });

  it("refuses a wrong password", async () => {
    const user = await userWithPassword("member");
    expect(await verifyCredentials(db, user.email, `${PASSWORD}!`)).toBeNull();
    expect(await verifyCredentials(db, user.email, "")).toBeNull();
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await userWithPassword("code_user");
    await setActive(user.id, false);
    expect(await verifyCredentials(db, user.email, PASSWORD)).toBeNull();
    await setActive(user.id, true);
    expect(await verifyCredentials(db, user.email, PASSWORD)).toBe(user.id);
  });

  it("refuses an unknown e-mail", async () => {
    expect(await verifyCredentials(db, "nobody@test.local", PASSWORD)).toBeNull();
  });
});
