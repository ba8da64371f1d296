import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";

/** NOTIFY channel: "this account's sessions changed"; open live streams of it re-check at once. */
export const ACCOUNT_CHANNEL = "accounts";

/** The `set` value that ends every session issued so far (with notifyAccountChanged in the same tx). */
export const nextSessionVersion = sql<number>`${users.sessionVersion} + 1`;

/** Sent on commit only, like every NOTIFY: a rolled-back change closes no stream. */
export async function notifyAccountChanged(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${ACCOUNT_CHANNEL}, ${JSON.stringify(userId)})`);
}

/** Ends every session of the user: each is refused at its next request, live streams within seconds. */
export async function revokeSessions(tx: Tx, userId: string): Promise<void> {
  await tx.update(users).set({ sessionVersion: nextSessionVersion }).where(eq(users.id, userId));
  await notifyAccountChanged(tx, userId);
}
