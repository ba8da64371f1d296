import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "../context";

/**
 * Re-reads the user on every request: a disabled or demoted user loses access at once. Given the
 * session version a session was issued with, a session from before a password change, a role change,
 * disabling or "Sign out everywhere" is refused.
 */
export async function loadActor(db: Db, userId: string, sessionVersion?: number): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      active: users.active,
      locale: users.locale,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.active) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  const actor: Actor = {
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
  };
  return user.locale ? { ...actor, locale: user.locale } : actor;
}
