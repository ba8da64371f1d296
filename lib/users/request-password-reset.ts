import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox, passwordResets, users } from "@/db/schema";
import { authSecret } from "../env";
import { parseInput } from "../parse-input";
import { countAttempts, LIMITS } from "../security/attempt-limits";
import { type RequestPasswordResetInput, requestPasswordResetSchema } from "./account-schemas";
import { hashResetToken, newResetId, RESET_LINK_MINUTES, resetTokenFor } from "./password-reset-token";

export const PASSWORD_RESET_TOPIC = "account.password_reset_requested";

/**
 * "Forgot password?": for an active account, a single-use link valid for 30 minutes is e-mailed
 * (through the outbox, so the answer takes as long either way). The caller always answers the same,
 * whether or not the address has an account; requests are limited per address given and per
 * client. A new link replaces the one before.
 */
export async function requestPasswordReset(
  { db }: { db: Db },
  raw: RequestPasswordResetInput,
  { address, secret = authSecret() }: { address: string | null; secret?: string },
): Promise<void> {
  const input = parseInput(requestPasswordResetSchema, raw);
  await countAttempts(
    db,
    [
      [LIMITS.resetByEmail, input.email],
      [LIMITS.resetByAddress, address],
    ],
    { refuse: true },
  );
  const [user] = await db
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
    .limit(1);
  if (!user?.active) return;
  const resetId = newResetId();
  await db.transaction(async (tx) => {
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.insert(passwordResets).values({
      id: resetId,
      userId: user.id,
      tokenHash: hashResetToken(resetTokenFor(resetId, secret)),
      expiresAt: sql`now() + make_interval(mins => ${RESET_LINK_MINUTES})`,
    });
    await tx.insert(outbox).values({
      topic: PASSWORD_RESET_TOPIC,
      payload: { resetId },
      idempotencyKey: `password_reset:${resetId}`,
    });
  });
}
