import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { storedPhone, type UpdateMyPhoneInput, updateMyPhoneSchema } from "./schemas";

/** A customer sets (or clears) their own phone number, where status actions send SMS. */
export async function updateMyPhone(
  { actor, db }: Ctx,
  raw: UpdateMyPhoneInput,
): Promise<{ phone: string | null }> {
  if (actor.role !== "code_user") throw forbidden(msg("errors.users.onlyCustomersPhone"));
  const input = parseInput(updateMyPhoneSchema, raw);
  const [row] = await db
    .update(users)
    .set({ phone: storedPhone(input.phone) })
    .where(and(eq(users.id, actor.id), eq(users.role, "code_user")))
    .returning({ phone: users.phone });
  if (!row) throw notFound(msg("errors.notFound.account"));
  return row;
}
