import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { notifications, outbox, ticketAssignees, users } from "@/db/schema";
import { planTicketNotifications, type TicketEventPayload } from "../notifications/plan-ticket-notifications";

export const NOTIFICATION_CHANNEL = "notifications";
const MAX_ATTEMPTS = 10;

type OutboxRow = typeof outbox.$inferSelect;

async function deliverTicketEvent(tx: Tx, row: OutboxRow): Promise<string[]> {
  const payload = row.payload as TicketEventPayload;
  const people = [payload.creatorId, ...(payload.actorId ? [payload.actorId] : [])];
  const [roles, assignees] = await Promise.all([
    tx.select({ id: users.id, role: users.role }).from(users).where(inArray(users.id, people)),
    tx
      .select({ userId: ticketAssignees.userId })
      .from(ticketAssignees)
      .where(eq(ticketAssignees.ticketId, payload.ticketId)),
  ]);
  const roleOf = (id: string | null) => roles.find((r) => r.id === id)?.role;
  const planned = planTicketNotifications(payload, {
    actorRole: roleOf(payload.actorId) ?? "sys",
    creatorRole: roleOf(payload.creatorId) ?? "code_user",
    assigneeIds: assignees.map((a) => a.userId),
  });
  if (planned.length === 0) return [];
  const inserted = await tx
    .insert(notifications)
    .values(
      planned.map((n) => ({
        ...n,
        data: { ticketId: payload.ticketId, number: payload.number },
        idempotencyKey: `${row.idempotencyKey}:${n.userId}:in_app`,
      })),
    )
    .onConflictDoNothing({ target: notifications.idempotencyKey })
    .returning({ userId: notifications.userId });
  return inserted.map((n) => n.userId);
}

/**
 * Delivers pending outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so several instances
 * share the work; in-app notifications are written in the claiming transaction, so a crash before
 * commit delivers nothing and the retry delivers once. Returns how many rows were handled.
 */
export async function dispatchOutbox(db: Db, batch = 50): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(and(isNull(outbox.processedAt), lte(outbox.availableAt, sql`now()`)))
      .orderBy(asc(outbox.id))
      .limit(batch)
      .for("update", { skipLocked: true });
    const notified = new Set<string>();
    for (const row of rows) {
      try {
        await tx.transaction(async (savepoint) => {
          const users = row.topic.startsWith("ticket.") ? await deliverTicketEvent(savepoint, row) : [];
          for (const u of users) notified.add(u);
          await savepoint
            .update(outbox)
            .set({ processedAt: sql`now()`, attempts: row.attempts + 1, lastError: null })
            .where(eq(outbox.id, row.id));
        });
      } catch (error) {
        const attempts = row.attempts + 1;
        await tx
          .update(outbox)
          .set({
            attempts,
            lastError: String((error as Error).message ?? error).slice(0, 1000),
            // Back off, and park a row that keeps failing instead of retrying it forever.
            availableAt: sql`now() + ${`${Math.min(2 ** attempts, 3600)} seconds`}::interval`,
            ...(attempts >= MAX_ATTEMPTS ? { processedAt: sql`now()` } : {}),
          })
          .where(eq(outbox.id, row.id));
      }
    }
    if (notified.size > 0) {
      await tx.execute(sql`select pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify([...notified])})`);
    }
    return rows.length;
  });
}
