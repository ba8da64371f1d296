import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tickets } from "./tickets";

export const MESSAGE_CHANNELS = ["email", "sms"] as const;
/** "sending": handed to the server; a crash before "sent" leaves it so, never sent a second time. */
export const MESSAGE_STATES = ["pending", "sending", "sent", "failed"] as const;

/**
 * Every e-mail and SMS the system sends, keyed by idempotency key so a retried action never sends
 * twice. With no SMTP server or SMS gateway configured this table is the local mailbox / SMS log.
 */
export const outboundMessages = pgTable(
  "outbound_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    channel: text("channel", { enum: MESSAGE_CHANNELS }).notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    provider: text("provider").notNull(),
    state: text("state", { enum: MESSAGE_STATES }).notNull().default("pending"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When it was last handed to the server: a "sending" row older than a delivery can take was cut off. */
    attemptedAt: timestamp("attempted_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbound_messages_idempotency_key").on(t.idempotencyKey),
    index("outbound_messages_channel_idx").on(t.channel, t.id.desc().nullsFirst()),
  ],
);
