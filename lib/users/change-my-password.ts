import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "../auth/password";
import type { Ctx } from "../context";
import { conflict, invalid, notFound, TooManyRequests } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { clearSignInFailures, recordSignInFailure, signInLockedFor } from "../security/sign-in-limits";
import { type ChangeMyPasswordInput, changeMyPasswordSchema } from "./account-schemas";
import { nextSessionVersion, notifyAccountChanged } from "./session-version";

export const WRONG_CURRENT_PASSWORD = msg("errors.users.wrongCurrentPassword");

/**
 * Anyone signed in changes their own password, proving it with the current one: a session left open
 * on a shared computer must not be enough to take the account. Wrong current passwords count
 * towards the sign-in lock, and the change ends every session of the account (the door signs this
 * browser in again).
 */
export async function changeMyPassword(
  { actor, db }: Ctx,
  raw: ChangeMyPasswordInput,
  { address }: { address: string | null },
): Promise<{ email: string }> {
  const input = parseInput(changeMyPasswordSchema, raw);
  const wait = await signInLockedFor(db, actor.email, address);
  if (wait !== null) throw new TooManyRequests(wait);
  const [user] = await db
    .select({ hash: users.passwordHash, email: users.email })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!user) throw notFound(msg("errors.notFound.account"));
  if (!(await verifyPassword(input.currentPassword, user.hash))) {
    const locked = await recordSignInFailure(db, user.email, address);
    if (locked !== null) throw new TooManyRequests(locked);
    throw invalid(WRONG_CURRENT_PASSWORD, { currentPassword: [WRONG_CURRENT_PASSWORD] });
  }
  if (input.newPassword === input.currentPassword) {
    const same = msg("errors.users.samePassword");
    throw invalid(same, { newPassword: [same] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // Compare-and-set on the hash: a reset that landed meanwhile is not silently overwritten.
    const changed = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: nextSessionVersion, demoPassword: false })
      .where(and(eq(users.id, actor.id), eq(users.passwordHash, user.hash)))
      .returning({ id: users.id });
    if (changed.length === 0) throw conflict(msg("errors.users.passwordChangedMeanwhile"));
    await notifyAccountChanged(tx, actor.id);
  });
  await clearSignInFailures(db, user.email);
  return { email: user.email };
}
