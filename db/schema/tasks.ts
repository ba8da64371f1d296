import { sql } from "drizzle-orm";
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { statuses } from "./statuses";
import { tickets } from "./tickets";
import { users } from "./users";

export const taskNumberSeq = pgSequence("task_number_seq", { startWith: 1001 });

/** Internal work items of employees (workflow.md 4); code users never see them. */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull().default(sql`nextval('task_number_seq')`),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    statusId: uuid("status_id")
      .notNull()
      .references(() => statuses.id),
    creatorId: uuid("creator_id")
      .notNull()
      .references(() => users.id),
    assigneeId: uuid("assignee_id").references(() => users.id),
    dueDate: date("due_date", { mode: "string" }),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tasks_number_key").on(t.number),
    index("tasks_status_number_idx").on(t.statusId, t.number.desc().nullsFirst()),
    // "My tasks": one person's, by status, newest first.
    index("tasks_assignee_status_number_idx").on(t.assigneeId, t.statusId, t.number.desc().nullsFirst()),
    index("tasks_ticket_idx").on(t.ticketId, t.number),
    index("tasks_due_idx").on(t.dueDate, t.number),
  ],
);

export const taskEvents = pgTable(
  "task_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    actorId: uuid("actor_id").references(() => users.id),
    type: text("type").notNull(),
    fromStatusId: uuid("from_status_id").references(() => statuses.id),
    toStatusId: uuid("to_status_id").references(() => statuses.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_events_task_idx").on(t.taskId, t.id)],
);
