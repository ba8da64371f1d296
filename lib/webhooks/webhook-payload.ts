import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tasks, ticketMessages, tickets, videoSessions } from "@/db/schema";
import type { OutboxRow } from "../outbox/types";
import { numberPrefix, type WorkItemKind } from "../workflow/work-item-kinds";
import type { WebhookEvent } from "./webhook-events";

/** A message id in the style of Standard Webhooks (`msg_…`): one per event and webhook, kept across retries. */
export const newMessageId = () => `msg_${randomUUID().replaceAll("-", "")}`;

async function titleOf(tx: Tx, kind: WorkItemKind, id: string): Promise<string | null> {
  switch (kind) {
    case "ticket": {
      const [row] = await tx.select({ title: tickets.title }).from(tickets).where(eq(tickets.id, id));
      return row?.title ?? null;
    }
    case "task": {
      const [row] = await tx.select({ title: tasks.title }).from(tasks).where(eq(tasks.id, id));
      return row?.title ?? null;
    }
    case "video_session": {
      const [row] = await tx
        .select({ title: videoSessions.reason })
        .from(videoSessions)
        .where(eq(videoSessions.id, id));
      return row?.title ?? null;
    }
  }
}

/**
 * What a webhook receives for one outbox event: `{ type, timestamp, data }`. Webhooks are set up
 * by admins, who may see every item, so internal items and custom status names are included.
 */
export async function webhookPayload(tx: Tx, row: OutboxRow, type: WebhookEvent) {
  const p = row.payload as {
    kind: WorkItemKind;
    itemId: string;
    number: number;
    actorId: string | null;
    visibility: string;
    eventId: number;
    event: { type: string } & Record<string, unknown>;
  };
  const { type: _eventType, ...eventFields } = p.event;
  const data: Record<string, unknown> = {
    kind: p.kind,
    id: p.itemId,
    number: p.number,
    reference: `${numberPrefix(p.kind)}-${p.number}`,
    title: await titleOf(tx, p.kind, p.itemId),
    visibility: p.visibility,
    actorId: p.actorId,
    eventId: p.eventId,
    ...eventFields,
  };
  if (type === "message.created" && typeof eventFields.messageId === "number") {
    const [message] = await tx
      .select({ body: ticketMessages.body, authorId: ticketMessages.authorId })
      .from(ticketMessages)
      .where(eq(ticketMessages.id, eventFields.messageId));
    if (message) Object.assign(data, { body: message.body, authorId: message.authorId });
  }
  return { type, timestamp: row.createdAt.toISOString(), data };
}
