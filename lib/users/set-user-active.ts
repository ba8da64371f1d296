import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type UserRow, userRowColumns } from "./queries";
import { type SetUserActiveInput, setUserActiveSchema } from "./schemas";

/**
 * Admins disable or re-enable an account. A disabled user loses access on their next request:
 * the actor is re-read from the database each time.
 */
export async function setUserActive({ actor, db }: Ctx, raw: SetUserActiveInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsActive"));
  const input = parseInput(setUserActiveSchema, raw);
  if (input.userId === actor.id && !input.active) {
    throw invalid(msg("errors.users.ownAccount"));
  }
  const [row] = await db
    .update(users)
    .set({ active: input.active })
    .where(eq(users.id, input.userId))
    .returning(userRowColumns);
  if (!row) throw notFound(msg("errors.notFound.user"));
  return row;
}
