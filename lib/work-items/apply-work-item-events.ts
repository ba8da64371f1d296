import { type SQLWrapper, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox } from "@/db/schema";
import { conflict } from "../errors";
import { finalStatus, type StatusRef } from "../workflow/work-item-engine";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import { bumpVersion, type ItemTable } from "./bump-version";
import { liveNotification } from "./live-message";
import { workItemOutboxRow } from "./outbox-row";
import { parseJson, resultRows } from "./result-rows";

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
  /** The items' table, for the compare-and-set on its version. */
  readonly table: ItemTable;
  /** Writes what one event changes besides the status (assignees, ratings …). */
  apply(tx: Tx, item: WorkItemTarget<C>, actorId: string | null, event: E): Promise<void>;
  /** The insert of the event rows, returning `id`, for the writer to send with the compare-and-set. */
  insertEvents(tx: Tx, item: WorkItemTarget<C>, actorId: string | null, events: readonly E[]): SQLWrapper;
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
  for (const event of events) await writer.apply(tx, item, actorId, event);
  // Every statement costs a round trip and a wake-up of the server, which is most of what a change
  // costs: the compare-and-set goes with the event rows, the outbox rows with the live signal.
  // A lost compare-and-set throws, and the transaction takes the event rows back with it.
  const bump = bumpVersion(tx, writer.table, item, status.id, status.id !== item.status.id);
  const inserted =
    events.length > 0
      ? sql`, inserted as (${writer.insertEvents(tx, item, actorId, events).getSQL()}) select (select "version" from bumped) as version, (select json_agg("id" order by "id") from inserted) as ids`
      : sql` select (select "version" from bumped) as version, null as ids`;
  const [written] = resultRows<{ version: number | null; ids: unknown }>(
    await tx.execute(sql`with bumped as (${bump.getSQL()})${inserted}`),
  );
  const version = written?.version ?? null;
  if (version === null) throw conflict();
  // Ids come from the sequence in insertion order, so sorted they match the events' order.
  const ids = parseJson<number[] | null>(written!.ids) ?? [];
  const notify = liveNotification({
    kind: writer.kind,
    id: item.id,
    number: item.number,
    version,
    visibility: item.visibility,
    creatorId: item.creatorId,
    assetId: item.assetId,
  });
  if (events.length === 0) {
    await tx.execute(sql`select ${notify}`);
    return { version, status };
  }
  const extras = writer.payloadExtras?.(item) ?? {};
  const rows = events.map((event, i) =>
    workItemOutboxRow(writer.kind, item, actorId, ids[i]!, writer.serialize(event), extras),
  );
  rows.push(...((await writer.followUps?.(tx, item, actorId, events, ids)) ?? []));
  await tx.execute(sql`with queued as (${tx.insert(outbox).values(rows).getSQL()}) select ${notify}`);
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
