import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ATTACHMENT_KINDS } from "../../lib/attachments/file-policy";
import { MESSAGE_KINDS } from "../../lib/conversation/message-kinds";
import { VISIBILITIES } from "../../lib/workflow/ticket-categories";
import { ticketAnswers } from "./flows";
import { tickets } from "./tickets";
import { users } from "./users";
import { videoSessions } from "./video-sessions";

/** The messenger of a ticket: what its customer and its employees write to each other. */
export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: MESSAGE_KINDS }).notNull().default("text"),
    /** Markdown as typed (bold, italic, links); rendered through an allowlist, never as HTML. */
    body: text("body").notNull(),
    /** A "video session" message: the session it links to. */
    videoSessionId: uuid("video_session_id").references(() => videoSessions.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Newest first, a page at a time: the conversation reads this backwards from the end.
  (t) => [index("ticket_messages_ticket_idx").on(t.ticketId, t.id)],
);

/**
 * The service record: what was done and found, public (the customer reads it) or internal (the
 * employees only). Its id is chosen by the verb, so the update's event can point to it.
 */
export const ticketUpdates = pgTable(
  "ticket_updates",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Read through its event (the history joins on the id): no index of its own needed.
);

/** How far each person has read a ticket's messages: their unread count and the other side's "Seen". */
export const ticketMessageReads = pgTable(
  "ticket_message_reads",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    lastReadId: bigint("last_read_id", { mode: "number" }).notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] })],
);

/**
 * A file sent with a message or an update. Uploaded first (linked to neither, seen by its uploader
 * only), then linked when the message or update is sent; unlinked ones are removed after a day.
 * The bytes live in the attachment store under `storage_key`; the type is the sniffed one.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    uploaderId: uuid("uploader_id")
      .notNull()
      .references(() => users.id),
    messageId: bigint("message_id", { mode: "number" }).references(() => ticketMessages.id),
    updateId: uuid("update_id").references(() => ticketUpdates.id),
    /** A file given as the answer of a creation flow's file step. */
    answerId: uuid("answer_id").references(() => ticketAnswers.id, { onDelete: "set null" }),
    storageKey: text("storage_key").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    kind: text("kind", { enum: ATTACHMENT_KINDS }).notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    /** A voice message recorded in the browser, and how long it plays. */
    voice: boolean("voice").notNull().default(false),
    durationMs: integer("duration_ms"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attachments_ticket_idx").on(t.ticketId),
    index("attachments_message_idx").on(t.messageId).where(sql`message_id is not null`),
    index("attachments_update_idx").on(t.updateId).where(sql`update_id is not null`),
    index("attachments_unlinked_idx")
      .on(t.createdAt)
      .where(sql`message_id is null and update_id is null and answer_id is null`),
  ],
);
