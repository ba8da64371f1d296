import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type DigestItem, notificationDigests, outbox, users } from "@/db/schema";
import { env } from "../env";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import { cleanPreferences } from "./notification-preferences";
import { planDeliveries, type Recipient } from "./plan-deliveries";

export const DIGEST_TOPIC = "notification.digest";
/** A digest keeps this many events to tell of; the rest are only counted. */
const MAX_ITEMS = 20;

export type DigestEvent = {
  kind: WorkItemKind;
  id: string;
  eventId: number;
  actorId: string | null;
  messageId?: number;
};

/**
 * Joins an item's event to each recipient's collecting e-mail or push digest (workflow.md 6: by
 * preference), in the transaction that marks the event's outbox row processed, so it joins once.
 * A digest that starts collecting gets one outbox row, due when its window ends: ten messages in
 * a minute become one e-mail.
 */
export async function queueDeliveries(
  tx: Tx,
  event: DigestEvent,
  planned: readonly { userId: string; kind: string; data?: Record<string, unknown> }[],
): Promise<void> {
  if (planned.length === 0) return;
  const ids = [...new Set(planned.map((p) => p.userId))];
  const rows = await tx
    .select({
      id: users.id,
      role: users.role,
      active: users.active,
      emailNotifications: users.emailNotifications,
      preferences: users.notificationPreferences,
      // Spelled out: drizzle leaves columns unqualified here, and both tables have an "id".
      hasPush: sql<boolean>`exists (select 1 from push_subscriptions ps where ps.user_id = users.id)`,
    })
    .from(users)
    .where(inArray(users.id, ids));
  const recipients = new Map<string, Recipient>(
    rows.map((r) => [r.id, { ...r, preferences: cleanPreferences(r.preferences) }]),
  );
  const deliveries = planDeliveries(event.kind, planned, recipients);
  if (deliveries.length === 0) return;

  const dataOf = new Map(planned.map((p) => [p.userId, p.data]));
  const seen = new Set<string>();
  const values = deliveries
    .filter((d) => !seen.has(`${d.userId}:${d.channel}`) && seen.add(`${d.userId}:${d.channel}`))
    .map((d) => {
      const item: DigestItem = { kind: d.kind, actorId: event.actorId, eventId: event.eventId };
      if (event.messageId !== undefined) item.messageId = event.messageId;
      const data = dataOf.get(d.userId);
      if (data && Object.keys(data).length > 0) item.data = data;
      return {
        userId: d.userId,
        channel: d.channel,
        subjectKind: event.kind,
        subjectId: event.id,
        items: [item],
        lastEventId: event.eventId,
      };
    });
  const t = notificationDigests;
  const digests = await tx
    .insert(t)
    .values(values)
    .onConflictDoUpdate({
      target: [t.userId, t.channel, t.subjectKind, t.subjectId],
      targetWhere: sql`state = 'collecting'`,
      // Each outbox row runs this exactly once (see deliver in dispatch-outbox.ts), in whatever
      // order rows come: every event joins, and the items are put in order when read.
      set: {
        eventCount: sql`${t.eventCount} + 1`,
        items: sql`case when jsonb_array_length(${t.items}) < ${MAX_ITEMS} then ${t.items} || excluded.items else ${t.items} end`,
        lastEventId: sql`greatest(${t.lastEventId}, excluded.last_event_id)`,
      },
    })
    .returning({ id: t.id, channel: t.channel, started: sql<boolean>`(xmax = 0)` });

  const { NOTIFY_EMAIL_WINDOW_SECONDS, NOTIFY_PUSH_WINDOW_SECONDS } = env();
  const started = digests.filter((d) => d.started);
  if (started.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      started.map((d) => ({
        topic: DIGEST_TOPIC,
        payload: { digestId: d.id },
        idempotencyKey: `${DIGEST_TOPIC}:${d.id}`,
        availableAt: sql`now() + ${`${d.channel === "email" ? NOTIFY_EMAIL_WINDOW_SECONDS : NOTIFY_PUSH_WINDOW_SECONDS} seconds`}::interval`,
      })),
    )
    .onConflictDoNothing({ target: outbox.idempotencyKey });
}
