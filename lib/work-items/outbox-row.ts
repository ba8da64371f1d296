import type { outbox } from "@/db/schema";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import type { OutboxTemplate } from "./apply-work-item-events";

export type OutboxRef = {
  readonly id: string;
  readonly number: number;
  readonly visibility: "internal" | "public";
  readonly creatorId: string;
};

/**
 * The outbox row of an item's event: topic `<kind>.<type>`, keyed by the event so a row handled
 * twice is recognised, with what its handlers need to know of the item.
 */
export function workItemOutboxRow(
  kind: WorkItemKind,
  item: OutboxRef,
  actorId: string | null,
  eventId: number,
  event: { type: string } & Record<string, unknown>,
  extras: Record<string, unknown> = {},
): typeof outbox.$inferInsert {
  return {
    topic: `${kind}.${event.type}`,
    idempotencyKey: `${kind}_event:${eventId}`,
    payload: {
      kind,
      itemId: item.id,
      ...extras,
      number: item.number,
      actorId,
      visibility: item.visibility,
      creatorId: item.creatorId,
      eventId,
      event,
    },
  };
}

/** The same row before its event has an id: the writer adds it (apply-work-item-events.ts). */
export function workItemOutboxTemplate(
  kind: WorkItemKind,
  item: OutboxRef,
  actorId: string | null,
  event: number,
  serialized: { type: string } & Record<string, unknown>,
  extras: Record<string, unknown> = {},
): OutboxTemplate {
  const { payload } = workItemOutboxRow(kind, item, actorId, 0, serialized, extras);
  const { eventId: _, ...rest } = payload as Record<string, unknown>;
  return { event, topic: `${kind}.${serialized.type}`, key: [`${kind}_event:`, ""], payload: rest };
}
