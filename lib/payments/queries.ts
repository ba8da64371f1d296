import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { payments, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { readTicketStatuses } from "../statuses/load-statuses";
import { visibleTicketsWhere } from "../tickets/ticket-access";
import type { TicketMoney } from "../tickets/types";
import type { PaymentMethod } from "../workflow/status-actions";
import { systemStatus } from "../workflow/ticket-engine";

/** Paid and written-off totals of one ticket, in cents. */
export async function paymentTotals(db: Db | Tx, ticketId: string) {
  const [row] = await db
    .select({
      paid: sql<number>`coalesce(sum(${payments.amountCents}) filter (where ${payments.kind} = 'payment'), 0)::int`,
      writtenOff: sql<number>`coalesce(sum(${payments.amountCents}) filter (where ${payments.kind} = 'write_off'), 0)::int`,
    })
    .from(payments)
    .where(eq(payments.ticketId, ticketId));
  return { paidCents: Number(row?.paid ?? 0), writtenOffCents: Number(row?.writtenOff ?? 0) };
}

/** What is still owed: the amount less payments and write-offs (negative when overpaid). */
export const openBalance = (amountCents: number | null, paidCents: number, writtenOffCents: number) =>
  (amountCents ?? 0) - paidCents - writtenOffCents;

/**
 * Money on a ticket for its detail page: totals, the open balance and every payment and write-off,
 * oldest first. A pure read: the caller has already authorized the ticket.
 */
export async function loadTicketMoney(
  db: Db | Tx,
  ticketId: string,
  amountCents: number | null,
): Promise<TicketMoney> {
  const rows = await db
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      kind: payments.kind,
      amountCents: payments.amountCents,
      method: payments.method,
      employeeName: users.name,
      createdAt: payments.createdAt,
    })
    .from(payments)
    .leftJoin(users, eq(users.id, payments.employeeId))
    .where(eq(payments.ticketId, ticketId))
    .orderBy(asc(payments.createdAt), asc(payments.receiptNumber));
  let paidCents = 0;
  let writtenOffCents = 0;
  for (const p of rows) {
    if (p.kind === "payment") paidCents += p.amountCents;
    else writtenOffCents += p.amountCents;
  }
  return {
    amountCents,
    paidCents,
    writtenOffCents,
    balanceCents: openBalance(amountCents, paidCents, writtenOffCents),
    payments: rows.map((p) => ({
      ...p,
      method: p.method as PaymentMethod | null,
      createdAt: p.createdAt.toISOString(),
    })),
  };
}

export type Receipt = {
  receiptNumber: number;
  amountCents: number;
  method: PaymentMethod | null;
  employeeName: string | null;
  createdAt: Date;
  ticket: { number: number; title: string };
  customerName: string;
};

const creator = alias(users, "creator");
const employee = alias(users, "employee");

/**
 * A payment's receipt for staff who may see its ticket and for the customer who created it; null
 * for an unknown ticket or receipt, a receipt of another ticket, another customer's ticket, and
 * write-offs (nothing was received, so there is no receipt).
 */
export async function getReceipt(
  { actor, db }: Ctx,
  ticketNumber: number,
  receiptNumber: number,
): Promise<Receipt | null> {
  const draft = systemStatus(await readTicketStatuses(db), "draft");
  const [row] = await db
    .select({
      receiptNumber: payments.receiptNumber,
      amountCents: payments.amountCents,
      method: payments.method,
      employeeName: employee.name,
      createdAt: payments.createdAt,
      number: tickets.number,
      title: tickets.title,
      customerName: creator.name,
    })
    .from(payments)
    .innerJoin(tickets, eq(tickets.id, payments.ticketId))
    .innerJoin(creator, eq(creator.id, tickets.creatorId))
    .leftJoin(employee, eq(employee.id, payments.employeeId))
    .where(
      and(
        eq(payments.receiptNumber, receiptNumber),
        eq(payments.kind, "payment"),
        eq(tickets.number, ticketNumber),
        visibleTicketsWhere(actor, draft.id),
        actor.role === "code_user" ? eq(tickets.creatorId, actor.id) : undefined,
      ),
    )
    .limit(1);
  if (!row) return null;
  return {
    receiptNumber: row.receiptNumber,
    amountCents: row.amountCents,
    method: row.method as PaymentMethod | null,
    employeeName: row.employeeName,
    createdAt: row.createdAt,
    ticket: { number: row.number, title: row.title },
    customerName: row.customerName,
  };
}

/** "R-12" or "12" → 12; null for anything else. */
export function parseReceiptNumber(raw: string): number | null {
  const match = /^(?:R-?)?(\d{1,9})$/i.exec(raw.trim());
  if (!match) return null;
  const n = Number(match[1]);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}
