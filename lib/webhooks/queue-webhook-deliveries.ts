import { and, arrayContains, eq } from "drizzle-orm";
import { webhookDeliveries, webhooks } from "@/db/schema";
import type { OutboxHandler } from "../outbox/types";
import { webhookEventOf } from "./webhook-events";
import { newMessageId, webhookPayload } from "./webhook-payload";

/**
 * Fans an item's event out to the webhooks that want it: one delivery row each, written in the
 * transaction that marks the outbox row processed, so each webhook gets each event exactly once
 * (the unique webhook × outbox row says so too). Sending happens later (deliver-webhooks.ts).
 */
export const queueWebhookDeliveries: OutboxHandler = {
  mode: "local",
  async run(tx, row) {
    const type = webhookEventOf(row.topic);
    if (!type) return undefined;
    // Submitting a draft is the item's creation, which `*.created` already tells.
    const event = (row.payload as { event?: { from?: { category?: string } } }).event;
    if (type.endsWith(".status_changed") && event?.from?.category === "draft") return undefined;
    const hooks = await tx
      .select({ id: webhooks.id })
      .from(webhooks)
      .where(and(eq(webhooks.enabled, true), arrayContains(webhooks.events, [type])));
    if (hooks.length === 0) return undefined;
    const payload = await webhookPayload(tx, row, type);
    await tx
      .insert(webhookDeliveries)
      .values(
        hooks.map((hook) => ({
          webhookId: hook.id,
          messageId: newMessageId(),
          eventType: type,
          payload,
          outboxId: row.id,
        })),
      )
      .onConflictDoNothing();
    return undefined;
  },
};
