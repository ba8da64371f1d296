import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { statuses, ticketEvents, ticketUpdates, users } from "@/db/schema";
import { attachmentsOf } from "../attachments/queries";
import { parseMessage } from "../conversation/message-markdown";
import { msg } from "../i18n/msg";
import type { Translator } from "../i18n/translate";
import { statusName } from "../statuses/localize-statuses";
import { PAYMENT_METHODS, type PaymentMethod } from "../workflow/status-actions";
import { categoryMsg, customerLabel, stepMsg, type TicketCategory } from "../workflow/ticket-categories";
import type { HistoryItem } from "./types";

const subject = alias(users, "subject");

/** The ticket's timeline. Customers get status steps only: no offers, no custom status names. */
export async function loadTicketHistory(
  db: Db,
  ticketId: string,
  audience: "staff" | "customer",
  t: Translator,
) {
  const rows = await db
    .select({
      id: ticketEvents.id,
      type: ticketEvents.type,
      actorId: ticketEvents.actorId,
      at: ticketEvents.createdAt,
      actorName: users.name,
      toName: statuses.name,
      toSystemKey: statuses.systemKey,
      fromCategory: ticketEvents.fromCategory,
      toCategory: ticketEvents.toCategory,
      data: ticketEvents.data,
      updateBody: ticketUpdates.body,
      updateVisibility: ticketUpdates.visibility,
    })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorId))
    .leftJoin(statuses, eq(statuses.id, ticketEvents.toStatusId))
    .leftJoin(
      ticketUpdates,
      sql`${ticketEvents.type} = 'update_added' and ${ticketUpdates.id} = (${ticketEvents.data}->>'updateId')::uuid`,
    )
    // Messages are the messenger's; the partial index leaves their events out. Internal updates
    // are left out for customers here, in the query: their words never leave the database.
    .where(
      and(
        eq(ticketEvents.ticketId, ticketId),
        sql`${ticketEvents.type} <> 'message_posted'`,
        audience === "customer" ? sql`${ticketUpdates.visibility} is distinct from 'internal'` : undefined,
        audience === "customer"
          ? sql`not (${ticketEvents.type} = 'update_added' and ${ticketUpdates.id} is null)`
          : undefined,
      ),
    )
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
    const who = names.get(String(row.data.userId)) ?? t.t("tickets.history.anEmployee");
    const localized =
      row.toName === null
        ? row
        : { ...row, toName: statusName({ name: row.toName, systemKey: row.toSystemKey }, t) };
    if (row.type === "update_added") {
      if (row.updateBody === null || row.updateVisibility === null) continue;
      items.push({
        id: row.id,
        at: row.at.toISOString(),
        text: t.t("tickets.history.update", { name: row.actorName ?? t.t("tickets.history.anEmployee") }),
        update: {
          paragraphs: parseMessage(row.updateBody),
          internal: row.updateVisibility === "internal",
          attachments: [],
        },
      });
      continue;
    }
    const text = eventText(localized, audience, who, t);
    if (text) items.push({ id: row.id, at: row.at.toISOString(), text });
  }
  // Only the updates this reader has in the list: an internal one's files never load for a customer.
  const updateIds = rows
    .filter((r) => r.type === "update_added" && r.updateBody !== null)
    .map((r) => String(r.data.updateId));
  const files = await attachmentsOf(db, { updateIds });
  const updateOf = new Map(rows.map((r) => [r.id, r.data.updateId]));
  for (const item of items) {
    const id = updateOf.get(item.id);
    if (item.update && typeof id === "string") item.update.attachments = files.get(id) ?? [];
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
function eventText(row: EventRow, audience: "staff" | "customer", who: string, t: Translator): string | null {
  const staff = audience === "staff";
  const by = row.actorName
    ? msg("tickets.history.by", { name: row.actorName })
    : msg("tickets.history.automatically");
  const amount = (cents: unknown) => t.money(Number(cents));
  switch (row.type) {
    case "created":
      return staff ? t.msg(msg("tickets.history.createdBy", { by })) : t.t("tickets.history.created");
    case "status_changed": {
      if (staff) return t.msg(msg("tickets.history.statusChangedBy", { status: row.toName ?? "", by }));
      const from = row.fromCategory ? customerLabel(row.fromCategory) : null;
      const to = row.toCategory ? customerLabel(row.toCategory) : null;
      return to && to !== from ? t.msg(msg("tickets.history.statusChanged", { status: stepMsg(to) })) : null;
    }
    case "status_recategorized": {
      const from = row.fromCategory;
      const to = row.toCategory;
      if (!from || !to) return null;
      if (staff) {
        return t.msg(
          msg("tickets.history.statusRecategorized", {
            status: String(row.data.statusName),
            from: categoryMsg(from),
            to: categoryMsg(to),
            by,
          }),
        );
      }
      return customerLabel(to) !== customerLabel(from)
        ? t.msg(msg("tickets.history.statusChanged", { status: stepMsg(customerLabel(to)) }))
        : null;
    }
    case "rated":
      return staff
        ? t.msg(msg("tickets.history.ratedBy", { stars: Number(row.data.stars), by }))
        : t.t("tickets.history.rated", { stars: Number(row.data.stars) });
    case "assignee_added":
      if (!staff) return null;
      return row.actorId === row.data.userId
        ? t.t("tickets.history.tookOffer", { name: who })
        : t.msg(msg("tickets.history.assigned", { name: who, by }));
    case "assignee_removed":
      return staff ? t.msg(msg("tickets.history.unassigned", { name: who, by })) : null;
    case "offer_created":
      return staff ? t.t("tickets.history.offerSent", { name: who }) : null;
    case "offer_accepted":
      return staff ? t.msg(msg("tickets.history.offerAccepted", { by })) : null;
    case "offer_declined":
      return staff ? t.msg(msg("tickets.history.offerDeclined", { by })) : null;
    case "offer_withdrawn":
      return staff ? t.t("tickets.history.offerWithdrawn", { name: who }) : null;
    case "payment_recorded": {
      if (!staff) return null;
      const method = row.data.method;
      const methodText = isPaymentMethod(method) ? t.t(`workflow.paymentMethods.${method}`) : String(method);
      return t.msg(
        msg("tickets.history.paymentRecorded", {
          amount: amount(row.data.amountCents),
          method: methodText,
          by,
        }),
      );
    }
    case "amount_changed":
      if (!staff) return null;
      return row.data.to === null
        ? t.msg(msg("tickets.history.amountCleared", { by }))
        : t.msg(msg("tickets.history.amountSet", { amount: amount(row.data.to), by }));
    case "pay_calculated":
      return staff
        ? t.t("tickets.history.payCalculated", {
            count: Number(row.data.employees),
            amount: amount(row.data.totalCents),
          })
        : null;
    case "pay_reversed":
      return staff ? t.t("tickets.history.payReversed", { amount: amount(row.data.totalCents) }) : null;
    case "balance_written_off":
      return staff
        ? t.msg(msg("tickets.history.balanceWrittenOff", { amount: amount(row.data.amountCents), by }))
        : null;
    default:
      return null;
  }
}

const isPaymentMethod = (value: unknown): value is PaymentMethod =>
  typeof value === "string" && (PAYMENT_METHODS as readonly string[]).includes(value);
