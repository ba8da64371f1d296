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
