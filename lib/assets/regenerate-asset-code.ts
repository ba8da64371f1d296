import { eq } from "drizzle-orm";
import { assets } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
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
  return withFreshAccessCode((accessCode) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(assets)
        .set({ accessCode })
        .where(eq(assets.id, input.assetId))
        .returning({ id: assets.id, name: assets.name, accessCode: assets.accessCode });
      if (!row) throw notFound(msg("errors.notFound.asset"));
      // The codes themselves stay out of the log: it would keep every old secret readable.
      await recordAudit(tx, {
        actorId: actor.id,
        action: "asset.code_regenerated",
        targetId: row.id,
        targetLabel: row.name,
      });
      return { id: row.id, accessCode: row.accessCode };
    }),
  );
}
