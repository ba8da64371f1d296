import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import type { Locale } from "../i18n/locales";
import { msg } from "../i18n/msg";
import { cleanPreferences, type NotificationPreferences } from "../notifications/notification-preferences";
import { lockedAccounts } from "../security/sign-in-limits";
import { isStaffRole, type Role, STAFF_ROLES, type StaffRole } from "../workflow/roles";

/** A person as admins see them: never the password hash. */
export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  /** Customers: where status actions send SMS. */
  phone: string | null;
  createdAt: Date;
};
export type EmployeeOption = { id: string; name: string; role: StaffRole };

export const userRowColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  phone: users.phone,
  createdAt: users.createdAt,
};

/** Every account, employees and customers, for the admins' user list. */
export async function listUsers({ actor, db }: Ctx): Promise<UserRow[]> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsList"));
  return db.select(userRowColumns).from(users).orderBy(asc(users.name), asc(users.email));
}

/** Accounts locked by the sign-in limits now, by user id, with when each lock ends. */
export async function listSignInLocks({ actor, db }: Ctx): Promise<Map<string, Date>> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsList"));
  const locks = await lockedAccounts(db);
  if (locks.size === 0) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...locks.keys()]));
  return new Map(rows.map((r) => [r.id, locks.get(r.email.toLowerCase())!]));
}

/** Active employees, for pickers (responsible employees, assignees). */
export async function listEmployees({ actor, db }: Ctx): Promise<EmployeeOption[]> {
  if (actor.role === "code_user") throw forbidden();
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...STAFF_ROLES])))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as StaffRole }));
}

export type MyProfile = {
  name: string;
  email: string;
  phone: string | null;
  locale: Locale | null;
  emailNotifications: boolean;
  /** What an employee chose per event and channel (defaults left out). */
  notificationPreferences: NotificationPreferences;
};

/** The signed-in person's own details, for their profile page. */
export async function getMyProfile({ actor, db }: Ctx): Promise<MyProfile> {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      emailNotifications: users.emailNotifications,
      notificationPreferences: users.notificationPreferences,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  if (!row) throw notFound(msg("errors.notFound.account"));
  return { ...row, notificationPreferences: cleanPreferences(row.notificationPreferences) };
}

export type DemoPasswordWarning = { accounts: number; mine: boolean };

/**
 * Whether active accounts still have the seed's public password: staff pages warn until none does.
 * Reads the partial index on the flag, so it costs next to nothing on every page.
 */
export async function getDemoPasswordWarning({ actor, db }: Ctx): Promise<DemoPasswordWarning | null> {
  if (!isStaffRole(actor.role)) return null;
  const [row] = await db
    .select({
      accounts: sql<number>`count(*)::int`,
      mine: sql<boolean>`coalesce(bool_or(${users.id} = ${actor.id}), false)`,
    })
    .from(users)
    .where(and(eq(users.demoPassword, true), eq(users.active, true)));
  if (!row || row.accounts === 0) return null;
  return { accounts: row.accounts, mine: row.mine };
}
