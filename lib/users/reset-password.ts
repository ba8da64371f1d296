import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { revokeAllTokens } from "../api-tokens/revoke-all-tokens";
import { hashPassword } from "../auth/password";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { unlockAccount } from "../security/sign-in-limits";
import { type ResetPasswordInput, resetPasswordSchema } from "./account-schemas";
import { hashResetToken } from "./password-reset-token";
import { nextSessionVersion, notifyAccountChanged } from "./session-version";

export const RESET_LINK_INVALID = msg("errors.users.resetLinkInvalid");

const usable = (tokenHash: string) =>
  and(
    eq(passwordResets.tokenHash, tokenHash),
    isNull(passwordResets.usedAt),
    gt(passwordResets.expiresAt, sql`now()`),
  );

/** Whether a reset link can still be used (the page asks before showing the form). */
export async function isResetLinkUsable(db: Db, token: string): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(usable(hashResetToken(token)), eq(users.active, true)))
    .limit(1);
  return Boolean(row);
}

/**
 * Sets a new password through a "Forgot password?" link: once (the link is spent in the same
 * compare-and-set that changes the password), within 30 minutes, for an active account. It ends
 * every session of the account and lifts a sign-in lock: whoever guessed at the old password
 * does not know this one.
 */
export async function resetPassword({ db }: { db: Db }, raw: ResetPasswordInput): Promise<{ email: string }> {
  const input = parseInput(resetPasswordSchema, raw);
  const tokenHash = hashResetToken(input.token);
  if (!(await isResetLinkUsable(db, input.token))) throw invalid(RESET_LINK_INVALID);
  const passwordHash = await hashPassword(input.password);
  const email = await db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(usable(tokenHash))
      .returning({ userId: passwordResets.userId });
    if (!spent) throw invalid(RESET_LINK_INVALID);
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: nextSessionVersion, demoPassword: false })
      .where(and(eq(users.id, spent.userId), eq(users.active, true)))
      .returning({ email: users.email });
    if (!user) throw invalid(RESET_LINK_INVALID);
    await revokeAllTokens(tx, spent.userId);
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, spent.userId), isNull(passwordResets.usedAt)));
    await notifyAccountChanged(tx, spent.userId);
    return user.email;
  });
  await unlockAccount(db, email);
  return { email };
}
