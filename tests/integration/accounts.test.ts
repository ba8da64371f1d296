import bcrypt from "bcryptjs";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { outboundMessages, outbox, passwordResets, users } from "@/db/schema";
import { redeemAssetCode } from "@/lib/assets/redeem-asset-code";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword, PASSWORD_COST } from "@/lib/auth/password";
import { checkCredentials, verifyCredentials } from "@/lib/auth/verify-credentials";
import type { Actor } from "@/lib/context";
import { english } from "@/lib/i18n/translate";
import { createLiveAudience } from "@/lib/live/live-audience";
import type { Mailer, OutgoingEmail } from "@/lib/messaging/mailer";
import { createSendPasswordReset } from "@/lib/messaging/send-password-reset";
import { LIMITS } from "@/lib/security/attempt-limits";
import { ACCOUNT_FAILURES, recordSignInFailure, signInLockedFor } from "@/lib/security/sign-in-limits";
import { changeMyPassword, WRONG_CURRENT_PASSWORD } from "@/lib/users/change-my-password";
import { resetTokenFor } from "@/lib/users/password-reset-token";
import { CANNOT_REGISTER_MESSAGE, registerCustomer } from "@/lib/users/register-customer";
import { requestPasswordReset } from "@/lib/users/request-password-reset";
import { RESET_LINK_INVALID, resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { updateUserRole } from "@/lib/users/update-user-role";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { refusal } from "@/tests/support/tickets";

const hashSpy = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return {
    ...real,
    hashPassword: (password: string) => {
      hashSpy.calls++;
      return real.hashPassword(password);
    },
  };
});

let handle: DbHandle;
let db: Db;
let admin: Actor;
const SECRET = "test-secret-for-reset-links-0123456789";
const GOOD = "correct-horse-battery";

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin");
});
afterAll(() => handle.close());

let n = 0;
const unique = (label: string) => `${label}-${++n}-${Date.now()}@test.local`;
const address = () => `10.0.${Math.floor(n / 250)}.${++n % 250}`;
const ctx = (actor: Actor) => ({ actor, db });

async function userWithPassword(role: Actor["role"], password = GOOD): Promise<Actor> {
  const email = unique(role);
  const [u] = await db
    .insert(users)
    .values({ email, name: `Person ${n}`, role, passwordHash: await hashPassword(password) })
    .returning();
  return { id: u!.id, role: u!.role, name: u!.name, email: u!.email };
}

const versionOf = async (userId: string) =>
  (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId)))[0]!.v;

describe("registration", () => {
  const register = (accessCode: string, email: string, from: string | null) =>
    registerCustomer({ db }, { name: "New Person", email, password: GOOD, accessCode }, { address: from });

  it("checks the code before the e-mail, and hashes only once every check passed", async () => {
    const holder = await makeUser(db, "code_user");
    const asset = await makeAsset(db);
    hashSpy.calls = 0;
    const wrongCode = await refusal(register("NOPE-NOPE", holder.email, address()));
    expect(wrongCode.fieldErrors?.accessCode).toBeDefined();
    expect(wrongCode.fieldErrors?.email).toBeUndefined();

    const taken = await refusal(register(asset.accessCode, holder.email.toUpperCase(), address()));
    expect(taken.message).toBe(english(CANNOT_REGISTER_MESSAGE));
    expect(taken.fieldErrors).toBeUndefined();
    expect(hashSpy.calls).toBe(0);

    await register(asset.accessCode, unique("fresh"), address());
    expect(hashSpy.calls).toBe(1);
  });

  it("allows 10 attempts an hour from one address, then refuses even a good one; other addresses go on", async () => {
    const asset = await makeAsset(db);
    const from = address();
    for (let i = 0; i < LIMITS.registrationByAddress.points; i++) {
      await refusal(register("NOPE-NOPE", unique("try"), from)).catch(() => {});
    }
    const refused = await refusal(register(asset.accessCode, unique("late"), from));
    expect(refused.code).toBe("too_many");
    expect(refused.message).toMatch(/^Too many attempts — try again in 60 minutes\.$/);
    expect(await db.$count(users, eq(users.name, "New Person"))).toBeGreaterThan(0);
    await expect(register(asset.accessCode, unique("elsewhere"), address())).resolves.toMatchObject({
      assetId: asset.id,
    });
  });
});

describe("access-code redemption", () => {
  it("refuses a customer after 10 wrong codes, the right code too, and never another customer", async () => {
    const guesser = await makeUser(db, "code_user");
    const other = await makeUser(db, "code_user");
    const asset = await makeAsset(db);
    for (let i = 0; i < LIMITS.wrongCodeByUser.points; i++) {
      const wrong = await refusal(
        redeemAssetCode(ctx(guesser), { accessCode: `BAD-${i}` }, { address: address() }),
      );
      expect(wrong.code).toBe("invalid");
    }
    const locked = await refusal(
      redeemAssetCode(ctx(guesser), { accessCode: asset.accessCode }, { address: address() }),
    );
    expect(locked.code).toBe("too_many");
    expect(locked.message).toContain("Too many");
    await expect(
      redeemAssetCode(ctx(other), { accessCode: asset.accessCode }, { address: address() }),
    ).resolves.toMatchObject({ id: asset.id });
  });

  it("refuses an address after 30 wrong codes, across customers, and registration from it too", async () => {
    const from = address();
    const asset = await makeAsset(db);
    for (let i = 0; i < LIMITS.wrongCodeByAddress.points; i++) {
      const guesser = await makeUser(db, "code_user");
      await refusal(redeemAssetCode(ctx(guesser), { accessCode: `BAD-${i}` }, { address: from }));
    }
    const fresh = await makeUser(db, "code_user");
    expect(
      (await refusal(redeemAssetCode(ctx(fresh), { accessCode: asset.accessCode }, { address: from }))).code,
    ).toBe("too_many");
    const registering = await refusal(
      registerCustomer(
        { db },
        { name: "Via Same Address", email: unique("same"), password: GOOD, accessCode: asset.accessCode },
        { address: from },
      ),
    );
    expect(registering.code).toBe("too_many");
  });
});

describe("passwords", () => {
  it("need 10 characters, at most 72 bytes, and not a common one", async () => {
    const asset = await makeAsset(db);
    const attempt = (password: string) =>
      refusal(
        registerCustomer(
          { db },
          { name: "Rules", email: unique("rules"), password, accessCode: asset.accessCode },
          { address: address() },
        ),
      );
    expect((await attempt("short-pw1")).fieldErrors?.password).toEqual(["Use at least 10 characters."]);
    expect((await attempt("é".repeat(37))).fieldErrors?.password?.[0]).toMatch(/72 bytes/);
    expect((await attempt("Password123")).fieldErrors?.password?.[0]).toMatch(/common passwords/);
    await expect(
      registerCustomer(
        { db },
        { name: "Rules", email: unique("ok"), password: "é".repeat(36), accessCode: asset.accessCode },
        { address: address() },
      ),
    ).resolves.toBeDefined();
  });

  it("hashed with cost 12; an older hash is replaced at the next sign-in", async () => {
    const user = await userWithPassword("member");
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(bcrypt.getRounds(row!.hash)).toBe(PASSWORD_COST);

    await db
      .update(users)
      .set({ passwordHash: bcrypt.hashSync(GOOD, 10) })
      .where(eq(users.id, user.id));
    expect(await verifyCredentials(db, user.email, "wrong-password-x")).toBeNull();
    const [still] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(bcrypt.getRounds(still!.hash)).toBe(10);
    expect(await verifyCredentials(db, user.email, GOOD)).toBe(user.id);
    const [after] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(bcrypt.getRounds(after!.hash)).toBe(12);
    expect(await verifyCredentials(db, user.email, GOOD)).toBe(user.id);
  });

  it("change with the current one; a wrong current one counts towards the sign-in lock", async () => {
    const user = await userWithPassword("member");
    const wrong = await refusal(
      changeMyPassword(
        ctx(user),
        { currentPassword: "not-my-password", newPassword: "a-new-password-1" },
        { address: null },
      ),
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual([english(WRONG_CURRENT_PASSWORD)]);
    const same = await refusal(
      changeMyPassword(ctx(user), { currentPassword: GOOD, newPassword: GOOD }, { address: null }),
    );
    expect(same.fieldErrors?.newPassword?.[0]).toMatch(/different/);
    expect(await verifyCredentials(db, user.email, GOOD)).toBe(user.id);

    await changeMyPassword(
      ctx(user),
      { currentPassword: GOOD, newPassword: "a-new-password-1" },
      { address: null },
    );
    expect(await verifyCredentials(db, user.email, GOOD)).toBeNull();
    expect(await verifyCredentials(db, user.email, "a-new-password-1")).toBe(user.id);

    for (let i = 0; i < ACCOUNT_FAILURES - 1; i++) {
      await refusal(
        changeMyPassword(
          ctx(user),
          { currentPassword: `guess-${i}`, newPassword: "another-pass-2" },
          { address: null },
        ),
      );
    }
    const locked = await refusal(
      changeMyPassword(
        ctx(user),
        { currentPassword: "guess-last", newPassword: "another-pass-2" },
        { address: null },
      ),
    );
    expect(locked.code).toBe("too_many");
    expect(await signInLockedFor(db, user.email, null)).not.toBeNull();
  });
});

describe("forgot password", () => {
  const sent: OutgoingEmail[] = [];
  const localMailer: Mailer = { name: "local", send: async () => {} };
  const smtpMailer: Mailer = { name: "smtp", send: async (m) => void sent.push(m) };
  const handler = (mailer: Mailer) => {
    const made = createSendPasswordReset({
      mailer: () => mailer,
      appUrl: () => "http://helpdesk.test",
      secret: () => SECRET,
    });
    if (made.mode !== "external") throw new Error("The reset e-mail talks to the outside world");
    return made;
  };
  const request = (email: string, from = address()) =>
    requestPasswordReset({ db }, { email }, { address: from, secret: SECRET });

  async function deliverLatest(userId: string, mailer: Mailer = localMailer) {
    const [reset] = await db
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.userId, userId))
      .orderBy(sql`${passwordResets.createdAt} desc`)
      .limit(1);
    const [row] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.idempotencyKey, `password_reset:${reset!.id}`));
    await handler(mailer).run(db, row!);
    const [message] = await db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.idempotencyKey, `password_reset:${reset!.id}:email`));
    return { reset: reset!, message };
  }
  const tokenIn = (body: string) => body.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1];

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = await db.$count(passwordResets);
    await expect(request(unique("nobody"))).resolves.toBeUndefined();
    expect(await db.$count(passwordResets)).toBe(before);
  });

  it("e-mails a link that sets a new password once, ends the sessions and lifts a sign-in lock", async () => {
    const user = await userWithPassword("code_user");
    const version = await versionOf(user.id);
    for (let i = 0; i < ACCOUNT_FAILURES; i++) await recordSignInFailure(db, user.email, null);
    expect(await signInLockedFor(db, user.email, null)).not.toBeNull();

    await request(user.email.toUpperCase());
    const { reset, message } = await deliverLatest(user.id);
    expect(message).toMatchObject({ recipient: user.email, state: "sent" });
    const token = tokenIn(message!.body)!;
    expect(token).toBeTruthy();
    // Only a hash of the token is stored, and nothing in the database holds the token itself …
    expect(reset.tokenHash).not.toContain(token);
    const [outboxRow] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.idempotencyKey, `password_reset:${reset.id}`));
    expect(JSON.stringify(outboxRow!.payload)).not.toContain(token);

    await resetPassword({ db }, { token, password: "brand-new-password" });
    expect(await verifyCredentials(db, user.email, "brand-new-password")).toBe(user.id);
    expect(await versionOf(user.id)).toBe(version + 1);
    expect(await signInLockedFor(db, user.email, null)).toBeNull();

    const again = await refusal(resetPassword({ db }, { token, password: "second-new-password" }));
    expect(again.message).toBe(english(RESET_LINK_INVALID));
    expect(await verifyCredentials(db, user.email, "brand-new-password")).toBe(user.id);
  });

  it("refuses a link older than 30 minutes, and one replaced by a newer request", async () => {
    const user = await userWithPassword("member");
    await request(user.email);
    const first = tokenIn((await deliverLatest(user.id)).message!.body)!;
    await request(user.email);
    const second = await deliverLatest(user.id);
    expect(
      (await refusal(resetPassword({ db }, { token: first, password: "replaced-link-pw" }))).message,
    ).toBe(english(RESET_LINK_INVALID));
    await db
      .update(passwordResets)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResets.id, second.reset.id));
    const expired = tokenIn(second.message!.body)!;
    expect(
      (await refusal(resetPassword({ db }, { token: expired, password: "expired-link-pw" }))).message,
    ).toBe(english(RESET_LINK_INVALID));
    expect(await verifyCredentials(db, user.email, GOOD)).toBe(user.id);
    // A link that expired before the dispatcher got to it is not e-mailed late.
    await request(user.email);
    await db
      .update(passwordResets)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    expect((await deliverLatest(user.id)).message).toBeUndefined();
  });

  it("limits requests to 3 an hour per address given, without telling whether it has an account", async () => {
    const user = await userWithPassword("member");
    const nobody = unique("nobody");
    for (const email of [user.email, nobody]) {
      for (let i = 0; i < LIMITS.resetByEmail.points; i++) await request(email);
      expect((await refusal(request(email))).code).toBe("too_many");
    }
    await expect(request(unique("another"))).resolves.toBeUndefined();
  });

  it("keeps no working link in the stored copy once an SMTP server has the message", async () => {
    const user = await userWithPassword("member");
    await request(user.email);
    const { message } = await deliverLatest(user.id, smtpMailer);
    const mailed = sent.at(-1)!;
    expect(tokenIn(mailed.text)).toBeTruthy();
    expect(tokenIn(message!.body)).toBeUndefined();
    expect(message!.body).toContain("link removed");
  });
});

describe("session revocation", () => {
  async function expectRevokedBy(user: Actor, revoke: () => Promise<unknown>) {
    const version = await versionOf(user.id);
    const current = (await loadActor(db, user.id, version))!;
    expect(current).not.toBeNull();
    const stream = await createLiveAudience({ actor: current, db });
    await revoke();
    expect(await loadActor(db, user.id, version)).toBeNull();
    expect(await stream.refresh()).toBe("closed");
  }

  it("on a password change", async () => {
    const user = await userWithPassword("member");
    await expectRevokedBy(user, () =>
      changeMyPassword(
        ctx(user),
        { currentPassword: GOOD, newPassword: "changed-password-1" },
        { address: null },
      ),
    );
  });

  it("on a role change, but not on saving the same role", async () => {
    const user = await userWithPassword("member");
    const version = await versionOf(user.id);
    await updateUserRole(ctx(admin), { userId: user.id, role: "member" });
    expect(await versionOf(user.id)).toBe(version);
    await expectRevokedBy(user, () => updateUserRole(ctx(admin), { userId: user.id, role: "moderator" }));
  });

  it("on disabling, and enabling again does not bring the old session back", async () => {
    const user = await userWithPassword("member");
    const version = await versionOf(user.id);
    await expectRevokedBy(user, () => setUserActive(ctx(admin), { userId: user.id, active: false }));
    await setUserActive(ctx(admin), { userId: user.id, active: true });
    expect(await loadActor(db, user.id, version)).toBeNull();
    expect(await checkCredentials(db, user.email, GOOD)).toMatchObject({ sessionVersion: version + 1 });
  });

  it("on Sign out everywhere, for that account only", async () => {
    const user = await userWithPassword("code_user");
    const bystander = await userWithPassword("code_user");
    const theirs = await versionOf(bystander.id);
    await expectRevokedBy(user, () => signOutEverywhere(ctx(user)));
    expect(await loadActor(db, bystander.id, theirs)).not.toBeNull();
  });

  it("on a reset through a link", async () => {
    const user = await userWithPassword("member");
    await requestPasswordReset({ db }, { email: user.email }, { address: null, secret: SECRET });
    const [reset] = await db
      .select({ id: passwordResets.id })
      .from(passwordResets)
      .where(and(eq(passwordResets.userId, user.id)));
    await expectRevokedBy(user, () =>
      resetPassword({ db }, { token: resetTokenFor(reset!.id, SECRET), password: "reset-by-link-1" }),
    );
  });
});
