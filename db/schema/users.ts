import { sql } from "drizzle-orm";
import { boolean, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { LOCALES } from "../../lib/i18n/locales";
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role, t.name),
  ],
);
