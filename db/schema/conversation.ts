import { bigint, bigserial, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { MESSAGE_KINDS } from "../../lib/conversation/message-kinds";
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
