import { and, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "../context";

/** Marks all of the actor's notifications read; nobody can touch another person's. */
export async function markNotificationsRead({ actor, db }: Ctx): Promise<{ marked: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}

/** Marks one of the actor's entries read (another person's id changes nothing). */
export async function markNotificationRead(
  { actor, db }: Ctx,
  input: { id: number },
): Promise<{ marked: number }> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(eq(notifications.id, input.id), eq(notifications.userId, actor.id), isNull(notifications.readAt)),
    )
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
