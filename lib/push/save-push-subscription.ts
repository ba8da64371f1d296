import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import { pushSubscriptions } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { type PushSubscriptionInput, pushSubscriptionSchema } from "../notifications/schemas";
import { parseInput } from "../parse-input";
import { isStaffRole } from "../workflow/roles";

/** Browsers per employee: more are old ones that never said goodbye. */
const MAX_PER_USER = 10;

/**
 * An employee's browser starts receiving their push notifications. A browser has one subscription
 * whoever signs in on it, so it moves to the employee who turned it on last.
 */
export async function savePushSubscription({ actor, db }: Ctx, raw: PushSubscriptionInput): Promise<void> {
  if (!isStaffRole(actor.role)) throw forbidden(msg("errors.users.onlyStaffNotificationChoice"));
  const input = parseInput(pushSubscriptionSchema, raw);
  const t = pushSubscriptions;
  await db.transaction(async (tx) => {
    await tx
      .insert(t)
      .values({
        userId: actor.id,
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
      })
      .onConflictDoUpdate({
        target: t.endpoint,
        set: { userId: actor.id, p256dh: input.keys.p256dh, auth: input.keys.auth, createdAt: sql`now()` },
      });
    const keep = tx
      .select({ id: t.id })
      .from(t)
      .where(eq(t.userId, actor.id))
      .orderBy(desc(t.createdAt), desc(t.id))
      .limit(MAX_PER_USER);
    await tx.delete(t).where(and(eq(t.userId, actor.id), notInArray(t.id, keep)));
  });
}
