import { appUrl, env } from "../env";
import type { OutboxHandler } from "../outbox/types";
import { renderTemplate } from "../workflow/status-actions";
import { emailOnce, markUndelivered, UNSUBSCRIBED } from "./deliver-once";
import { defaultMailer, type Mailer } from "./mailer";
import { loadStatusMessageContext, type StatusActionPayload } from "./status-message";

export type StatusEmailDeps = { mailer: () => Mailer; appUrl: () => string };

const defaults: StatusEmailDeps = {
  mailer: () => defaultMailer(env),
  appUrl,
};

/**
 * The "E-mail the customer" action of a status (workflow.md 2.5): renders the status' template for
 * the ticket's customer and sends it once per entry into the status. Tests pass their own mailer.
 */
export function createSendStatusEmail(deps: Partial<StatusEmailDeps> = {}): OutboxHandler {
  const { mailer: getMailer, appUrl } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const payload = row.payload as StatusActionPayload;
      if (payload.action.type !== "email_customer") return;
      const context = await loadStatusMessageContext(db, payload, appUrl());
      if (!context) return; // internal ticket, or not a customer's: customers are never told
      if (!context.customer.emailNotifications) {
        // They unsubscribed; an earlier failed attempt must not stay "pending" in the mailbox.
        return markUndelivered(db, `${row.idempotencyKey}:email`, UNSUBSCRIBED);
      }
      await emailOnce(db, getMailer(), appUrl(), {
        idempotencyKey: `${row.idempotencyKey}:email`,
        ticketId: payload.ticketId,
        recipient: context.customer.email,
        // One line: a subject template with a line break must not become a broken header.
        subject: renderTemplate(payload.action.subject, context.values).replace(/\s+/g, " ").trim(),
        body: renderTemplate(payload.action.body, context.values),
        unsubscribe: { userId: context.customer.userId, locale: context.customer.locale },
      });
    },
    giveUp: (db, row, reason) => markUndelivered(db, `${row.idempotencyKey}:email`, reason),
  };
}

export const sendStatusEmail = createSendStatusEmail();
