import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
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
import { PAYMENT_METHODS } from "../../lib/workflow/status-actions";
import { tickets } from "./tickets";
import { users } from "./users";

export const receiptNumberSeq = pgSequence("receipt_number_seq", { startWith: 1 });

export const PAYMENT_KINDS = ["payment", "write_off"] as const;

/** Money in against a ticket's amount: payments taken by employees, and balances written off. */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    receiptNumber: integer("receipt_number").notNull().default(sql`nextval('receipt_number_seq')`),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    kind: text("kind", { enum: PAYMENT_KINDS }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    method: text("method", { enum: PAYMENT_METHODS }),
    employeeId: uuid("employee_id").references(() => users.id),
    /** The ticket event (status change) this payment was recorded with. */
    eventId: bigint("event_id", { mode: "number" }),
    idempotencyKey: text("idempotency_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payments_receipt_number_key").on(t.receiptNumber),
    uniqueIndex("payments_idempotency_key").on(t.idempotencyKey),
    index("payments_ticket_idx").on(t.ticketId, t.createdAt),
  ],
);

export const PAY_ENTRY_KINDS = ["calculation", "reversal"] as const;

/** Employees' pay per ticket: calculations, and negative reversals when a ticket is reopened. */
export const payEntries = pgTable(
  "pay_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: PAY_ENTRY_KINDS }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    basis: jsonb("basis").$type<Record<string, unknown>>().notNull().default({}),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("pay_entries_idempotency_key").on(t.idempotencyKey),
    index("pay_entries_user_idx").on(t.userId, t.createdAt),
    index("pay_entries_ticket_idx").on(t.ticketId),
  ],
);
