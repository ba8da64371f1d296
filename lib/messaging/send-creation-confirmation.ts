import { appUrl, env } from "../env";
import { translator } from "../i18n/translate";
import type { OutboxHandler } from "../outbox/types";
import { emailOnce, markUndelivered, UNSUBSCRIBED } from "./deliver-once";
import { defaultMailer, type Mailer } from "./mailer";
import { loadTicketCustomer, portalLink } from "./status-message";

export type CreationConfirmationDeps = { mailer: () => Mailer; appUrl: () => string };

const defaults: CreationConfirmationDeps = {
  mailer: () => defaultMailer(env),
  appUrl,
};

type CreatedPayload = { ticketId: string; eventId: number };

/**
 * "Ticket created → creator (confirmation e-mail)" (workflow.md 6): a customer who opens a ticket
 * is told by e-mail that it arrived, with its number and a link, once. Employees who create a
 * ticket are not mailed about their own action.
 */
export function createSendCreationConfirmation(deps: Partial<CreationConfirmationDeps> = {}): OutboxHandler {
  const { mailer: getMailer, appUrl } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const payload = row.payload as CreatedPayload;
      const ticket = await loadTicketCustomer(db, payload.ticketId);
      if (!ticket) return; // an employee's own ticket: nobody to confirm it to
      if (!ticket.emailNotifications) {
        // They unsubscribed (the bell still tells them); an earlier failed attempt must not stay pending.
        return markUndelivered(db, `${row.idempotencyKey}:email`, UNSUBSCRIBED);
      }
      const t = translator(ticket.locale);
      const values = {
        number: `T-${ticket.number}`,
        title: ticket.title,
        name: ticket.name,
        link: portalLink(appUrl(), ticket.number),
      };
      await emailOnce(db, getMailer(), appUrl(), {
        idempotencyKey: `${row.idempotencyKey}:email`,
        ticketId: payload.ticketId,
        recipient: ticket.email,
        subject: t.t("messaging.created.subject", values),
        body: t.t("messaging.created.body", values),
        unsubscribe: { userId: ticket.userId, locale: ticket.locale },
      });
    },
    giveUp: (db, row, reason) => markUndelivered(db, `${row.idempotencyKey}:email`, reason),
  };
}

export const sendCreationConfirmation = createSendCreationConfirmation();
