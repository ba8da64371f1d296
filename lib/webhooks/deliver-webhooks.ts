import { and, asc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { disableFailingWebhook } from "./disable-failing-webhook";
import { type SendResult, type SendWebhook, sendWebhook } from "./send-webhook";
import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_S } from "./webhook-events";

/** Longer than the 10 s timeout with room to spare: only a crashed sender's claim runs out. */
const LEASE_SECONDS = 60;

type Claimed = {
  id: number;
  attempts: number;
  messageId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  webhookId: string;
  url: string;
  secret: string;
};

/**
 * Claims due deliveries (FOR UPDATE SKIP LOCKED, so several instances share them) and leases
 * them. A delivery whose sender died between sending and recording is due again when its lease
 * ends, and goes out with the same webhook-id: the receiver sees one message, twice at worst.
 */
export async function claimDueDeliveries(db: Db, batch: number): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    // A delivery whose last allowed attempt was cut off by a crash is over: failed, not retried forever.
    await tx
      .update(webhookDeliveries)
      .set({
        state: "failed",
        lastError: "The sender stopped during the last attempt",
        lastErrorKind: "network",
      })
      .where(
        and(
          eq(webhookDeliveries.state, "sending"),
          lte(webhookDeliveries.nextAttemptAt, sql`now()`),
          gte(webhookDeliveries.attempts, MAX_DELIVERY_ATTEMPTS),
        ),
      );
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        attempts: webhookDeliveries.attempts,
        messageId: webhookDeliveries.messageId,
        payload: webhookDeliveries.payload,
        createdAt: webhookDeliveries.createdAt,
        webhookId: webhooks.id,
        url: webhooks.url,
        secret: webhooks.secret,
      })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(
        and(
          inArray(webhookDeliveries.state, ["pending", "sending"]),
          lte(webhookDeliveries.nextAttemptAt, sql`now()`),
          lt(webhookDeliveries.attempts, MAX_DELIVERY_ATTEMPTS),
          eq(webhooks.enabled, true),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(batch)
      .for("update", { of: webhookDeliveries, skipLocked: true });
    if (rows.length === 0) return [];
    await tx
      .update(webhookDeliveries)
      .set({
        state: "sending",
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastAttemptAt: sql`now()`,
        nextAttemptAt: sql`now() + ${`${LEASE_SECONDS} seconds`}::interval`,
      })
      .where(
        inArray(
          webhookDeliveries.id,
          rows.map((r) => r.id),
        ),
      );
    return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
  });
}

/** Records one attempt, only if the claim is still ours (the attempt count fences a late sender). */
async function record(db: Db, delivery: Claimed, result: SendResult): Promise<void> {
  const last = {
    lastStatusCode: result.statusCode,
    lastDurationMs: result.durationMs,
    lastResponse: result.response,
    lastError: result.error?.slice(0, 500) ?? null,
    lastErrorKind: result.errorKind,
  };
  const mine = and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.attempts, delivery.attempts));
  if (result.ok) {
    await db.transaction(async (tx) => {
      const done = await tx
        .update(webhookDeliveries)
        .set({ ...last, state: "delivered", deliveredAt: sql`now()` })
        .where(mine)
        .returning({ id: webhookDeliveries.id });
      if (done.length > 0) {
        await tx
          .update(webhooks)
          .set({ lastSuccessAt: sql`now()` })
          .where(eq(webhooks.id, delivery.webhookId));
      }
    });
    return;
  }
  if (delivery.attempts >= MAX_DELIVERY_ATTEMPTS) {
    await db.transaction(async (tx) => {
      const failed = await tx
        .update(webhookDeliveries)
        .set({ ...last, state: "failed" })
        .where(mine)
        .returning({ id: webhookDeliveries.id });
      if (failed.length > 0) await disableFailingWebhook(tx, delivery.webhookId, delivery.createdAt);
    });
    return;
  }
  const delay = RETRY_DELAYS_S[delivery.attempts - 1] ?? RETRY_DELAYS_S[RETRY_DELAYS_S.length - 1];
  await db
    .update(webhookDeliveries)
    .set({ ...last, state: "pending", nextAttemptAt: sql`now() + ${`${delay} seconds`}::interval` })
    .where(mine);
}

export type DeliverOptions = {
  batch?: number;
  send?: SendWebhook;
  timeoutMs?: number;
  allowPrivate?: boolean;
};

/** Sends due deliveries, a batch at a time and in parallel within it; returns how many were tried. */
export async function deliverDueWebhooks(db: Db, options: DeliverOptions = {}): Promise<number> {
  const send = options.send ?? sendWebhook;
  const claimed = await claimDueDeliveries(db, options.batch ?? 20);
  await Promise.all(
    claimed.map(async (delivery) => {
      const result = await send(
        { url: delivery.url, secret: delivery.secret },
        { id: delivery.messageId, body: JSON.stringify(delivery.payload) },
        {
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
        },
      ).catch(
        (error: unknown): SendResult => ({
          ok: false,
          statusCode: null,
          durationMs: 0,
          response: "",
          error: String((error as Error)?.message ?? error),
          errorKind: "network",
        }),
      );
      try {
        await record(db, delivery, result);
      } catch (error) {
        console.error(
          `Webhook delivery ${delivery.id} could not be recorded; it is retried when its lease ends`,
          error,
        );
      }
    }),
  );
  return claimed.length;
}

/** Finished deliveries are kept a month: long enough to look into a problem, not to hoard payloads. */
export async function removeOldDeliveries(db: Db): Promise<number> {
  const removed = await db
    .delete(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.state, ["delivered", "failed"]),
        lt(webhookDeliveries.createdAt, sql`now() - interval '30 days'`),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return removed.length;
}
