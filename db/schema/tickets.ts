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
import { OFFER_STATES, TICKET_CATEGORIES, VISIBILITIES } from "../../lib/workflow/ticket-categories";
import { assets } from "./assets";
import { statuses } from "./statuses";
import { users } from "./users";

export const ticketNumberSeq = pgSequence("ticket_number_seq", { startWith: 1001 });

export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull().default(sql`nextval('ticket_number_seq')`),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull(),
    creatorId: uuid("creator_id")
      .notNull()
      .references(() => users.id),
    assetId: uuid("asset_id").references(() => assets.id),
    statusId: uuid("status_id")
      .notNull()
      .references(() => statuses.id),
    /** The price of the work, in cents; the basis of payments and percentage pay. */
    amountCents: integer("amount_cents"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tickets_number_key").on(t.number),
    index("tickets_status_number_idx").on(t.statusId, t.number.desc().nullsFirst()),
    index("tickets_creator_number_idx").on(t.creatorId, t.number.desc().nullsFirst()),
    // A person's own drafts (nobody else sees them), newest first, without reading anyone else's.
    index("tickets_creator_status_number_idx").on(t.creatorId, t.statusId, t.number.desc().nullsFirst()),
    index("tickets_asset_number_idx").on(t.assetId, t.number.desc().nullsFirst()),
    // Keyset order of the overview's "Updated" and "Created" sorts.
    index("tickets_updated_number_idx").on(t.updatedAt, t.number),
    index("tickets_created_number_idx").on(t.createdAt, t.number),
    // Search as you type ("pump" anywhere in the title) reads this index, not the table.
    index("tickets_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
  ],
);

export const ticketAssignees = pgTable(
  "ticket_assignees",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.userId] }),
    index("ticket_assignees_user_idx").on(t.userId, t.ticketId),
  ],
);

export const ticketOffers = pgTable(
  "ticket_offers",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    state: text("state", { enum: OFFER_STATES }).notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.ticketId, t.userId] }),
    index("ticket_offers_user_idx").on(t.userId, t.state),
  ],
);

/** Append-only history: every change of a ticket is one row (workflow.md 7). */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    actorId: uuid("actor_id").references(() => users.id),
    type: text("type").notNull(),
    fromStatusId: uuid("from_status_id").references(() => statuses.id),
    toStatusId: uuid("to_status_id").references(() => statuses.id),
    fromCategory: text("from_category", { enum: TICKET_CATEGORIES }),
    toCategory: text("to_category", { enum: TICKET_CATEGORIES }),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ticket_events_ticket_idx").on(t.ticketId, t.id),
    // The history leaves messages out (the messenger shows them): it reads only the other events.
    index("ticket_events_history_idx").on(t.ticketId, t.id).where(sql`type <> 'message_posted'`),
  ],
);

export const ratings = pgTable("ratings", {
  ticketId: uuid("ticket_id")
    .primaryKey()
    .references(() => tickets.id),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id),
  stars: smallint("stars").notNull(),
  comment: text("comment"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An employee's own saved overview: a name and the filters and sort of the overview's URL. */
export const ticketViews = pgTable(
  "ticket_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    /** The overview's query string (filters and sort), e.g. "assignee=me&sort=updated". */
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ticket_views_user_name_key").on(t.userId, sql`lower(${t.name})`)],
);
