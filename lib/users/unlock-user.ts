import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg, validation } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { unlockAccount } from "../security/sign-in-limits";

export const unlockUserSchema = z.object({ userId: z.uuid(validation("unknownUser")) });
export type UnlockUserInput = z.input<typeof unlockUserSchema>;

/** Admins lift a sign-in lock (too many wrong passwords) before it runs out. */
export async function unlockUser({ actor, db }: Ctx, raw: UnlockUserInput): Promise<{ name: string }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsUnlock"));
  const input = parseInput(unlockUserSchema, raw);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, input.userId))
      .limit(1);
    if (!user) throw notFound(msg("errors.notFound.user"));
    // Nothing to lift, nothing to record.
    if (!(await unlockAccount(tx, user.email))) return { name: user.name };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.unlocked",
      targetId: input.userId,
      targetLabel: user.name,
    });
    return { name: user.name };
  });
}
