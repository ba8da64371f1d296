import { and, asc, eq, inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { type Role, STAFF_ROLES, type StaffRole } from "../workflow/roles";

/** A person as admins see them: never the password hash. */
export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: Date;
};
export type EmployeeOption = { id: string; name: string; role: StaffRole };

export const userRowColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  createdAt: users.createdAt,
};

/** Every account, employees and customers, for the admins' user list. */
export async function listUsers({ actor, db }: Ctx): Promise<UserRow[]> {
  if (actor.role !== "admin") throw forbidden("Only admins can see the list of users.");
  return db.select(userRowColumns).from(users).orderBy(asc(users.name), asc(users.email));
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
