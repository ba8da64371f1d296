import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statuses, tickets, users } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { StatusAction, TemplatePlaceholder } from "../workflow/status-actions";
import { customerLabel, stepMsg, ticketCategory } from "../workflow/ticket-categories";

/** The payload of a `status_action.*` outbox row (written by applyTicketEvents). */
export type StatusActionPayload = {
  ticketId: string;
  number: number;
  actorId: string | null;
  visibility: "internal" | "public";
  creatorId: string;
  eventId: number;
  status: { id: string; name: string };
  action: StatusAction;
};

export type StatusMessageContext = {
  customer: {
    userId: string;
    name: string;
    email: string;
    phone: string | null;
    locale: Locale;
    emailNotifications: boolean;
  };
  values: Record<TemplatePlaceholder, string>;
};

export type TicketCustomer = {
  userId: string;
  number: number;
  title: string;
  name: string;
  email: string;
  phone: string | null;
  /** The language the customer reads: the one they picked, else their browser's at the last sign-in. */
  locale: Locale;
  /** Whether they still want e-mails about their tickets (the profile's switch, or "Unsubscribe"). */
  emailNotifications: boolean;
};

/**
 * The customer a ticket's messages go to, or null when nobody may be messaged: internal tickets
 * and tickets an employee created. Read when the message is sent, so a ticket made internal
 * since is never mentioned.
 */
export async function loadTicketCustomer(db: Db, ticketId: string): Promise<TicketCustomer | null> {
  const [row] = await db
    .select({
      number: tickets.number,
      title: tickets.title,
      visibility: tickets.visibility,
      role: users.role,
      userId: users.id,
      emailNotifications: users.emailNotifications,
      name: users.name,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      lastLocale: users.lastLocale,
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.creatorId))
    .where(eq(tickets.id, ticketId))
    .limit(1);
  if (!row) throw new Error(`Ticket ${ticketId} of a customer message was not found.`);
  if (row.visibility !== "public" || row.role !== "code_user") return null;
  const { number, title, name, email, phone, userId, emailNotifications } = row;
  return {
    userId,
    emailNotifications,
    number,
    title,
    name,
    email,
    phone: phone?.trim() || null,
    locale: row.locale ?? row.lastLocale ?? DEFAULT_LOCALE,
  };
}

/** The ticket's page in the customer portal, for links in messages. */
export function portalLink(appUrl: string, number: number): string {
  return `${appUrl.replace(/\/+$/, "")}/portal/tickets/${number}`;
}

/**
 * Who receives a status action's message, and the template's values. Null when the customer must
 * not be messaged (see loadTicketCustomer). The status shown is the customer's step
 * ("In Progress"), never the employees' custom name.
 */
export async function loadStatusMessageContext(
  db: Db,
  payload: StatusActionPayload,
  appUrl: string,
): Promise<StatusMessageContext | null> {
  if (payload.visibility !== "public") return null;
  const row = await loadTicketCustomer(db, payload.ticketId);
  if (!row) return null;
  const [status] = await db
    .select({ category: statuses.category })
    .from(statuses)
    .where(eq(statuses.id, payload.status.id))
    .limit(1);
  if (!status) throw new Error(`Status ${payload.status.id} of a status action was not found.`);
  return {
    customer: {
      userId: row.userId,
      name: row.name,
      email: row.email,
      phone: row.phone,
      locale: row.locale,
      emailNotifications: row.emailNotifications,
    },
    values: {
      number: `T-${row.number}`,
      title: row.title,
      status: translator(row.locale).msg(stepMsg(customerLabel(ticketCategory(status.category)))),
      customer: row.name,
      link: portalLink(appUrl, row.number),
    },
  };
}
