import { and, desc, eq, lt } from "drizzle-orm";
import { type MESSAGE_STATES, outboundMessages, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { env } from "../env";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { describeMailSetup, type MailSetup } from "./mailer";
import { describeSmsSetup, type SmsSetup } from "./sms-provider";

export const MESSAGES_PAGE_SIZE = 50;

export type OutboundMessageItem = {
  id: number;
  createdAt: Date;
  sentAt: Date | null;
  recipient: string;
  subject: string | null;
  body: string;
  provider: string;
  state: (typeof MESSAGE_STATES)[number];
  error: string | null;
  ticketNumber: number | null;
};

export type OutboundMessagePage = { items: OutboundMessageItem[]; olderThan: number | null };

/**
 * The latest e-mails or SMS, newest first, a keyset page at a time (`before`: an id from the
 * previous page). Admins only: the local mailbox and SMS log hold every customer's messages.
 */
export async function listOutboundMessages(
  { actor, db }: Ctx,
  input: { channel: "email" | "sms"; before?: number | null },
): Promise<OutboundMessagePage> {
  if (actor.role !== "admin") throw forbidden(msg("errors.settings.onlyAdminsMessages"));
  const before = input.before && Number.isSafeInteger(input.before) && input.before > 0 ? input.before : null;
  const rows = await db
    .select({
      id: outboundMessages.id,
      createdAt: outboundMessages.createdAt,
      sentAt: outboundMessages.sentAt,
      recipient: outboundMessages.recipient,
      subject: outboundMessages.subject,
      body: outboundMessages.body,
      provider: outboundMessages.provider,
      state: outboundMessages.state,
      error: outboundMessages.error,
      ticketNumber: tickets.number,
    })
    .from(outboundMessages)
    .leftJoin(tickets, eq(tickets.id, outboundMessages.ticketId))
    .where(
      and(
        eq(outboundMessages.channel, input.channel),
        before === null ? undefined : lt(outboundMessages.id, before),
      ),
    )
    .orderBy(desc(outboundMessages.id))
    .limit(MESSAGES_PAGE_SIZE + 1);
  const items = rows.slice(0, MESSAGES_PAGE_SIZE);
  return {
    items,
    olderThan: rows.length > MESSAGES_PAGE_SIZE ? (items.at(-1)?.id ?? null) : null,
  };
}

/** How e-mail and SMS leave the system, for the settings pages; never any credential. */
export function getMessagingSetup({ actor }: Pick<Ctx, "actor">): { mail: MailSetup; sms: SmsSetup } {
  if (actor.role !== "admin") throw forbidden(msg("errors.settings.onlyAdminsMessaging"));
  const config = env();
  return { mail: describeMailSetup(config), sms: describeSmsSetup(config) };
}
