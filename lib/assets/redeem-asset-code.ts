import { and, eq } from "drizzle-orm";
import { assetMembers, assets } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { countAttempts, LIMITS, refuseIfExhausted } from "../security/attempt-limits";
import { normalizeAccessCode, WRONG_CODE_MESSAGE } from "./access-code";
import type { MyAsset } from "./queries";
import { type RedeemAssetCodeInput, redeemAssetCodeSchema } from "./schemas";

export const ALREADY_HELD_MESSAGE = msg("errors.assets.alreadyHeld");

/**
 * A customer links themselves to another asset by entering its access code. Wrong codes are
 * counted per customer and per address: guessing stops long before a code could be found.
 */
export async function redeemAssetCode(
  { actor, db }: Ctx,
  raw: RedeemAssetCodeInput,
  { address }: { address: string | null },
): Promise<MyAsset> {
  if (actor.role !== "code_user") throw forbidden(msg("errors.assets.onlyCustomersRedeem"));
  const input = parseInput(redeemAssetCodeSchema, raw);
  const guesses = [
    [LIMITS.wrongCodeByUser, actor.id],
    [LIMITS.wrongCodeByAddress, address],
  ] as const;
  await refuseIfExhausted(db, guesses);
  const [asset] = await db
    .select({ id: assets.id, name: assets.name })
    .from(assets)
    .where(eq(assets.accessCode, normalizeAccessCode(input.accessCode)))
    .limit(1);
  if (!asset) {
    await countAttempts(db, guesses, { refuse: false });
    throw invalid(WRONG_CODE_MESSAGE, { accessCode: [WRONG_CODE_MESSAGE] });
  }
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ assetId: assetMembers.assetId })
      .from(assetMembers)
      .where(and(eq(assetMembers.userId, actor.id), eq(assetMembers.assetId, asset.id)))
      .limit(1);
    // Checked and guarded: a double submit must not fail with a key violation.
    const inserted = held
      ? []
      : await tx
          .insert(assetMembers)
          .values({ userId: actor.id, assetId: asset.id })
          .onConflictDoNothing()
          .returning({ assetId: assetMembers.assetId });
    if (inserted.length === 0) throw invalid(ALREADY_HELD_MESSAGE, { accessCode: [ALREADY_HELD_MESSAGE] });
    return asset;
  });
}
