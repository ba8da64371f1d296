import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./password";

// A fixed hash to compare against when the e-mail is unknown, so timing does not reveal accounts.
const DUMMY_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9zNfPq3w6eY5zP2Gm0vZ6iYh6o9W";

/** Returns the user's id when the e-mail and password match an active account. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<string | null> {
  const [user] = await db
    .select({ id: users.id, hash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  const ok = await verifyPassword(password, user?.hash ?? DUMMY_HASH);
  return ok && user?.active ? user.id : null;
}
