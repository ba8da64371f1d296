import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { LOCALES } from "../../lib/i18n/locales";
import type { NotificationPreferences } from "../../lib/notifications/notification-preferences";
import { ROLES } from "../../lib/workflow/roles";
import { PAY_RATE_KINDS } from "../../lib/workflow/status-actions";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    active: boolean("active").notNull().default(true),
    passwordHash: text("password_hash").notNull(),
    /** Customers: where status actions send SMS. */
    phone: text("phone"),
    /** Employees: pay per ticket, a percentage of its amount or a fixed fee in cents. */
    payRateKind: text("pay_rate_kind", { enum: PAY_RATE_KINDS }),
    payRateValue: numeric("pay_rate_value", { precision: 12, scale: 2, mode: "number" }),
    /** The language the user picked; null: the browser's. */
    locale: text("locale", { enum: LOCALES }),
    /** The browser's language at the last sign-in: e-mails follow it while no language is picked. */
    lastLocale: text("last_locale", { enum: LOCALES }),
    /**
     * Signed into every session's token; bumped on a password or role change, on disabling and on
     * "Sign out everywhere", which ends every session issued before.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** Still the public demo password of the seed: staff pages warn until it is changed. */
    demoPassword: boolean("demo_password").notNull().default(false),
    /** Notification e-mails at all (off after "Unsubscribe"); never account e-mails such as a password reset. */
    emailNotifications: boolean("email_notifications").notNull().default(true),
    /** Employees: what they hear of by e-mail and push, per event; only choices differing from "on". */
    notificationPreferences: jsonb("notification_preferences")
      .$type<NotificationPreferences>()
      .notNull()
      .default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role, t.name),
    index("users_demo_password_idx").on(t.id).where(sql`demo_password`),
  ],
);

/**
 * "Forgot password?" links: only a hash of the link's token is stored; a row is used once and
 * expires after 30 minutes.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("password_resets_token_hash_key").on(t.tokenHash),
    index("password_resets_user_idx").on(t.userId).where(sql`used_at is null`),
  ],
);
