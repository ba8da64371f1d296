import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "../context";

/** Re-reads the user on every request: a disabled or demoted user loses access at once. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      active: users.active,
      locale: users.locale,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.active) return null;
  const actor: Actor = { id: user.id, role: user.role, name: user.name, email: user.email };
  return user.locale ? { ...actor, locale: user.locale } : actor;
}
