import { and, desc, eq, lt } from "drizzle-orm";
import { webhookDeliveries, webhooks } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import type { WebhookErrorKind, WebhookEvent } from "./webhook-events";

export type WebhookItem = {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  enabled: boolean;
  /** Set when it was switched off for failing, not by a person. */
  failing: boolean;
  lastSuccessAt: string | null;
};

export type DeliveryItem = {
  id: number;
  messageId: string;
  eventType: string;
  state: "pending" | "sending" | "delivered" | "failed";
  attempts: number;
  statusCode: number | null;
  durationMs: number | null;
  response: string | null;
  error: string | null;
  errorKind: WebhookErrorKind | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
};

export const DELIVERY_PAGE = 20;

export async function listWebhooks({ actor, db }: Ctx): Promise<WebhookItem[]> {
  if (actor.role !== "admin") throw forbidden(msg("errors.webhooks.onlyAdmins"));
  const rows = await db.select().from(webhooks).orderBy(webhooks.createdAt).limit(100);
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    description: r.description,
    events: r.events as WebhookEvent[],
    enabled: r.enabled,
    failing: !r.enabled && r.disabledReason === "failing",
    lastSuccessAt: r.lastSuccessAt?.toISOString() ?? null,
  }));
}

/** One webhook's deliveries, newest first, a keyset page at a time (`before` a delivery id). */
export async function listDeliveries(
  { actor, db }: Ctx,
  webhookId: string,
  before: number | null = null,
): Promise<{ items: DeliveryItem[]; olderBefore: number | null }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.webhooks.onlyAdmins"));
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.webhookId, webhookId), before ? lt(webhookDeliveries.id, before) : undefined),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(DELIVERY_PAGE + 1);
  const items = rows.slice(0, DELIVERY_PAGE).map((r) => ({
    id: r.id,
    messageId: r.messageId,
    eventType: r.eventType,
    state: r.state,
    attempts: r.attempts,
    statusCode: r.lastStatusCode,
    durationMs: r.lastDurationMs,
    response: r.lastResponse,
    error: r.lastError,
    errorKind: r.lastErrorKind,
    createdAt: r.createdAt.toISOString(),
    lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: r.state === "pending" ? r.nextAttemptAt.toISOString() : null,
  }));
  return { items, olderBefore: rows.length > DELIVERY_PAGE ? (items.at(-1)?.id ?? null) : null };
}
