import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { StatusAction } from "../../lib/workflow/status-actions";
import { STATUS_CATEGORIES } from "../../lib/workflow/status-categories";
import { WORK_ITEM_KINDS } from "../../lib/workflow/work-item-kinds";

export const STATUS_KINDS = WORK_ITEM_KINDS;

export const statuses = pgTable(
  "statuses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: STATUS_KINDS }).notNull(),
    category: text("category", { enum: STATUS_CATEGORIES }).notNull(),
    name: text("name").notNull(),
    color: text("color").notNull(),
    position: integer("position").notNull().default(0),
    isDefault: boolean("is_default").notNull().default(false),
    /** Set for the statuses the system defines (workflow.md 2.1); they cannot be deleted. */
    systemKey: text("system_key"),
    /** Run when a ticket enters this status, once per entry, from the outbox (workflow.md 2.5). */
    actions: jsonb("actions").$type<StatusAction[]>().notNull().default([]),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("statuses_active_name_key")
      .on(t.kind, sql`lower(${t.name})`)
      .where(sql`${t.archivedAt} is null`),
    uniqueIndex("statuses_system_key_key").on(t.kind, t.systemKey),
  ],
);

/**
 * Tickets per status, kept by statement triggers so overview counts never scan the tickets table.
 * Each status has up to 16 rows and a statement adds its delta to one picked at
 * random, so concurrent changes rarely wait for the same row; a status' count is the sum of its rows.
 */
export const ticketStatusCounts = pgTable(
  "ticket_status_counts",
  {
    statusId: uuid("status_id")
      .notNull()
      .references(() => statuses.id),
    shard: smallint("shard").notNull().default(0),
    count: bigint("count", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ name: "ticket_status_counts_pkey", columns: [t.statusId, t.shard] })],
);
