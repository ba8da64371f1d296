import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications, statuses, ticketAssignees, ticketOffers, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { type Msg, msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { loadDonePolicy } from "../settings/done-policy";
import { readTicketStatuses } from "../statuses/load-statuses";
import { statusName } from "../statuses/localize-statuses";
import { visibleTicketsWhere } from "../tickets/ticket-access";
import type { DonePolicyMode } from "../workflow/done-policy";
import {
  customerLabel,
  type OfferState,
  stepMsg,
  type TicketCategory,
  ticketCategory,
} from "../workflow/ticket-categories";
import { systemStatus } from "../workflow/ticket-engine";
import type { NotificationKind } from "./plan-ticket-notifications";
import { loadSessionEntries } from "./session-entries";
import { loadTaskEntries } from "./task-entries";

/** An entry that no longer asks anything of its reader is done or withdrawn; the bell says so. */
export const ENTRY_STATES = ["active", "done", "withdrawn"] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

export type NotificationItem = {
  id: number;
  text: string;
  link: string;
  read: boolean;
  at: string;
  /** Changes grouped into this entry. */
  count: number;
  state: EntryState;
  /** The customer is asked to answer. */
  needsAnswer: boolean;
};
export type NotificationsView = { unread: number; items: NotificationItem[] };

const UNREAD_CAP = 99;
const LATEST = 20;

type EntryRow = {
  id: number;
  kind: string;
  data: Record<string, unknown>;
  number: number;
  title: string;
  category: TicketCategory;
  statusName: string;
  statusSystemKey: string | null;
  myOffer: OfferState | null;
  assigned: boolean;
};

/**
 * The actor's latest entries, one per ticket, worded from each ticket's current state in the
 * actor's language, and the unread count (bounded: the bell shows "99+" past that). Entries of
 * tickets the actor may no longer see are left out of both.
 */
export async function listMyNotifications(ctx: Ctx): Promise<NotificationsView> {
  const { actor, db } = ctx;
  const draft = systemStatus(await readTicketStatuses(db), "draft");
  const visible = and(eq(notifications.userId, actor.id), visibleTicketsWhere(actor, draft.id));
  const [rows, [unread], policy, taskEntries, sessionEntries] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        data: notifications.data,
        eventCount: notifications.eventCount,
        readAt: notifications.readAt,
        updatedAt: notifications.updatedAt,
        number: tickets.number,
        title: tickets.title,
        category: statuses.category,
        statusName: statuses.name,
        statusSystemKey: statuses.systemKey,
        myOffer: ticketOffers.state,
        assigned: sql<boolean>`${ticketAssignees.userId} is not null`,
      })
      .from(notifications)
      .innerJoin(tickets, eq(tickets.id, notifications.subjectId))
      .innerJoin(statuses, eq(statuses.id, tickets.statusId))
      .leftJoin(ticketOffers, and(eq(ticketOffers.ticketId, tickets.id), eq(ticketOffers.userId, actor.id)))
      .leftJoin(
        ticketAssignees,
        and(eq(ticketAssignees.ticketId, tickets.id), eq(ticketAssignees.userId, actor.id)),
      )
      .where(visible)
      .orderBy(desc(notifications.updatedAt), desc(notifications.id))
      .limit(LATEST),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ id: notifications.id })
        .from(notifications)
        .innerJoin(tickets, eq(tickets.id, notifications.subjectId))
        .where(and(visible, isNull(notifications.readAt)))
        .limit(UNREAD_CAP + 1)
        .as("unread"),
    ),
    actor.role === "code_user" ? loadDonePolicy(db) : null,
    loadTaskEntries(ctx, LATEST, UNREAD_CAP),
    loadSessionEntries(ctx, LATEST, UNREAD_CAP),
  ]);
  const t = translator(actor.locale);
  const ticketItems = rows.map((stored): NotificationItem => {
    const row = { ...stored, category: ticketCategory(stored.category) };
    const entry =
      actor.role === "code_user" ? customerEntry(row, policy?.mode ?? "rating") : staffEntry(row, t);
    return {
      id: row.id,
      text: t.msg(entry.text),
      link: actor.role === "code_user" ? `/portal/tickets/${row.number}` : `/tickets/${row.number}`,
      read: row.readAt !== null,
      at: row.updatedAt.toISOString(),
      count: row.eventCount,
      state: entry.state,
      needsAnswer: entry.needsAnswer,
    };
  });
  const items = [...ticketItems, ...taskEntries.items, ...sessionEntries.items].sort((a, b) =>
    a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id,
  );
  return {
    unread: Math.min((unread?.n ?? 0) + taskEntries.unread + sessionEntries.unread, UNREAD_CAP + 1),
    items: items.slice(0, LATEST),
  };
}

type Entry = { text: Msg; state: EntryState; needsAnswer: boolean };

function ticketState(category: TicketCategory): EntryState {
  if (category === "cancelled") return "withdrawn";
  return category === "closed" || category === "closed_unsuccessful" ? "done" : "active";
}

function staffEntry(row: EntryRow, t: ReturnType<typeof translator>): Entry {
  const ref = { number: row.number, title: row.title };
  const kind = row.kind as NotificationKind;
  const general = ticketState(row.category);
  const entry = (key: Parameters<typeof msg>[0], state = general, values = {}): Entry => ({
    text: msg(key, { ...ref, ...values }),
    state,
    needsAnswer: false,
  });
  switch (kind) {
    case "offer":
      if (row.myOffer === "accepted") return entry("notifications.staff.offer", "done");
      return entry(
        "notifications.staff.offer",
        row.myOffer === "pending" && general === "active" ? "active" : "withdrawn",
      );
    case "assigned":
      return entry("notifications.staff.assigned", row.assigned ? general : "withdrawn");
    case "rated":
      return Number.isInteger(row.data.stars)
        ? entry("notifications.staff.rated", general, { stars: Number(row.data.stars) })
        : entry("notifications.staff.status", general, {
            status: statusName({ name: row.statusName, systemKey: row.statusSystemKey }, t),
          });
    case "reopened":
      return entry("notifications.staff.reopened");
    case "confirmed":
      return entry("notifications.staff.confirmed");
    case "message":
      return entry("notifications.staff.message");
    default:
      // "status" and anything an older version wrote: the ticket's status now.
      return entry("notifications.staff.status", general, {
        status: statusName({ name: row.statusName, systemKey: row.statusSystemKey }, t),
      });
  }
}

/** A customer's entry always tells where their ticket stands now, and what they can do. */
function customerEntry(row: EntryRow, mode: DonePolicyMode): Entry {
  const ref = { number: row.number, title: row.title };
  const state = ticketState(row.category);
  const entry = (key: Parameters<typeof msg>[0], needsAnswer = false): Entry => ({
    text: msg(key, ref),
    state,
    needsAnswer,
  });
  if (row.kind === "message" && row.category !== "waiting_customer") {
    return entry("notifications.customer.message");
  }
  switch (row.category) {
    case "waiting_customer":
      return entry("notifications.customer.waiting", true);
    case "done":
      return entry(
        mode === "confirmation" ? "notifications.customer.doneConfirm" : "notifications.customer.doneRate",
      );
    case "open":
      if (row.kind === "created") return entry("notifications.customer.created");
      break;
    case "assigned":
      if (row.kind === "reopened") return entry("notifications.customer.reopened");
      break;
    default:
      break;
  }
  return {
    text: msg("notifications.customer.status", { ...ref, step: stepMsg(customerLabel(row.category)) }),
    state,
    needsAnswer: false,
  };
}
