import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { VISIBILITIES } from "../../lib/workflow/ticket-categories";
import { assets } from "./assets";
import { statuses } from "./statuses";
import { tickets } from "./tickets";
import { users } from "./users";

export const videoSessionNumberSeq = pgSequence("video_session_number_seq", { startWith: 1001 });

/** A call between a customer and the employees responsible for it (workflow.md 3). */
export const videoSessions = pgTable(
  "video_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull().default(sql`nextval('video_session_number_seq')`),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => assets.id),
    /** The code user on the other end of the call. */
    customerId: uuid("customer_id")
      .notNull()
      .references(() => users.id),
    creatorId: uuid("creator_id")
      .notNull()
      .references(() => users.id),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull(),
    reason: text("reason").notNull(),
    statusId: uuid("status_id")
      .notNull()
      .references(() => statuses.id),
    version: integer("version").notNull().default(1),
    callStartedAt: timestamp("call_started_at", { withTimezone: true }),
    callEndedAt: timestamp("call_ended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("video_sessions_number_key").on(t.number),
    index("video_sessions_status_number_idx").on(t.statusId, t.number.desc().nullsFirst()),
    index("video_sessions_customer_number_idx").on(t.customerId, t.number.desc().nullsFirst()),
    index("video_sessions_asset_number_idx").on(t.assetId, t.number.desc().nullsFirst()),
  ],
);

const sessionRef = () =>
  uuid("session_id")
    .notNull()
    .references(() => videoSessions.id);
const userRef = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id);

/** Employees who received the request: the asset's responsible employees, else every member. */
export const videoSessionRecipients = pgTable(
  "video_session_recipients",
  { sessionId: sessionRef(), userId: userRef() },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index("video_session_recipients_user_idx").on(t.userId),
  ],
);

/** Whoever confirmed the session, and admins/moderators who added themselves. */
export const videoSessionResponsibles = pgTable(
  "video_session_responsibles",
  { sessionId: sessionRef(), userId: userRef() },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index("video_session_responsibles_user_idx").on(t.userId),
  ],
);

export const videoSessionTickets = pgTable(
  "video_session_tickets",
  {
    sessionId: sessionRef(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.ticketId] }),
    index("video_session_tickets_ticket_idx").on(t.ticketId),
  ],
);

export const videoSessionRatings = pgTable("video_session_ratings", {
  sessionId: uuid("session_id")
    .primaryKey()
    .references(() => videoSessions.id),
  userId: userRef(),
  stars: smallint("stars").notNull(),
  comment: text("comment"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const videoSessionEvents = pgTable(
  "video_session_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sessionId: sessionRef(),
    actorId: uuid("actor_id").references(() => users.id),
    type: text("type").notNull(),
    fromStatusId: uuid("from_status_id").references(() => statuses.id),
    toStatusId: uuid("to_status_id").references(() => statuses.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("video_session_events_session_idx").on(t.sessionId, t.id)],
);

/**
 * Who is in a session's call, as their browsers report it. The server decides the call's status
 * from these rows (both media up → started; a hang-up or a stream gone past the grace → ended).
 */
export const callParticipants = pgTable(
  "call_participants",
  {
    sessionId: sessionRef(),
    userId: userRef(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
    mediaUpAt: timestamp("media_up_at", { withTimezone: true }),
    /** The last sign of life of this side's signalling stream. */
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp("left_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** Signalling messages (offer, answer, ICE candidates, bye), delivered over the live stream. */
export const callSignals = pgTable(
  "call_signals",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sessionId: sessionRef(),
    fromUserId: userRef(),
    toUserId: uuid("to_user_id")
      .notNull()
      .references(() => users.id),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("call_signals_to_idx").on(t.toUserId, t.sessionId, t.id)],
);
