import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type UserRow, userRowColumns } from "./queries";
import { type SetUserActiveInput, setUserActiveSchema } from "./schemas";
import { nextSessionVersion, notifyAccountChanged } from "./session-version";

/**
 * Admins disable or re-enable an account. A disabled user loses access on their next request (the
 * actor is re-read from the database each time), and every session of theirs ends for good:
 * enabling the account again does not bring an old session back.
 */
export async function setUserActive({ actor, db }: Ctx, raw: SetUserActiveInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsActive"));
  const input = parseInput(setUserActiveSchema, raw);
  if (input.userId === actor.id && !input.active) {
    throw invalid(msg("errors.users.ownAccount"));
  }
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ active: users.active })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update")
      .limit(1);
    if (!current) throw notFound(msg("errors.notFound.user"));
    const [row] = await tx
      .update(users)
      .set(input.active ? { active: true } : { active: false, sessionVersion: nextSessionVersion })
      .where(eq(users.id, input.userId))
      .returning(userRowColumns);
    if (!row) throw notFound(msg("errors.notFound.user"));
    if (!input.active) await notifyAccountChanged(tx, input.userId);
    if (current.active !== input.active) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.active ? "user.enabled" : "user.disabled",
        targetId: row.id,
        targetLabel: row.name,
        before: { active: current.active },
        after: { active: input.active },
      });
    }
    return row;
  });
}
