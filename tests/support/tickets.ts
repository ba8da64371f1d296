import { and, asc, count, eq, gt, inArray, sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { outbox, settings, ticketAssignees, ticketEvents, ticketOffers, tickets } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import type { DonePolicy } from "@/lib/workflow/done-policy";
import type { SystemStatusKey } from "@/lib/workflow/ticket-categories";

/** Awaits `call` expecting a DomainError; fails the test if it resolves or throws anything else. */
export async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

export async function statusIdOf(db: Db, key: SystemStatusKey): Promise<string> {
  const status = (await loadTicketStatuses(db)).find((s) => s.systemKey === key);
  if (!status) throw new Error(`missing system status ${key}`);
  return status.id;
}

export async function setDonePolicy(db: Db, value: DonePolicy): Promise<void> {
  await db.update(settings).set({ value }).where(eq(settings.key, "done_policy"));
}

export async function ticketRow(db: Db, ticketId: string) {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, ticketId));
  if (!row) throw new Error(`no ticket ${ticketId}`);
  return row;
}

export async function offersOf(db: Db, ticketId: string): Promise<Record<string, string>> {
  const rows = await db.select().from(ticketOffers).where(eq(ticketOffers.ticketId, ticketId));
  return Object.fromEntries(rows.map((r) => [r.userId, r.state]));
}

export async function assigneesOf(db: Db, ticketId: string): Promise<string[]> {
  const rows = await db.select().from(ticketAssignees).where(eq(ticketAssignees.ticketId, ticketId));
  return rows.map((r) => r.userId).sort();
}

export async function eventsOf(db: Db, ticketId: string, afterId = 0) {
  return db
    .select()
    .from(ticketEvents)
    .where(and(eq(ticketEvents.ticketId, ticketId), gt(ticketEvents.id, afterId)))
    .orderBy(asc(ticketEvents.id));
}

const outboxOfTicket = (ticketId: string) => sql`${outbox.payload}->>'ticketId' = ${ticketId}`;

export type Snapshot = {
  version: number;
  statusId: string;
  lastEventId: number;
  events: number;
  outbox: number;
  allEvents: number;
  allOutbox: number;
};

/** Everything a change may touch, to compare before and after. */
export async function snapshot(db: Db, ticketId: string): Promise<Snapshot> {
  const row = await ticketRow(db, ticketId);
  const events = await eventsOf(db, ticketId);
  const [mine] = await db.select({ n: count() }).from(outbox).where(outboxOfTicket(ticketId));
  const [allEvents] = await db.select({ n: count() }).from(ticketEvents);
  const [allOutbox] = await db.select({ n: count() }).from(outbox);
  return {
    version: row.version,
    statusId: row.statusId,
    lastEventId: events.at(-1)?.id ?? 0,
    events: events.length,
    outbox: Number(mine?.n),
    allEvents: Number(allEvents?.n),
    allOutbox: Number(allOutbox?.n),
  };
}

/** Asserts a refused or conflicting call wrote nothing at all. */
export async function expectUnchanged(db: Db, ticketId: string, before: Snapshot): Promise<void> {
  expect(await snapshot(db, ticketId)).toEqual(before);
}

/** Asserts each event row has exactly one outbox row keyed `ticket_event:<id>`, and the ticket no others. */
export async function expectOutboxFor(db: Db, ticketId: string, rows: { id: number; type: string }[]) {
  const keys = rows.map((r) => `ticket_event:${r.id}`);
  const found = keys.length ? await db.select().from(outbox).where(inArray(outbox.idempotencyKey, keys)) : [];
  expect(found).toHaveLength(rows.length);
  for (const row of rows) {
    const box = found.find((o) => o.idempotencyKey === `ticket_event:${row.id}`);
    expect(box?.topic).toBe(`ticket.${row.type}`);
    expect(box?.payload).toMatchObject({ eventId: row.id, ticketId });
  }
}

/**
 * Asserts one successful change since `before`: version +1, exactly the expected event rows (in
 * order), one outbox row per event row and no other outbox rows anywhere. Returns the new events.
 */
export async function expectChange(db: Db, ticketId: string, before: Snapshot, types: string[]) {
  const after = await snapshot(db, ticketId);
  expect(after.version).toBe(before.version + 1);
  const events = await eventsOf(db, ticketId, before.lastEventId);
  expect(events.map((e) => e.type)).toEqual(types);
  expect(after.allEvents - before.allEvents).toBe(types.length);
  expect(after.allOutbox - before.allOutbox).toBe(types.length);
  await expectOutboxFor(db, ticketId, events);
  return events;
}

/** Moves a ticket through the "Change status" menu as `actor`, at its current version. */
export async function moveTo(ctx: Ctx, ticketId: string, key: SystemStatusKey) {
  const { version } = await ticketRow(ctx.db, ticketId);
  return changeTicketStatus(ctx, { ticketId, version, statusId: await statusIdOf(ctx.db, key) });
}

/** Drives an assigned ticket (as admin) through In Progress to `key`. */
export async function driveTo(db: Db, admin: Actor, ticketId: string, path: SystemStatusKey[]) {
  for (const key of path) await moveTo({ actor: admin, db }, ticketId, key);
}
