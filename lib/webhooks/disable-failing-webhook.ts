import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox, webhooks } from "@/db/schema";

export const WEBHOOK_DISABLED_TOPIC = "webhook.disabled";

/**
 * A delivery that failed for a whole day of retries switches its webhook off, unless another one
 * got through since it was made (the receiver is only choking on some events, then). The admins
 * are told by e-mail (send-webhook-disabled-notice.ts) and the settings page says why.
 */
export async function disableFailingWebhook(
  tx: Tx,
  webhookId: string,
  deliveryCreatedAt: Date,
): Promise<boolean> {
  const disabled = await tx
    .update(webhooks)
    .set({ enabled: false, disabledReason: "failing", updatedAt: sql`now()` })
    .where(
      and(
        eq(webhooks.id, webhookId),
        eq(webhooks.enabled, true),
        or(isNull(webhooks.lastSuccessAt), lt(webhooks.lastSuccessAt, deliveryCreatedAt)),
      ),
    )
    .returning({ id: webhooks.id, updatedAt: webhooks.updatedAt });
  const row = disabled[0];
  if (!row) return false;
  await tx.insert(outbox).values({
    topic: WEBHOOK_DISABLED_TOPIC,
    idempotencyKey: `webhook_disabled:${webhookId}:${row.updatedAt.getTime()}`,
    payload: { webhookId },
  });
  return true;
}
