import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { payEntries, ticketEvents, tickets } from "@/db/schema";

/**
 * The ticket row, locked for this transaction: pay handlers for one ticket (a calculation and a
 * reopen's reversal) then run one after the other and each sees the other's entries.
 */
export async function lockTicketForPay(tx: Tx, ticketId: string) {
  const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for("update");
  if (!ticket) throw new Error(`Ticket ${ticketId} of a pay action was not found.`);
  return ticket;
}

export type ActivePay = {
  /** Whether the ticket's pay stands: a calculation not cancelled by a later reversal. */
  active: boolean;
  /** Per employee of the standing calculation: their net pay for the ticket, in cents. */
  netByUser: Map<string, number>;
};

/**
 * A ticket's pay entries come in rounds: calculation entries, then (on reopen) the reversal
 * entries that cancel them. The pay stands while a calculation follows the last reversal.
 */
export async function activePay(tx: Tx, ticketId: string): Promise<ActivePay> {
  const entries = await tx
    .select({
      id: payEntries.id,
      userId: payEntries.userId,
      kind: payEntries.kind,
      amountCents: payEntries.amountCents,
    })
    .from(payEntries)
    .where(eq(payEntries.ticketId, ticketId))
    .orderBy(asc(payEntries.id));
  const lastReversal = entries.reduce((max, e) => (e.kind === "reversal" ? Math.max(max, e.id) : max), 0);
  const standing = entries.filter((e) => e.kind === "calculation" && e.id > lastReversal);
  const net = new Map<string, number>();
  for (const e of entries) net.set(e.userId, (net.get(e.userId) ?? 0) + e.amountCents);
  const netByUser = new Map<string, number>();
  for (const e of standing) netByUser.set(e.userId, net.get(e.userId) ?? 0);
  return { active: standing.length > 0, netByUser };
}

/** Whether the ticket was reopened after the event `afterEventId` (its entry into a pay status). */
export async function reopenedSince(tx: Tx, ticketId: string, afterEventId: number): Promise<boolean> {
  const [reopen] = await tx
    .select({ id: ticketEvents.id })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        gt(ticketEvents.id, afterEventId),
        eq(ticketEvents.type, "status_changed"),
        sql`${ticketEvents.data}->>'reason' = 'reopened'`,
      ),
    )
    .limit(1);
  return reopen !== undefined;
}
