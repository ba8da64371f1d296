import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { payEntries, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { STAFF_ROLES } from "../workflow/roles";
import type { PayMonthRange } from "./month";
import type { PayRate } from "./pay-rate";

export type PayEntryItem = {
  id: number;
  ticketNumber: number;
  ticketTitle: string;
  kind: "calculation" | "reversal";
  amountCents: number;
  createdAt: Date;
};

export type EmployeePay = {
  userId: string;
  name: string;
  email: string;
  /** Tickets with an entry this month. */
  tickets: number;
  calculatedCents: number;
  /** Reversals are negative: this is their (negative) sum. */
  reversedCents: number;
  totalCents: number;
  entries: PayEntryItem[];
};

export type PayMonth = {
  month: string;
  employees: EmployeePay[];
  totals: { calculatedCents: number; reversedCents: number; totalCents: number };
};

/** Admins: each employee's pay entries created in the month, with their sums (Settings → Pay). */
export async function getPayMonth({ actor, db }: Ctx, range: PayMonthRange): Promise<PayMonth> {
  if (actor.role !== "admin") throw forbidden(msg("errors.pay.onlyAdmins"));
  const rows = await db
    .select({
      id: payEntries.id,
      userId: payEntries.userId,
      name: users.name,
      email: users.email,
      ticketId: payEntries.ticketId,
      ticketNumber: tickets.number,
      ticketTitle: tickets.title,
      kind: payEntries.kind,
      amountCents: payEntries.amountCents,
      createdAt: payEntries.createdAt,
    })
    .from(payEntries)
    .innerJoin(users, eq(users.id, payEntries.userId))
    .innerJoin(tickets, eq(tickets.id, payEntries.ticketId))
    .where(and(gte(payEntries.createdAt, range.start), lt(payEntries.createdAt, range.end)))
    .orderBy(asc(users.name), asc(users.id), asc(payEntries.createdAt), asc(payEntries.id));
  const byUser = new Map<string, EmployeePay & { ticketIds: Set<string> }>();
  for (const row of rows) {
    let pay = byUser.get(row.userId);
    if (!pay) {
      pay = {
        userId: row.userId,
        name: row.name,
        email: row.email,
        tickets: 0,
        calculatedCents: 0,
        reversedCents: 0,
        totalCents: 0,
        entries: [],
        ticketIds: new Set(),
      };
      byUser.set(row.userId, pay);
    }
    pay.ticketIds.add(row.ticketId);
    if (row.kind === "calculation") pay.calculatedCents += row.amountCents;
    else pay.reversedCents += row.amountCents;
    pay.totalCents += row.amountCents;
    pay.entries.push({
      id: row.id,
      ticketNumber: row.ticketNumber,
      ticketTitle: row.ticketTitle,
      kind: row.kind,
      amountCents: row.amountCents,
      createdAt: row.createdAt,
    });
  }
  const employees = [...byUser.values()].map(({ ticketIds, ...pay }) => ({
    ...pay,
    tickets: ticketIds.size,
  }));
  const sum = (pick: (p: EmployeePay) => number) => employees.reduce((total, p) => total + pick(p), 0);
  return {
    month: range.month,
    employees,
    totals: {
      calculatedCents: sum((p) => p.calculatedCents),
      reversedCents: sum((p) => p.reversedCents),
      totalCents: sum((p) => p.totalCents),
    },
  };
}

/** Admins: the pay rate of every employee (customers have none), for Settings → Users. */
export async function listPayRates({ actor, db }: Ctx): Promise<Map<string, PayRate | null>> {
  if (actor.role !== "admin") throw forbidden(msg("errors.pay.onlyAdminsRates"));
  const rows = await db
    .select({ id: users.id, kind: users.payRateKind, value: users.payRateValue })
    .from(users)
    .where(inArray(users.role, [...STAFF_ROLES]));
  return new Map(
    rows.map((r) => [r.id, r.kind && r.value !== null ? { kind: r.kind, value: Number(r.value) } : null]),
  );
}
