import { eq } from "drizzle-orm";
import { assets } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { withFreshAccessCode } from "./access-code";
import { type AssetRefInput, assetRefSchema } from "./schemas";

/**
 * Admins replace an asset's access code (e.g. after it leaked): the old code stops working at once,
 * customers already linked keep their link.
 */
export async function regenerateAssetCode(
  { actor, db }: Ctx,
  raw: AssetRefInput,
): Promise<{ id: string; accessCode: string }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.assets.onlyAdmins"));
  const input = parseInput(assetRefSchema, raw);
  return withFreshAccessCode(async (accessCode) => {
    const [row] = await db
      .update(assets)
      .set({ accessCode })
      .where(eq(assets.id, input.assetId))
      .returning({ id: assets.id, accessCode: assets.accessCode });
    if (!row) throw notFound(msg("errors.notFound.asset"));
    return row;
  });
}
