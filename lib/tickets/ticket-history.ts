import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { statuses, ticketEvents, users } from "@/db/schema";
import { formatMoney } from "../money";
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from "../workflow/status-actions";
import { CATEGORY_LABELS, customerLabel, type TicketCategory } from "../workflow/ticket-categories";
import type { HistoryItem } from "./types";

const subject = alias(users, "subject");

/** The ticket's timeline. Customers get status steps only: no offers, no custom status names. */
export async function loadTicketHistory(db: Db, ticketId: string, audience: "staff" | "customer") {
  const rows = await db
    .select({
      id: ticketEvents.id,
      type: ticketEvents.type,
      actorId: ticketEvents.actorId,
      at: ticketEvents.createdAt,
      actorName: users.name,
      toName: statuses.name,
      fromCategory: ticketEvents.fromCategory,
      toCategory: ticketEvents.toCategory,
      data: ticketEvents.data,
    })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorId))
    .leftJoin(statuses, eq(statuses.id, ticketEvents.toStatusId))
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id));
  const userIds = [
    ...new Set(rows.map((r) => r.data.userId).filter((v): v is string => typeof v === "string")),
  ];
  const names = new Map<string, string>();
  if (userIds.length > 0 && audience === "staff") {
    const rows = await db
      .select({ id: subject.id, name: subject.name })
      .from(subject)
      .where(inArray(subject.id, userIds));
    for (const u of rows) names.set(u.id, u.name);
  }
  const items: HistoryItem[] = [];
  let cancelledFrom: (typeof rows)[number]["fromCategory"] = null;
  for (const row of rows) {
    if (row.type === "status_changed" && row.toCategory === "cancelled") cancelledFrom = row.fromCategory;
    const text = eventText(row, audience, names.get(String(row.data.userId)) ?? "an employee");
    if (text) items.push({ id: row.id, at: row.at.toISOString(), text });
  }
  return { items, cancelledFrom };
}

type EventRow = {
  type: string;
  actorId: string | null;
  actorName: string | null;
  toName: string | null;
  fromCategory: TicketCategory | null;
  toCategory: TicketCategory | null;
  data: Record<string, unknown>;
};

/** One line of the timeline, or null when this audience does not see the event. */
function eventText(row: EventRow, audience: "staff" | "customer", who: string): string | null {
  const staff = audience === "staff";
  const by = row.actorName ? ` by ${row.actorName}` : " automatically";
  switch (row.type) {
    case "created":
      return staff ? `Ticket created${by}` : "Ticket created";
    case "status_changed": {
      if (staff) return `Status changed to ${row.toName}${by}`;
      const from = row.fromCategory ? customerLabel(row.fromCategory) : null;
      const to = row.toCategory ? customerLabel(row.toCategory) : null;
      return to && to !== from ? `Status changed to ${to}` : null;
    }
    case "status_recategorized": {
      const from = row.fromCategory;
      const to = row.toCategory;
      if (!from || !to) return null;
      if (staff) {
        return `Status "${String(row.data.statusName)}" moved from ${CATEGORY_LABELS[from]} to ${CATEGORY_LABELS[to]}${by}`;
      }
      return customerLabel(to) !== customerLabel(from) ? `Status changed to ${customerLabel(to)}` : null;
    }
    case "rated":
      return `Rated ${row.data.stars} of 5${staff ? by : ""}`;
    case "assignee_added":
      if (!staff) return null;
      return row.actorId === row.data.userId ? `${who} assigned (took the offer)` : `${who} assigned${by}`;
    case "assignee_removed":
      return staff ? `${who} unassigned${by}` : null;
    case "offer_created":
      return staff ? `Offer sent to ${who}` : null;
    case "offer_accepted":
      return staff ? `Offer accepted${by}` : null;
    case "offer_declined":
      return staff ? `Offer declined${by}` : null;
    case "offer_withdrawn":
      return staff ? `Offer to ${who} withdrawn` : null;
    case "payment_recorded":
      return staff
        ? `Payment of ${formatMoney(Number(row.data.amountCents))} (${PAYMENT_METHOD_LABELS[row.data.method as PaymentMethod] ?? row.data.method}) recorded${by}`
        : null;
    case "amount_changed":
      return staff
        ? row.data.to === null
          ? `Amount cleared${by}`
          : `Amount set to ${formatMoney(Number(row.data.to))}${by}`
        : null;
    case "pay_calculated":
      return staff
        ? `Pay calculated for ${row.data.employees} employee(s): ${formatMoney(Number(row.data.totalCents))}`
        : null;
    case "pay_reversed":
      return staff ? `Pay reversed after reopening: ${formatMoney(Number(row.data.totalCents))}` : null;
    case "balance_written_off":
      return staff ? `Open balance of ${formatMoney(Number(row.data.amountCents))} written off${by}` : null;
    default:
      return null;
  }
}
