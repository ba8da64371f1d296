import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalid, notFound } from "../errors";
import { parseInput } from "../parse-input";
import { type UserRow, userRowColumns } from "./queries";
import { type UpdateUserRoleInput, updateUserRoleSchema } from "./schemas";

/** Admins change an employee's role; customers stay customers, and admins cannot demote themselves. */
export async function updateUserRole({ actor, db }: Ctx, raw: UpdateUserRoleInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden("Only admins can change roles.");
  const input = parseInput(updateUserRoleSchema, raw);
  if (input.userId === actor.id && input.role !== "admin") {
    // Keeps at least one admin: the one acting.
    throw invalid("You cannot change your own role. Ask another admin to do it.");
  }
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update")
      .limit(1);
    if (!target) throw notFound("This user");
    if (target.role === "code_user") {
      throw invalid("Customers cannot be given an employee role. Create an employee account instead.");
    }
    const [row] = await tx
      .update(users)
      .set({ role: input.role })
      .where(eq(users.id, input.userId))
      .returning(userRowColumns);
    if (!row) throw notFound("This user");
    return row;
  });
}
