import { and, eq } from "drizzle-orm";
import { assetMembers, assets } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { normalizeAccessCode, WRONG_CODE_MESSAGE } from "./access-code";
import type { MyAsset } from "./queries";
import { type RedeemAssetCodeInput, redeemAssetCodeSchema } from "./schemas";

export const ALREADY_HELD_MESSAGE = msg("errors.assets.alreadyHeld");

/** A customer links themselves to another asset by entering its access code. */
export async function redeemAssetCode({ actor, db }: Ctx, raw: RedeemAssetCodeInput): Promise<MyAsset> {
  if (actor.role !== "code_user") throw forbidden(msg("errors.assets.onlyCustomersRedeem"));
  const input = parseInput(redeemAssetCodeSchema, raw);
  return db.transaction(async (tx) => {
    const [asset] = await tx
      .select({ id: assets.id, name: assets.name })
      .from(assets)
      .where(eq(assets.accessCode, normalizeAccessCode(input.accessCode)))
      .limit(1);
    if (!asset) throw invalid(WRONG_CODE_MESSAGE, { accessCode: [WRONG_CODE_MESSAGE] });
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
