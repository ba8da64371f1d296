import { type SQLWrapper, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outbox } from "@/db/schema";
import { conflict } from "../errors";
import { finalStatus, type StatusRef } from "../workflow/work-item-engine";
import type { WorkItemKind } from "../workflow/work-item-kinds";
import { bumpVersion, type ItemTable } from "./bump-version";
import { liveNotification } from "./live-message";
import { workItemOutboxTemplate } from "./outbox-row";
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

/**
 * An outbox row that follows from the change's `event`-th event: the writer fills in the event's id,
 * as `eventId` in the payload and between the two halves of the key.
 */
export type OutboxTemplate = {
  event: number;
  topic: string;
  key: readonly [string, string];
  payload: Record<string, unknown>;
};

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
  /**
   * Events that record activity rather than change the item (a message): written and delivered like
   * any other, but the version stays, so nobody's next change is refused as stale because of them.
   */
  keepsVersion?(event: E): boolean;
  /** Payload fields its handlers read besides the shared ones. */
  payloadExtras?(item: WorkItemTarget<C>): Record<string, unknown>;
  /** Further outbox rows that follow from the events, e.g. a status' actions. */
  followUps?(item: WorkItemTarget<C>, actorId: string | null, events: readonly E[]): OutboxTemplate[];
  /** Writes that need the events' ids (a payment linked to its status change). */
  afterEvents?(
    tx: Tx,
    item: WorkItemTarget<C>,
    actorId: string | null,
    events: readonly E[],
    eventIds: readonly number[],
  ): Promise<void>;
};

/**
 * The one writer of every kind: applies the engine's events, bumps the version with a
 * compare-and-set, appends the event rows and one outbox row per event (topic `<kind>.<event>`),
 * and signals live screens. Must run inside the caller's transaction.
 *
 * Every statement costs a round trip and a wake-up of the server, most of what a change costs, so
 * the compare-and-set, the event rows, the outbox rows and the live signal are one statement. A
 * lost compare-and-set throws, and the transaction takes the rest back with it (NOTIFY included:
 * it is sent on commit).
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
  const increment = events.length === 0 || events.some((event) => !writer.keepsVersion?.(event));
  const bump = bumpVersion(tx, writer.table, item, status.id, status.id !== item.status.id, increment);
  const notify = liveNotification({
    kind: writer.kind,
    id: item.id,
    number: item.number,
    version: item.version + (increment ? 1 : 0),
    visibility: item.visibility,
    creatorId: item.creatorId,
    assetId: item.assetId,
  });
  if (events.length === 0) {
    const [written] = resultRows<{ version: number | null }>(
      await tx.execute(
        sql`with bumped as (${bump.getSQL()}) select (select "version" from bumped) as version, ${notify}`,
      ),
    );
    if (written?.version == null) throw conflict();
    return { version: written.version, status };
  }
  const extras = writer.payloadExtras?.(item) ?? {};
  const templates: OutboxTemplate[] = [
    ...events.map((event, i) =>
      workItemOutboxTemplate(writer.kind, item, actorId, i, writer.serialize(event), extras),
    ),
    ...(writer.followUps?.(item, actorId, events) ?? []),
  ];
  const rows = templates.map((t, ord) => ({
    ord,
    event: t.event,
    topic: t.topic,
    key_before: t.key[0],
    key_after: t.key[1],
    payload: t.payload,
  }));
  // Event ids come from the sequence in insertion order, so sorted they match the events' order.
  const [written] = resultRows<{ version: number | null; ids: unknown }>(
    await tx.execute(sql`
      with bumped as (${bump.getSQL()}),
      inserted as (${writer.insertEvents(tx, item, actorId, events).getSQL()}),
      numbered as (select "id", (row_number() over (order by "id"))::int - 1 as i from inserted),
      queued as (
        insert into ${outbox} ("topic", "idempotency_key", "payload")
        select r.topic, r.key_before || n.id || r.key_after, r.payload || jsonb_build_object('eventId', n.id)
          from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
               as r(ord int, event int, topic text, key_before text, key_after text, payload jsonb)
          join numbered n on n.i = r.event
         order by r.ord
      )
      select (select "version" from bumped) as version, (select json_agg("id" order by "id") from inserted) as ids, ${notify}`),
  );
  if (written?.version == null) throw conflict();
  const ids = parseJson<number[]>(written.ids);
  await writer.afterEvents?.(tx, item, actorId, events, ids);
  return { version: written.version, status };
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
