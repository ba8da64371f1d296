import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboundMessages } from "@/db/schema";
import { authSecret } from "../env";
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { composeEmail, type EmailFooter } from "./compose-email";
import { type Mailer, messageIdFor } from "./mailer";
import { oneClickUnsubscribeUrl, unsubscribeUrl } from "./unsubscribe-token";

export type OutboundMessage = typeof outboundMessages.$inferSelect;

export type MessageDraft = {
  channel: "email" | "sms";
  idempotencyKey: string;
  ticketId: string | null;
  recipient: string;
  subject: string | null;
  body: string;
  provider: string;
};

const errorText = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 1000);

/**
 * Sends a message at most once per idempotency key, outside any transaction:
 * (a) record it as pending (or find the record of an earlier attempt), (b) stop unless it is still
 * pending, (c) claim it as "sending" in its own statement, (d) send what the record says, (e) mark
 * it sent. A send that fails returns it to pending for the outbox to retry; a crash between (c)
 * and (e) leaves it "sending", which nothing sends again (sweepInterruptedSends reports it).
 * A local provider's record is the delivery itself, so it is written as sent at once.
 */
export async function deliverOnce(
  db: Db,
  draft: MessageDraft,
  send: (message: OutboundMessage) => Promise<void>,
  options: { local: boolean },
): Promise<OutboundMessage> {
  await db
    .insert(outboundMessages)
    .values(options.local ? { ...draft, state: "sent", sentAt: sql`now()` } : { ...draft, state: "pending" })
    .onConflictDoNothing({ target: outboundMessages.idempotencyKey });
  const [record] = await db
    .select()
    .from(outboundMessages)
    .where(eq(outboundMessages.idempotencyKey, draft.idempotencyKey))
    .limit(1);
  if (!record) throw new Error(`The message ${draft.idempotencyKey} was not recorded.`);
  if (record.state !== "pending") return record;

  const [claimed] = await db
    .update(outboundMessages)
    .set({ state: "sending", attemptedAt: sql`now()` })
    .where(and(eq(outboundMessages.id, record.id), eq(outboundMessages.state, "pending")))
    .returning();
  if (!claimed) return record;
  const sending = and(eq(outboundMessages.id, record.id), eq(outboundMessages.state, "sending"));
  try {
    await send(claimed);
  } catch (error) {
    // It was refused, so it can be tried again: pending, with the error for Settings → Mail / SMS.
    await db
      .update(outboundMessages)
      .set({ state: "pending", error: errorText(error) })
      .where(sending);
    throw error;
  }
  const [sent] = await db
    .update(outboundMessages)
    .set({ state: "sent", sentAt: sql`now()`, error: null, provider: draft.provider })
    .where(sending)
    .returning();
  return sent ?? claimed;
}

/** Why a message stuck in "sending" is reported failed instead of being sent again. */
export const INTERRUPTED =
  "Not known whether it arrived: the server stopped while sending it. It is not sent again, so it never arrives twice.";

/**
 * Messages left "sending" by a crashed process: longer than any send may take (mail gives up
 * within 50 s, the outbox lease is 120 s) means it was cut off. Returns how many were found.
 */
export async function sweepInterruptedSends(db: Db, olderThanSeconds = 600): Promise<number> {
  const swept = await db
    .update(outboundMessages)
    .set({ state: "failed", error: INTERRUPTED })
    .where(
      and(
        eq(outboundMessages.state, "sending"),
        lt(outboundMessages.attemptedAt, sql`now() - ${`${olderThanSeconds} seconds`}::interval`),
      ),
    )
    .returning({ id: outboundMessages.id });
  return swept.length;
}

/** Who may unsubscribe from a notification e-mail, and in which language the footer says so. */
export type Unsubscribe = { userId: string; locale: Locale; staff?: boolean };

function footerFor(appUrl: string, { userId, locale, staff }: Unsubscribe): EmailFooter {
  const t = translator(locale);
  const secret = authSecret();
  return {
    text: t.t(staff ? "messaging.footer.whyStaff" : "messaging.footer.why"),
    unsubscribeLabel: t.t("messaging.footer.unsubscribe"),
    unsubscribeUrl: unsubscribeUrl(appUrl, userId, secret),
    oneClickUrl: oneClickUnsubscribeUrl(appUrl, userId, secret),
  };
}

/**
 * Sends an e-mail once per idempotency key through `mailer`, its Message-ID derived from the key,
 * as text and HTML. Notifications name their recipient in `unsubscribe` and carry the link;
 * account e-mails (a password reset) do not.
 */
export function emailOnce(
  db: Db,
  mailer: Mailer,
  appUrl: string,
  { unsubscribe, ...email }: Omit<MessageDraft, "channel" | "provider"> & { unsubscribe?: Unsubscribe },
): Promise<OutboundMessage> {
  const messageId = messageIdFor(email.idempotencyKey, appUrl);
  const footer = unsubscribe ? footerFor(appUrl, unsubscribe) : undefined;
  const composed = composeEmail(email.body, footer);
  // The record keeps the text part as sent, footer and all: it is the local mailbox's delivery.
  return deliverOnce(
    db,
    { ...email, body: composed.text, channel: "email", provider: mailer.name },
    (message) => {
      // A retry sends what the first attempt recorded, which is this template's text unless it changed.
      // The headers name only the recipient, so a retry of a changed text still carries them.
      const { html } = message.body === composed.text ? composed : composeEmail(message.body);
      const { headers } = composed;
      return mailer.send({
        to: message.recipient,
        subject: message.subject ?? "",
        text: message.body,
        html,
        headers,
        messageId,
      });
    },
    { local: mailer.name === "local" },
  );
}

/** Why a pending e-mail was never sent, when its customer unsubscribed before a retry. */
export const UNSUBSCRIBED = "Not sent: the customer unsubscribed from e-mails.";

/** Records a message that cannot be sent for a permanent reason, so it is neither retried nor lost. */
export async function recordUndeliverable(db: Db, draft: MessageDraft, reason: string): Promise<void> {
  await db
    .insert(outboundMessages)
    .values({ ...draft, state: "failed", error: reason })
    .onConflictDoUpdate({
      target: outboundMessages.idempotencyKey,
      set: { state: "failed", error: reason },
      setWhere: eq(outboundMessages.state, "pending"),
    });
}

/** Marks a message that is still pending as failed, once its outbox row is no longer retried. */
export async function markUndelivered(db: Db, idempotencyKey: string, reason: string): Promise<void> {
  await db
    .update(outboundMessages)
    .set({ state: "failed", error: reason })
    .where(and(eq(outboundMessages.idempotencyKey, idempotencyKey), eq(outboundMessages.state, "pending")));
}
