import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type UserRow, userRowColumns } from "./queries";
import { type UpdateUserRoleInput, updateUserRoleSchema } from "./schemas";
import { nextSessionVersion, notifyAccountChanged } from "./session-version";

/** Admins change an employee's role; customers stay customers, and admins cannot demote themselves. */
export async function updateUserRole({ actor, db }: Ctx, raw: UpdateUserRoleInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsRoles"));
  const input = parseInput(updateUserRoleSchema, raw);
  if (input.userId === actor.id && input.role !== "admin") {
    // Keeps at least one admin: the one acting.
    throw invalid(msg("errors.users.ownRole"));
  }
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ role: users.role })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update")
      .limit(1);
    if (!target) throw notFound(msg("errors.notFound.user"));
    if (target.role === "code_user") {
      throw invalid(msg("errors.users.customerNoEmployeeRole"));
    }
    // A new role ends the account's sessions: none keeps what the old role could do.
    const changed = target.role !== input.role;
    const [row] = await tx
      .update(users)
      .set(changed ? { role: input.role, sessionVersion: nextSessionVersion } : { role: input.role })
      .where(eq(users.id, input.userId))
      .returning(userRowColumns);
    if (!row) throw notFound(msg("errors.notFound.user"));
    if (changed) {
      await notifyAccountChanged(tx, input.userId);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.role_changed",
        targetId: row.id,
        targetLabel: row.name,
        before: { role: target.role },
        after: { role: row.role },
      });
    }
    return row;
  });
}
