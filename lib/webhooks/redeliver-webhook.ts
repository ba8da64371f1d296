import { eq, sql } from "drizzle-orm";
import { webhookDeliveries } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { redeliverSchema } from "./schemas";

/**
 * Sends a delivery again now, with a fresh set of retries: the same event with the same webhook-id,
 * so a receiver that already has it can tell.
 */
export async function redeliverWebhook(ctx: Ctx, raw: { deliveryId: number }): Promise<void> {
  if (ctx.actor.role !== "admin") throw forbidden(msg("errors.webhooks.onlyAdmins"));
  const { deliveryId } = parseInput(redeliverSchema, raw);
  const updated = await ctx.db
    .update(webhookDeliveries)
    .set({ state: "pending", attempts: 0, nextAttemptAt: sql`now()` })
    .where(eq(webhookDeliveries.id, deliveryId))
    .returning({ id: webhookDeliveries.id });
  if (updated.length === 0) throw notFound(msg("errors.notFound.delivery"));
}
