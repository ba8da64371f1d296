import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { forbidden, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type UserRow, userRowColumns } from "./queries";
import { type CreateEmployeeInput, createEmployeeSchema, DUPLICATE_EMAIL_MESSAGE } from "./schemas";

const duplicateEmail = () => invalid(DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });

/** Admins create employee accounts with an initial password. */
export async function createEmployee({ actor, db }: Ctx, raw: CreateEmployeeInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsCreate"));
  const input = parseInput(createEmployeeSchema, raw);
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
    .limit(1);
  if (taken) throw duplicateEmail();
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ name: input.name, email: input.email, role: input.role, passwordHash })
      .returning(userRowColumns);
    if (!row) throw new Error("Insert returned no user");
    return row;
  } catch (error) {
    // Someone took the address between the check and the insert.
    if (isUniqueViolation(error, "users_email_key")) throw duplicateEmail();
    throw error;
  }
}
