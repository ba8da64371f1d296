import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { handlersFor } from "./handlers";
import type { OutboxHandler, OutboxRow } from "./types";

export const NOTIFICATION_CHANNEL = "notifications";
export const MAX_ATTEMPTS = 10;
// Renewed just before each row's delivery (stillMine): it must outlast the slowest delivery (mail
// gives up within 50 s) with room to spare, or a second instance could take a row mid-send.
const LEASE_SECONDS = 120;

type Handlers = (topic: string) => readonly OutboxHandler[];

/** Claims due rows with FOR UPDATE SKIP LOCKED and leases them, so several instances share the work. */
export async function claimOutbox(db: Db, batch: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(isNull(outbox.processedAt), lte(outbox.availableAt, sql`now()`)))
      .orderBy(asc(outbox.id))
      .limit(batch)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return [];
    await tx
      .update(outbox)
      .set({
        attempts: sql`${outbox.attempts} + 1`,
        availableAt: sql`now() + ${`${LEASE_SECONDS} seconds`}::interval`,
      })
      .where(
        inArray(
          outbox.id,
          rows.map((r) => r.id),
        ),
      );
    return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }));
  });
}

async function deliver(db: Db, row: OutboxRow, handlers: readonly OutboxHandler[]): Promise<void> {
  for (const handler of handlers) if (handler.mode === "external") await handler.run(db, row);
  await db.transaction(async (tx) => {
    // Marked first: this locks the row, so an instance delivering it at the same moment waits here
    // and then finds it processed. The local handlers' effects then happen exactly once, in
    // whatever order rows arrive.
    const [mine] = await tx
      .update(outbox)
      .set({ processedAt: sql`now()`, lastError: null })
      .where(and(eq(outbox.id, row.id), isNull(outbox.processedAt)))
      .returning({ id: outbox.id });
    if (!mine) return;
    const notified = new Set<string>();
    for (const handler of handlers) {
      if (handler.mode !== "local") continue;
      const result = await handler.run(tx, row);
      for (const id of result?.notifiedUserIds ?? []) notified.add(id);
    }
    if (notified.size > 0) {
      await tx.execute(sql`select pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify([...notified])})`);
    }
  });
}

async function giveUp(db: Db, row: OutboxRow, handlers: readonly OutboxHandler[], error: string) {
  const reason = `Gave up after ${row.attempts} attempts: ${error}`.slice(0, 1000);
  for (const handler of handlers) {
    if (handler.mode !== "external" || !handler.giveUp) continue;
    try {
      await handler.giveUp(db, row, reason);
    } catch {
      // The row is parked either way; its lastError still says why.
    }
  }
}

/**
 * Renews the lease of a claimed row just before delivering it, only if no other instance has
 * claimed it since (its attempt count is the fencing token). A batch that took longer than the
 * lease would otherwise be delivered by two instances at once.
 */
async function stillMine(db: Db, row: OutboxRow): Promise<boolean> {
  const renewed = await db
    .update(outbox)
    .set({ availableAt: sql`now() + ${`${LEASE_SECONDS} seconds`}::interval` })
    .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts), isNull(outbox.processedAt)))
    .returning({ id: outbox.id });
  return renewed.length > 0;
}

/** Delivers rows claimed by `claimOutbox`, skipping any whose lease another instance took over. */
export async function deliverClaimed(
  db: Db,
  rows: readonly OutboxRow[],
  handlers: Handlers = handlersFor,
): Promise<void> {
  for (const row of rows) {
    // A database error on one row (say, during a restart) must not abandon the rest of the batch
    // to wait out their lease: each row is tried on its own, and a row left unrecorded is retried.
    try {
      if (!(await stillMine(db, row))) continue;
      try {
        await deliver(db, row, handlers(row.topic));
      } catch (error) {
        const parked = row.attempts >= MAX_ATTEMPTS;
        const lastError = String((error as Error)?.message ?? error).slice(0, 1000);
        if (parked) await giveUp(db, row, handlers(row.topic), lastError);
        await db
          .update(outbox)
          .set({
            lastError,
            availableAt: sql`now() + ${`${Math.min(2 ** row.attempts, 3600)} seconds`}::interval`,
            ...(parked ? { processedAt: sql`now()` } : {}),
          })
          .where(and(eq(outbox.id, row.id), eq(outbox.attempts, row.attempts)));
      }
    } catch (error) {
      console.error(`Outbox row ${row.id} could not be recorded; it is retried when its lease ends`, error);
    }
  }
}

/**
 * Delivers due outbox rows; returns how many were claimed. A failing row backs off (and is parked
 * after MAX_ATTEMPTS) without holding up the others; a crashed instance's lease simply expires.
 */
export async function dispatchOutbox(db: Db, batch = 50, handlers: Handlers = handlersFor): Promise<number> {
  const rows = await claimOutbox(db, batch);
  await deliverClaimed(db, rows, handlers);
  return rows.length;
}
