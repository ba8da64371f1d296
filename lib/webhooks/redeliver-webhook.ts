import { and, eq, inArray, sql } from "drizzle-orm";
import { webhookDeliveries, webhooks } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notAllowed, notFound } from "../errors";
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
  const [found] = await ctx.db
    .select({ state: webhookDeliveries.state, enabled: webhooks.enabled })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!found) throw notFound(msg("errors.notFound.delivery"));
  if (!found.enabled) throw notAllowed(msg("errors.webhooks.switchOnFirst"));
  // Only a finished delivery: one still being sent keeps its claim (its attempt count fences it).
  const updated = await ctx.db
    .update(webhookDeliveries)
    .set({ state: "pending", attempts: 0, nextAttemptAt: sql`now()` })
    .where(
      and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.state, ["delivered", "failed"])),
    )
    .returning({ id: webhookDeliveries.id });
  if (updated.length === 0) throw notAllowed(msg("errors.webhooks.stillSending"));
}
