import { and, eq, sql } from "drizzle-orm";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import {
  type CreateWebhookInput,
  createWebhookSchema,
  type UpdateWebhookInput,
  updateWebhookSchema,
  webhookRefSchema,
} from "./schemas";
import { newWebhookSecret } from "./sign-webhook";

const onlyAdmins = (ctx: Ctx) => {
  if (ctx.actor.role !== "admin") throw forbidden(msg("errors.webhooks.onlyAdmins"));
};
const snapshot = (w: { url: string; events: string[]; enabled: boolean; description: string }) => ({
  url: w.url,
  events: w.events,
  enabled: w.enabled,
  description: w.description,
});

/** Admins add a webhook; its signing secret is returned this once (the page shows it once). */
export async function createWebhook(
  ctx: Ctx,
  raw: CreateWebhookInput,
): Promise<{ id: string; secret: string }> {
  onlyAdmins(ctx);
  const input = parseInput(createWebhookSchema, raw);
  const secret = newWebhookSecret();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({ ...input, secret, createdBy: ctx.actor.id })
      .returning();
    if (!row) throw new Error("Webhook insert returned nothing");
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "webhook.created",
      targetId: row.id,
      targetLabel: row.url,
      after: snapshot(row),
    });
    return { id: row.id, secret };
  });
}

/** Changes URL, events or on/off; switching on again clears why it was switched off. */
export async function updateWebhook(ctx: Ctx, raw: UpdateWebhookInput): Promise<void> {
  onlyAdmins(ctx);
  const { webhookId, ...input } = parseInput(updateWebhookSchema, raw);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(webhooks).where(eq(webhooks.id, webhookId)).for("update");
    if (!before) throw notFound(msg("errors.notFound.webhook"));
    const [after] = await tx
      .update(webhooks)
      .set({ ...input, updatedAt: sql`now()`, ...(input.enabled ? { disabledReason: null } : {}) })
      .where(eq(webhooks.id, webhookId))
      .returning();
    if (!before.enabled && input.enabled) {
      // What waited while it was off goes out now, with its retries afresh: the outage was not its fault.
      await tx
        .update(webhookDeliveries)
        .set({ attempts: 0, nextAttemptAt: sql`now()` })
        .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.state, "pending")));
    }
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "webhook.updated",
      targetId: webhookId,
      targetLabel: after!.url,
      before: snapshot(before),
      after: snapshot(after!),
    });
  });
}

/** Removes a webhook with its delivery log; nothing more is sent to it. */
export async function deleteWebhook(ctx: Ctx, raw: { webhookId: string }): Promise<void> {
  onlyAdmins(ctx);
  const { webhookId } = parseInput(webhookRefSchema, raw);
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(webhooks).where(eq(webhooks.id, webhookId)).returning();
    if (!gone) throw notFound(msg("errors.notFound.webhook"));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "webhook.deleted",
      targetId: webhookId,
      targetLabel: gone.url,
      before: snapshot(gone),
    });
  });
}
