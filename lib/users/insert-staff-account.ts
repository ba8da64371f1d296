import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { isUniqueViolation } from "../db-errors";
import { invalid } from "../errors";
import type { StaffRole } from "../workflow/roles";
import { type UserRow, userRowColumns } from "./queries";
import { DUPLICATE_EMAIL_MESSAGE } from "./schemas";

const duplicateEmail = () => invalid(DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });

type Account = { name: string; email: string; password: string; role: StaffRole };

/**
 * Inserts an employee account with its audit entry, for the admin's dialog and the command line
 * alike (`actorId` null). The caller has authorized and parsed; the password is hashed last.
 */
export async function insertStaffAccount(db: Db, account: Account, actorId: string | null): Promise<UserRow> {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, account.email))
    .limit(1);
  if (taken) throw duplicateEmail();
  const passwordHash = await hashPassword(account.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ name: account.name, email: account.email, role: account.role, passwordHash })
        .returning(userRowColumns);
      if (!row) throw new Error("Insert returned no user");
      await recordAudit(tx, {
        actorId,
        action: "user.created",
        targetId: row.id,
        targetLabel: row.name,
        after: { name: row.name, email: row.email, role: row.role },
      });
      return row;
    });
  } catch (error) {
    // Someone took the address between the check and the insert.
    if (isUniqueViolation(error, "users_email_key")) throw duplicateEmail();
    throw error;
  }
}
