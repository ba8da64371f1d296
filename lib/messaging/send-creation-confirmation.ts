import { eq } from "drizzle-orm";
import { tickets, users } from "@/db/schema";
import { env } from "../env";
import type { OutboxHandler } from "../outbox/types";
import { emailOnce, markUndelivered } from "./deliver-once";
import { defaultMailer, type Mailer } from "./mailer";

export type CreationConfirmationDeps = { mailer: () => Mailer; appUrl: () => string };

const defaults: CreationConfirmationDeps = {
  mailer: () => defaultMailer(env),
  appUrl: () => env().APP_URL,
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
      const [ticket] = await db
        .select({
          number: tickets.number,
          title: tickets.title,
          visibility: tickets.visibility,
          role: users.role,
          name: users.name,
          email: users.email,
        })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.creatorId))
        .where(eq(tickets.id, payload.ticketId))
        .limit(1);
      if (!ticket) throw new Error(`Ticket ${payload.ticketId} of a creation confirmation was not found.`);
      if (ticket.role !== "code_user" || ticket.visibility !== "public") return;
      const ref = `T-${ticket.number}`;
      const link = `${appUrl().replace(/\/+$/, "")}/portal/tickets/${ticket.number}`;
      await emailOnce(db, getMailer(), appUrl(), {
        idempotencyKey: `${row.idempotencyKey}:email`,
        ticketId: payload.ticketId,
        recipient: ticket.email,
        subject: `We received your ticket ${ref}`,
        body: [
          `Hello ${ticket.name},`,
          "",
          `thank you for contacting us. We have received your ticket ${ref} "${ticket.title}" and will get back to you soon.`,
          "",
          `Follow it and answer us here: ${link}`,
        ].join("\n"),
      });
    },
    giveUp: (db, row, reason) => markUndelivered(db, `${row.idempotencyKey}:email`, reason),
  };
}

export const sendCreationConfirmation = createSendCreationConfirmation();
