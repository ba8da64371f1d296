import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword, needsRehash, verifyPassword } from "./password";

// A hash of the current cost to compare against when the e-mail is unknown, so timing does not
// reveal accounts.
const DUMMY_HASH = "$2b$12$SjTHs7lNxH2HYWkFil/ieuBiVKFLGq9691NW/aza3.4JbECfJDwIK";

export type VerifiedAccount = { id: string; sessionVersion: number };

/**
 * The account when the e-mail and password match an active one. A hash of an older, lower cost is
 * replaced by one of today's cost while the password is at hand (only if it is still the same hash).
 */
export async function checkCredentials(
  db: Db,
  email: string,
  password: string,
): Promise<VerifiedAccount | null> {
  const [user] = await db
    .select({
      id: users.id,
      hash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(password, user?.hash ?? DUMMY_HASH);
  if (!ok || !user?.active) return null;
  if (needsRehash(user.hash)) {
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(and(eq(users.id, user.id), eq(users.passwordHash, user.hash)));
  }
  return { id: user.id, sessionVersion: user.sessionVersion };
}

/** Returns the user's id when the e-mail and password match an active account. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<string | null> {
  return (await checkCredentials(db, email, password))?.id ?? null;
}
