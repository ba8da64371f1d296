import type { Tx } from "@/db/client";
import { outbox } from "@/db/schema";
import { conflict } from "../errors";
import { finalStatus, type StatusRef } from "../workflow/work-item-engine";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import { notifyLive } from "./live-message";
import { workItemOutboxRow } from "./outbox-row";

export type WorkItemTarget<C extends string> = {
  readonly id: string;
  readonly number: number;
  readonly version: number;
  readonly status: StatusRef<C>;
  readonly visibility: "internal" | "public";
  readonly creatorId: string;
  readonly assetId: string | null;
};

export type SerializedEvent = { type: string } & Record<string, unknown>;

/** What one kind adds to the shared writer: its tables, and what its events do to them. */
export type KindWriter<C extends string, E extends { readonly type: string }> = {
  readonly kind: WorkItemKind;
  /** The compare-and-set: the new version, or null when someone else changed the item first. */
  bump(tx: Tx, item: WorkItemTarget<C>, status: StatusRef<C>, statusChanged: boolean): Promise<number | null>;
  /** Writes what one event changes besides the status (assignees, ratings …). */
  apply(tx: Tx, item: WorkItemTarget<C>, actorId: string | null, event: E): Promise<void>;
  /** Appends the event rows, returning their ids in order. */
  insertEvents(
    tx: Tx,
    item: WorkItemTarget<C>,
    actorId: string | null,
    events: readonly E[],
  ): Promise<number[]>;
  serialize(event: E): SerializedEvent;
  /** Payload fields its handlers read besides the shared ones. */
  payloadExtras?(item: WorkItemTarget<C>): Record<string, unknown>;
  /** Further outbox rows (and writes) that follow from the events, e.g. a status' actions. */
  followUps?(
    tx: Tx,
    item: WorkItemTarget<C>,
    actorId: string | null,
    events: readonly E[],
    eventIds: readonly number[],
  ): Promise<(typeof outbox.$inferInsert)[]>;
};

/**
 * The one writer of every kind: applies the engine's events, bumps the version with a
 * compare-and-set, appends the event rows and one outbox row per event (topic `<kind>.<event>`),
 * and signals live screens. Must run inside the caller's transaction.
 */
export async function applyWorkItemEvents<C extends string, E extends { readonly type: string }>(
  tx: Tx,
  writer: KindWriter<C, E>,
  item: WorkItemTarget<C>,
  actorId: string | null,
  events: readonly E[],
): Promise<{ version: number; status: StatusRef<C> }> {
  const status = finalStatus(item.status, events);
  const version = await writer.bump(tx, item, status, status.id !== item.status.id);
  if (version === null) throw conflict();
  for (const event of events) await writer.apply(tx, item, actorId, event);
  if (events.length > 0) {
    const ids = await writer.insertEvents(tx, item, actorId, events);
    const extras = writer.payloadExtras?.(item) ?? {};
    const rows = events.map((event, i) =>
      workItemOutboxRow(writer.kind, item, actorId, ids[i]!, writer.serialize(event), extras),
    );
    rows.push(...((await writer.followUps?.(tx, item, actorId, events, ids)) ?? []));
    await tx.insert(outbox).values(rows);
  }
  await notifyLive(tx, {
    kind: writer.kind,
    id: item.id,
    number: item.number,
    version,
    visibility: item.visibility,
    creatorId: item.creatorId,
    assetId: item.assetId,
  });
  return { version, status };
}

/** A status change as every kind stores it in its event rows. */
export function serializeStatusChange(event: {
  type: "status_changed";
  reason: string;
  from: StatusRef<string>;
  to: StatusRef<string>;
}): SerializedEvent {
  return {
    type: event.type,
    reason: event.reason,
    from: { id: event.from.id, name: event.from.name, category: event.from.category },
    to: { id: event.to.id, name: event.to.name, category: event.to.category },
  };
}
