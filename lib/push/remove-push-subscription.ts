import { and, eq } from "drizzle-orm";
import { pushSubscriptions } from "@/db/schema";
import type { Ctx } from "../context";
import { type RemovePushSubscriptionInput, removePushSubscriptionSchema } from "../notifications/schemas";
import { parseInput } from "../parse-input";

/** This browser stops receiving the actor's push notifications; another person's stays untouched. */
export async function removePushSubscription(
  { actor, db }: Ctx,
  raw: RemovePushSubscriptionInput,
): Promise<void> {
  const input = parseInput(removePushSubscriptionSchema, raw);
  await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, input.endpoint), eq(pushSubscriptions.userId, actor.id)));
}
