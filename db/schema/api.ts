import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { API_SCOPES } from "../../lib/api-tokens/scopes";
import { WEBHOOK_ERROR_KINDS } from "../../lib/webhooks/webhook-events";
import { users } from "./users";

/** Personal API tokens: only a SHA-256 of the secret is kept; the token acts as its owner. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The first characters of the token, so its owner can tell tokens apart. */
    prefix: text("prefix").notNull(),
    scopes: text("scopes", { enum: API_SCOPES }).array().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    /** The rate limit's fixed window, counted on the row the request reads anyway (one statement). */
    rateWindowStart: timestamp("rate_window_start", { withTimezone: true }).notNull().defaultNow(),
    rateCount: integer("rate_count").notNull().default(0),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

/** The first answer to a POST with an Idempotency-Key, replayed for a repeat of the same request. */
export const apiIdempotencyKeys = pgTable(
  "api_idempotency_keys",
  {
    tokenId: uuid("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** Method, path and body hash: the same key with another request is refused. */
    fingerprint: text("fingerprint").notNull(),
    /** Null while the first request is still running. */
    statusCode: integer("status_code"),
    body: jsonb("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index("api_idempotency_created_idx").on(t.createdAt)],
);

export const webhooks = pgTable("webhooks", {
  id: uuid("id").primaryKey().defaultRandom(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  events: text("events").array().notNull(),
  enabled: boolean("enabled").notNull().default(true),
  /** `whsec_` + base64 key (Standard Webhooks); needed in clear to sign. */
  secret: text("secret").notNull(),
  /** Why it was switched off automatically, when it was. */
  disabledReason: text("disabled_reason"),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const WEBHOOK_DELIVERY_STATES = ["pending", "sending", "delivered", "failed"] as const;

/**
 * One event for one webhook. Its `messageId` is the `webhook-id` of every attempt, so a retry after a
 * crash between send and mark is recognised by the receiver as the same message.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    outboxId: bigint("outbox_id", { mode: "number" }),
    state: text("state", { enum: WEBHOOK_DELIVERY_STATES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** When it is due: the next retry, or the end of a running attempt's lease. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastDurationMs: integer("last_duration_ms"),
    lastResponse: text("last_response"),
    lastError: text("last_error"),
    /** What kind of failure the last attempt was, for a message in the reader's language. */
    lastErrorKind: text("last_error_kind", { enum: WEBHOOK_ERROR_KINDS }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_message_key").on(t.messageId),
    uniqueIndex("webhook_deliveries_outbox_key").on(t.webhookId, t.outboxId),
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`state in ('pending', 'sending')`),
    index("webhook_deliveries_log_idx").on(t.webhookId, t.id.desc()),
  ],
);
