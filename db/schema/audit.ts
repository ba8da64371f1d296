import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { AUDIT_ACTIONS, AUDIT_TARGETS, type AuditValues } from "../../lib/audit/audit-actions";
import { users } from "./users";

/**
 * Every admin change, written in the transaction of the change. Append-only: a trigger
 * (migration 0014) refuses UPDATE, DELETE and TRUNCATE, so not even the app can rewrite history.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** null: the server's own command line (`npm run create-admin`). */
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    targetType: text("target_type", { enum: AUDIT_TARGETS }).notNull(),
    targetId: text("target_id").notNull(),
    /** The target's name when it changed: the entry stays readable after a rename. */
    targetLabel: text("target_label").notNull(),
    before: jsonb("before").$type<AuditValues>(),
    after: jsonb("after").$type<AuditValues>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The list orders by id (newest first, keyset on id): the primary key serves it unfiltered.
  (t) => [
    index("audit_log_target_idx").on(t.targetType, t.id),
    index("audit_log_actor_idx").on(t.actorId, t.id),
  ],
);
