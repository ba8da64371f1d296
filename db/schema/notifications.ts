import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { WORK_ITEM_KINDS } from "../../lib/workflow/work-item-kinds";
import { users } from "./users";

export const NOTIFICATION_SUBJECTS = WORK_ITEM_KINDS;

/**
 * In-app notifications (the bell), written by the outbox dispatcher: one entry per person and
 * item, showing its latest change. Its text is rendered when read, in the reader's language and
 * from the item's current state, so an entry never tells what no longer holds.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    subjectKind: text("subject_kind", { enum: NOTIFICATION_SUBJECTS }).notNull().default("ticket"),
    subjectId: uuid("subject_id").notNull(),
    /** What the latest change was (offer, assigned, status, waiting, rated …). */
    kind: text("kind").notNull(),
    /** Facts of the latest change the text needs (stars of a rating, say). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** Changes grouped into this entry. */
    eventCount: integer("event_count").notNull().default(1),
    /** The newest event applied: a retried or older outbox row never applies twice or backwards. */
    lastEventId: bigint("last_event_id", { mode: "number" }).notNull().default(0),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_subject_key").on(t.userId, t.subjectKind, t.subjectId),
    index("notifications_user_unread_idx")
      .on(t.userId, t.updatedAt.desc().nullsFirst())
      .where(sql`read_at is null`),
    index("notifications_user_recent_idx").on(t.userId, t.updatedAt.desc().nullsFirst()),
  ],
);

export const DIGEST_CHANNELS = ["email", "push"] as const;
/**
 * collecting → closed (no more events join; the e-mail's own record guards the send) for e-mail;
 * collecting → sending → sent | failed for push, where "sending" left by a crash is never resent.
 */
export const DIGEST_STATES = ["collecting", "closed", "sending", "sent", "failed"] as const;

/**
 * What one person is told by e-mail or push about one item: events arriving while it collects
 * join it, so a burst of messages gives one e-mail. Its outbox row delivers it when the window ends.
 */
export const notificationDigests = pgTable(
  "notification_digests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    channel: text("channel", { enum: DIGEST_CHANNELS }).notNull(),
    subjectKind: text("subject_kind", { enum: NOTIFICATION_SUBJECTS }).notNull(),
    subjectId: uuid("subject_id").notNull(),
    state: text("state", { enum: DIGEST_STATES }).notNull().default("collecting"),
    /** What happened, oldest first (bounded): kind, who did it, and its event (a message's words are read when sent). */
    items: jsonb("items").$type<DigestItem[]>().notNull().default([]),
    eventCount: integer("event_count").notNull().default(1),
    lastEventId: bigint("last_event_id", { mode: "number" }).notNull(),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When a push digest was claimed as "sending": the sweep reads it, not when it began collecting. */
    attemptedAt: timestamp("attempted_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notification_digests_collecting_key")
      .on(t.userId, t.channel, t.subjectKind, t.subjectId)
      .where(sql`state = 'collecting'`),
    index("notification_digests_sending_idx").on(t.attemptedAt).where(sql`state = 'sending'`),
  ],
);

export type DigestItem = {
  kind: string;
  actorId: string | null;
  eventId: number;
  /** A message's id: its words are read from the messenger when the digest is sent. */
  messageId?: number;
  data?: Record<string, unknown>;
};

/** Browsers that receive an employee's push messages (the Push API's subscription). */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint_key").on(t.endpoint),
    index("push_subscriptions_user_idx").on(t.userId),
  ],
);
