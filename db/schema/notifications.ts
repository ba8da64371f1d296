import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** In-app notifications (the bell), written by the outbox dispatcher. */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    link: text("link"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** One delivery per (cause, recipient, channel): the dispatcher may run a row twice, never notify twice. */
    idempotencyKey: text("idempotency_key").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notifications_idempotency_key").on(t.idempotencyKey),
    index("notifications_user_idx").on(t.userId, t.id.desc()).where(sql`read_at is null`),
    index("notifications_user_all_idx").on(t.userId, t.id.desc()),
  ],
);
