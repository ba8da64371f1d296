import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { ticketAssignees, users } from "@/db/schema";
import { computePay, type PayRateKind } from "../workflow/status-actions";
import { activePay } from "./pay-entries";

export type AssigneeRate = { id: string; rate: { kind: PayRateKind; value: number } | null };

/** The ticket's assignees with their pay rates, by name: whom a calculation pays, and how. */
export async function assigneeRates(db: Db | Tx, ticketId: string): Promise<AssigneeRate[]> {
  const rows = await db
    .select({ id: users.id, kind: users.payRateKind, value: users.payRateValue })
    .from(ticketAssignees)
    .innerJoin(users, eq(users.id, ticketAssignees.userId))
    .where(eq(ticketAssignees.ticketId, ticketId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({
    id: r.id,
    rate: r.kind && r.value !== null ? { kind: r.kind, value: Number(r.value) } : null,
  }));
}

/**
 * What a pay calculation would record for the ticket now, in cents (for the "Change status"
 * warning), or null when its pay already stands and a calculation would record nothing.
 */
export async function previewPay(
  db: Db | Tx,
  ticket: { id: string; amountCents: number | null },
): Promise<number | null> {
  const [standing, rates] = await Promise.all([activePay(db as Tx, ticket.id), assigneeRates(db, ticket.id)]);
  if (standing.active) return null;
  return rates.reduce((sum, a) => sum + computePay(a.rate, ticket.amountCents), 0);
}
