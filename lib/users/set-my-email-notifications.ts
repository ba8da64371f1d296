import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type SetMyEmailNotificationsInput, setMyEmailNotificationsSchema } from "./schemas";

/**
 * A customer turns e-mails about their tickets and sessions on or off. The bell keeps telling them
 * either way, and account e-mails (a password reset) are always sent.
 */
export async function setMyEmailNotifications(
  { actor, db }: Ctx,
  raw: SetMyEmailNotificationsInput,
): Promise<{ enabled: boolean }> {
  if (actor.role !== "code_user") throw forbidden(msg("errors.users.onlyCustomersEmailChoice"));
  const input = parseInput(setMyEmailNotificationsSchema, raw);
  const [row] = await db
    .update(users)
    .set({ emailNotifications: input.enabled })
    .where(and(eq(users.id, actor.id), eq(users.role, "code_user")))
    .returning({ enabled: users.emailNotifications });
  if (!row) throw notFound(msg("errors.notFound.account"));
  return row;
}
